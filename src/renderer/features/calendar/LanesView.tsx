/**
 * The Groups view: one day, one lane per group, so four groups in four cities and three time zones
 * read at once. It is a FullCalendar custom view (FullCalendar keeps the toolbar, the dates, the
 * valid range and datesSet), drawn here from the same event index as the week: only the day's
 * events, projections cached per activity. Each lane's header names where the group is that day
 * and its zone; hotel nights take one line per lane. Blocks are buttons: click or Enter selects,
 * arrows move (use-calendar-keys.ts), dragging moves in time and, for a group's own activity, to
 * another group's lane after asking (use-lane-drag.ts).
 */
import { createContext, memo, useContext, useEffect, useMemo, useRef, useState, type KeyboardEvent, type MouseEvent, type PointerEvent } from 'react';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import type { Activity, Program } from '../../../shared/program/schema';
import { groupWhereabouts } from '../../../shared/program/whereabouts';
import { useAppState, useAppStore } from '../../state/store-context';
import { clockText, dayText, wallRangeText, type HourCycle } from '../../model/clock-format';
import { zoneAbbreviation } from '../../model/zone-format';
import { DAY_MS, dateMs } from '../../model/wall-time';
import type { Lens } from '../../model/lens';
import { ProblemBadge } from '../problems/ProblemBadge';
import { isSelectionToggle } from './calendar-keys';
import { projectedInRange, type EventIndex } from './event-index';
import { laneChange, layoutDay, OTHERS_LANE, type DayLayout, type Lane, type LaneBlock } from './lanes';
import { travelTimesText } from './projection';
import { useLaneDrag, type LaneDrop } from './use-lane-drag';
import { eventLabel, eventSpeech } from './event-label';
import './lanes.css';

/** What the view draws from, provided by CalendarView around FullCalendar. */
export interface LanesData {
  program: Program;
  index: EventIndex;
  lens: Lens | null;
  groups: Program['groups'];
  /** Main would refuse an edit: no dragging. */
  readOnly: boolean;
  /** A drop in the lanes; `groupIds` when the planner agreed to give the activity to another group. */
  onDrop: (drop: LaneDrop, groupIds: string[] | null) => void;
}

export const LanesDataContext = createContext<LanesData | null>(null);

/** Pixels per hour of the time axis. */
export const HOUR_PX = 48;
const FIRST_VISIBLE_HOUR = 7;
const HOURS = Array.from({ length: 24 }, (_, h) => h);

