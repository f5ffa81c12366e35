/**
 * What an event block shows: time (both zones for flights), title, place, and a badge when it has
 * problems. The time text is ours, not FullCalendar's: FullCalendar formats every visible event's
 * range with Intl on every drag move and drop (formatRangeToParts was the largest part of the task
 * after a drop at 5,000 activities, G9), so the calendar runs with displayEventTime off and the
 * block body is memoized on what it shows, so an unchanged block does no work when FullCalendar
 * re-renders its neighbours.
 */
import type { EventDisplayInfo } from '@fullcalendar/react';
import { memo } from 'react';
import { useAppState } from '../../state/store-context';
import { wallClockText, wallRangeText, type HourCycle } from '../../model/clock-format';
import { ProblemBadge } from '../problems/ProblemBadge';
import { GroupDragBadge } from './GroupDragBadge';
import { travelTimesText, type EventMeta } from './projection';

const STATUS_MARK: Record<EventMeta['status'], string> = { idea: 'Idea: ', requested: 'Requested: ', tentative: 'Tentative: ', confirmed: '', declined: 'Declined: ', cancelled: 'Cancelled: ' };
/** A word on the event itself for every status but confirmed, so a week shows at a glance what is still being arranged. */
const STATUS_TAG: Record<EventMeta['status'], string | null> = { idea: 'Idea', requested: 'Requested', tentative: 'Tentative', confirmed: null, declined: 'Declined', cancelled: 'Cancelled' };

function StatusTag({ meta }: { meta: EventMeta }) {
  const tag = meta.rebook ? 'To book' : STATUS_TAG[meta.status];
  return tag ? (
    <span className={`ev-status ev-status-${meta.rebook ? 'rebook' : meta.status}`} aria-hidden="true">
      {tag}
    </span>
  ) : null;
}

export function EventContent({ info }: { info: EventDisplayInfo }) {
  const cycle = useAppState((s) => s.hourCycle);
  return (
    <EventBody
      id={info.event.id}
      meta={info.event.extendedProps as EventMeta}
      startMs={info.event.start?.getTime() ?? 0}
      endMs={info.event.end?.getTime() ?? null}
      isShort={info.isShort}
      isMirror={info.isMirror}
      compact={info.view.type === 'programOverview'}
      cycle={cycle}
    />
  );
}

interface BodyProps {
  id: string;
  meta: EventMeta;
  startMs: number;
  endMs: number | null;
  isShort: boolean;
  isMirror: boolean;
  /** The program overview: one line per activity. */
  compact: boolean;
  cycle: HourCycle;
}

const EventBody = memo(function EventBody({ id, meta, startMs, endMs, isShort, isMirror, compact, cycle }: BodyProps) {
  const range = endMs === null ? wallClockText(startMs, cycle) : wallRangeText(startMs, endMs, cycle);
  const travel = meta.travelTimes ? travelTimesText(meta.travelTimes, cycle) : null;
  const time = meta.kind === 'hotel' ? null : (travel ?? range);
  const showPlace = meta.place && meta.place !== meta.label && !isShort;
  const start = wallClockText(startMs, cycle);
  // The program overview has a line per activity: start time and title, the rest on hover.
  if (compact && meta.kind !== 'hotel') {
    return (
      <div className={`ev-body ev-compact ev-kind-${meta.kind}`} title={`${time ?? ''} ${meta.label}${meta.place ? ` · ${meta.place}` : ''}`}>
        <span className="ev-time">{start}</span> <span className="ev-title">{meta.isFlight ? '✈ ' : ''}{meta.label}</span>
      </div>
    );
  }
  if (isShort && time) {
    // A 15-30 minute block has room for one line: start time and title (flights keep both zones).
    return (
      <div className={`ev-body ev-short ev-kind-${meta.kind}`}>
        <ProblemBadge activityId={id} />
        {isMirror ? <GroupDragBadge activityId={id} /> : null}
        <span className="ev-time">{travel ?? start}</span> <span className="ev-title">{meta.label}</span>
      </div>
    );
  }
  return (
    <div className={`ev-body ev-kind-${meta.kind}`}>
      <ProblemBadge activityId={id} />
      {isMirror ? <GroupDragBadge activityId={id} /> : null}
      {time ? <div className="ev-time">{time}</div> : null}
      <div className="ev-title">
        <StatusTag meta={meta} />
        {/* Screen readers and hover get the status in words; sighted planners see the styling. */}
        <span className="visually-hidden">{meta.rebook ? 'To book again: ' : STATUS_MARK[meta.status]}</span>
        {meta.isFlight ? <span aria-hidden="true">✈ </span> : null}
        {meta.label}
      </div>
      {showPlace ? <div className="ev-place">{meta.place}</div> : null}
    </div>
  );
});
