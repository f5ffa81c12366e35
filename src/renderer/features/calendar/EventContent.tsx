/** What an event block shows: time (both zones for flights), title, place, and a badge when it has problems. */
import type { EventDisplayInfo } from '@fullcalendar/react';
import { ProblemBadge } from '../problems/ProblemBadge';
import { GroupDragBadge } from './GroupDragBadge';
import type { EventMeta } from './projection';

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
  const meta = info.event.extendedProps as EventMeta;
  const time = meta.kind === 'hotel' ? null : (meta.travelTimes ?? info.timeText);
  const showPlace = meta.place && meta.place !== meta.label && !info.isShort;
  // The program overview has a line per activity: start time and title, the rest on hover.
  if (info.view.type === 'programOverview' && meta.kind !== 'hotel') {
    const start = info.event.start?.toISOString().slice(11, 16) ?? '';
    return (
      <div className={`ev-body ev-compact ev-kind-${meta.kind}`} title={`${time ?? ''} ${meta.label}${meta.place ? ` · ${meta.place}` : ''}`}>
        <span className="ev-time">{start}</span> <span className="ev-title">{meta.isFlight ? '✈ ' : ''}{meta.label}</span>
      </div>
    );
  }
  if (info.isShort && time) {
    // A 15-30 minute block has room for one line: start time and title (flights keep both zones).
    const start = meta.travelTimes ?? info.event.start?.toISOString().slice(11, 16) ?? time;
    return (
      <div className={`ev-body ev-short ev-kind-${meta.kind}`}>
        <ProblemBadge activityId={info.event.id} />
        {info.isMirror ? <GroupDragBadge activityId={info.event.id} /> : null}
        <span className="ev-time">{start}</span> <span className="ev-title">{meta.label}</span>
      </div>
    );
  }
  return (
    <div className={`ev-body ev-kind-${meta.kind}`}>
      <ProblemBadge activityId={info.event.id} />
      {info.isMirror ? <GroupDragBadge activityId={info.event.id} /> : null}
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
}