export function LanesView({ date }: { date: string }) {
  const data = useContext(LanesDataContext);
  const cycle = useAppState((s) => s.hourCycle);
  const store = useAppStore();
  const scroller = useRef<HTMLDivElement>(null);
  const lanesEl = useRef<HTMLDivElement>(null);
  const dayStart = dateMs(date);

  const program = data?.program;
  const activityById = useMemo(() => new Map((program?.activities ?? []).map((a) => [a.id, a])), [program?.activities]);
  const layout: DayLayout | null = useMemo(() => {
    if (!data) return null;
    const events = projectedInRange(data.index, dayStart, dayStart + DAY_MS);
    return layoutDay(dayStart, data.groups, data.program.groups, events, (id) => activityById.get(id));
  }, [data, dayStart, activityById]);
  const places = useMemo(() => (program && layout ? lanePlaces(program, layout.lanes, date) : []), [program, layout, date]);

  // A group's own activity dropped in another group's lane changes group: ask first.
  const [asking, setAsking] = useState<{ drop: LaneDrop; groupIds: string[] } | null>(null);
  const onDrop = (drop: LaneDrop) => {
    const activity = activityById.get(drop.block.id);
    const change = activity && drop.kind === 'move' ? laneChange(activity, drop.from, drop.to) : null;
    if (change) setAsking({ drop, groupIds: change.groupIds });
    else data?.onDrop({ ...drop, to: drop.from }, null);
  };
  const drag = useLaneDrag({ lanesEl, layout, hourPx: HOUR_PX, readOnly: data?.readOnly ?? true, onDrop });

  // Opens at the start of a working day, as the week does; the next day keeps the planner's scroll.
  useEffect(() => {
    if (scroller.current) scroller.current.scrollTop = FIRST_VISIBLE_HOUR * HOUR_PX - 8;
  }, []);

  if (!data || !layout) return null;
  const n = layout.lanes.length;
  const select = (id: string, e: MouseEvent | KeyboardEvent) => {
    if (drag.justDragged()) return;
    if (isSelectionToggle(e)) store.toggleSelected(id);
    else store.select(id);
  };

  return (
    <div className="lanes" role="region" aria-label={`Groups on ${dayText(date)}`} data-lanes-date={date} data-lane-count={n} style={{ ['--lanes' as string]: n }}>
      <div className="lanes-head">
        <div className="lanes-gutter" />
        {layout.lanes.map((lane, i) => (
          <div key={lane.id} className="lane-head" data-lane-id={lane.id}>
            <span className="lane-name" title={lane.id === OTHERS_LANE ? 'People of no group shown here, on their own' : lane.name}>
              {lane.color ? <span className="swatch" style={{ backgroundColor: lane.color }} aria-hidden="true" /> : null}
              {lane.name}
            </span>
            {places[i] ? (
              <span className="lane-place" title={places[i].title}>
                {places[i].cities}
                {places[i].zones ? <span className="day-zone">{places[i].zones}</span> : null}
              </span>
            ) : null}
          </div>
        ))}
      </div>
      <div className="lanes-hotels">
        <div className="lanes-gutter">Hotels</div>
        {layout.hotels.map((stays, i) => (
          <div key={layout.lanes[i]?.id} className="lane-hotels" data-lane-id={layout.lanes[i]?.id}>
            {stays.length ? (
              stays.map((stay) => (
                <button
                  key={stay.id}
                  type="button"
                  className="lane-hotel"
                  data-event-id={stay.id}
                  style={{ borderLeftColor: stay.input.color as string }}
                  aria-label={eventLabel(stay, activityById.get(stay.id), cycle)}
                  onClick={(e) => select(stay.id, e)}
                >
                  {String(stay.input.title)}
                </button>
              ))
            ) : (
              <span className="muted small">—</span>
            )}
          </div>
        ))}
      </div>
      <div className="lanes-scroll" ref={scroller}>
        <div className="lanes-body" style={{ height: 24 * HOUR_PX }}>
          <div className="lanes-gutter lanes-axis" aria-hidden="true">
            {HOURS.map((h) => (
              <span key={h} className="lanes-hour" style={{ top: h * HOUR_PX }}>
                {h ? clockText(h, 0, cycle) : ''}
              </span>
            ))}
          </div>
          <div className="lanes-grid" ref={lanesEl}>
            {layout.lanes.map((lane, i) => (
              <div key={lane.id} className="lane-column" style={{ left: `${(i / n) * 100}%`, width: `${100 / n}%` }} data-lane-id={lane.id} />
            ))}
            {layout.blocks.map((block) => (
              <Block
                key={`${block.id}:${block.lane}`}
                block={block}
                lanes={n}
                cycle={cycle}
                activity={activityById.get(block.id)}
                attendees={laneNames(layout.lanes, block)}
                draggable={!data.readOnly}
                onPointerDown={drag.startDrag}
                onSelect={select}
              />
            ))}
            {drag.ghost ? (
              <div
                className="lane-ghost"
                data-ghost-lane={layout.lanes[drag.ghost.lane]?.id}
                data-ghost-start={drag.ghost.startMin}
                style={{
                  top: (drag.ghost.startMin / 60) * HOUR_PX,
                  height: Math.max(12, ((drag.ghost.endMin - drag.ghost.startMin) / 60) * HOUR_PX),
                  left: `${(drag.ghost.lane / n) * 100}%`,
                  width: `${(drag.ghost.span / n) * 100}%`,
                }}
              >
                {wallRangeText(dayStart + drag.ghost.startMin * 60_000, dayStart + drag.ghost.endMin * 60_000, cycle)}
              </div>
            ) : null}
          </div>
        </div>
      </div>
      {asking ? (
        <ConfirmDialog
          title={`Move to ${asking.drop.to.name}?`}
          confirmLabel={`Move to ${asking.drop.to.name}`}
          onCancel={() => setAsking(null)}
          onConfirm={() => {
            setAsking(null);
            data.onDrop(asking.drop, asking.groupIds);
          }}
        >
          <p>
            “{asking.drop.block.meta.label}” is {asking.drop.from.name}’s. Moving it to {asking.drop.to.name}’s lane makes it {asking.drop.to.name}’s
            activity: {asking.drop.from.name} no longer attends. Undo puts it back.
          </p>
        </ConfirmDialog>
      ) : null}
    </div>
  );
}

function laneNames(lanes: readonly Lane[], block: LaneBlock): string {
  return lanes
    .slice(block.lane, block.lane + block.span)
    .map((l) => l.name)
    .join(', ');
}

const Block = memo(function Block({
  block,
  lanes,
  cycle,
  activity,
  attendees,
  draggable,
  onPointerDown,
  onSelect,
}: {
  block: LaneBlock;
  lanes: number;
  cycle: HourCycle;
  activity: Activity | undefined;
  attendees: string;
  draggable: boolean;
  onPointerDown: (block: LaneBlock, e: PointerEvent<HTMLElement>) => void;
  onSelect: (id: string, e: MouseEvent | KeyboardEvent) => void;
}) {
  const { meta, event } = block;
  const top = (block.startMin / 60) * HOUR_PX;
  const height = Math.max(14, ((block.endMin - block.startMin) / 60) * HOUR_PX - 1);
  const width = block.span / lanes / block.columns;
  const left = (block.lane + block.column / block.columns) / lanes;
  const time = meta.travelTimes ? travelTimesText(meta.travelTimes, cycle) : wallRangeText(event.startMs, event.endMs, cycle);
  const short = height < 30;
  const speech = eventSpeech(event, activity, attendees, short);
  return (
    <div
      role="button"
      tabIndex={0}
      className={`lane-block ev-${meta.status}${short ? ' is-short' : ''}`}
      data-event-id={block.id}
      data-lane-span={block.span}
      style={{ top, height, left: `calc(${left * 100}% + 1px)`, width: `calc(${width * 100}% - 3px)`, backgroundColor: event.input.color as string, color: event.input.contrastColor as string }}
      onPointerDown={draggable ? (e) => onPointerDown(block, e) : undefined}
      onClick={(e) => onSelect(block.id, e)}
      onKeyDown={(e) => {
        if (e.key === 'Enter' || e.key === ' ') {
          e.preventDefault();
          onSelect(block.id, e);
        }
      }}
    >
      <div className={`ev-body ev-kind-${meta.kind}${short ? ' ev-short' : ''}`}>
        <ProblemBadge activityId={block.id} />
        <span className="visually-hidden">{speech.day}, </span>
        <span className="ev-time">{time}</span>
        <span className="visually-hidden">{speech.zone ? ` ${speech.zone}` : ''}:</span>
        {short ? ' ' : null}
        <span className="ev-title">
          {meta.isFlight ? <span aria-hidden="true">✈ </span> : null}
          {meta.label}
        </span>
        {!short && meta.place && meta.place !== meta.label ? <div className="ev-place">{meta.place}</div> : null}
        <span className="visually-hidden">{speech.after}</span>
      </div>
    </div>
  );
});

interface LanePlace {
  cities: string;
  zones: string;
  title: string;
}

/** Where each lane's group is on the day (its cities in order) and the zones of its blocks. */
function lanePlaces(program: Program, lanes: readonly Lane[], date: string): (LanePlace | null)[] {
  const cityOf = new Map(program.cities.map((c) => [c.id, c]));
  const noon = dateMs(date) + DAY_MS / 2;
  return lanes.map((lane) => {
    if (!program.groups.some((g) => g.id === lane.id)) return null;
    const ids = groupWhereabouts(program, lane.id, date, date).get(date) ?? [];
    if (!ids.length) return null;
    const cities = ids.map((id) => cityOf.get(id)).filter((c) => c !== undefined);
    const zones = [...new Set(cities.map((c) => zoneAbbreviation(c.timeZone, noon)))].join(' · ');
    return { cities: cities.map((c) => c.name).join(' → '), zones, title: cities.map((c) => `${c.name} (${c.timeZone})`).join(' → ') };
  });
}
