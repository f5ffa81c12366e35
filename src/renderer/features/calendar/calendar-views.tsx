/**
 * The per-view options FullCalendar gets: the whole-program grid (every week of the program, each
 * day naming the city every group is in) and the week and day grids (each column labelled with
 * its time zones where they change). Both are derived data with a cost, so each is computed only
 * while its view is shown, and the options object keeps its identity while what it shows is the
 * same: a drop that changes no city and no zone does not re-render a header (G3, docs/performance.md).
 */
import type { DayCellInfo, DayHeaderInfo } from '@fullcalendar/react';
import { BaseComponent, type ViewProps } from '@fullcalendar/react/protected-api';
import { useMemo } from 'react';
import './calendar-views.css';
import type { Program } from '../../../shared/program/schema';
import { groupWhereabouts, type DayCities } from '../../../shared/program/whereabouts';
import { dayZoneLabels, labelsKeyOf, type DayZones, type ZoneMode } from './day-zones';
import { projectedInRange, type EventIndex } from './event-index';
import type { Lens } from '../../model/lens';
import { DAY_MS, dateMs, dateStringOf, weekStartMs } from '../../model/wall-time';
import { LanesView } from './LanesView';

const LANES_TITLE = { weekday: 'long', month: 'long', day: 'numeric', year: 'numeric' } as const;

/**
 * The Groups view as FullCalendar sees it. A view given as `content` (or as a plain component) is
 * wrapped in a new component whenever any calendar option changes, events included, so every edit
 * would remount it: the lanes' scroll and the keyboard focus were lost on each drop. A subclass of
 * FullCalendar's BaseComponent is used as it is. It draws from LanesDataContext (CalendarView).
 */
class LanesViewComponent extends BaseComponent<ViewProps> {
  override render() {
    return <LanesView date={dateStringOf(this.props.dateProfile.currentRange.start)} />;
  }
}

export const OVERVIEW_VIEW = 'programOverview';
export const LANES_VIEW = 'groupLanes';
const TIME_GRID_VIEWS = new Set(['timeGridWeek', 'timeGridDay']);

interface Range {
  start: number;
  end: number;
}

interface ViewsInput {
  program: Program;
  /** The lens's events, sorted (event-index.ts). */
  index: EventIndex;
  range: Range;
  /** The type of the view shown (from datesSet). */
  viewType: string;
  homeTime: boolean;
  lens: Lens | null;
}

const NO_LABELS: ReadonlyMap<string, DayZones> = new Map();

export function useCalendarViews({ program, index, range, viewType, homeTime, lens }: ViewsInput) {
  const overview = viewType === OVERVIEW_VIEW;
  const { activities, venues, groups, cities, startDate, endDate } = program;

  // The lens narrows the lines to its groups: a group's own, or the groups a person belongs to.
  const shownGroups = useMemo(() => groupsOfLens(groups, lens), [groups, lens]);
  const whereabouts = useMemo(
    () => (overview ? shownGroups.map((group) => ({ group, days: groupWhereabouts({ activities, venues }, group.id, startDate, endDate) })) : null),
    [overview, activities, venues, shownGroups, startDate, endDate],
  );
  const cityNames = useMemo(() => new Map(cities.map((c) => [c.id, c.name])), [cities]);

  // In home time every column runs on one clock: nothing to label.
  const mode: ZoneMode = lens ? 'sequence' : 'set';
  // A person's own flights set their clock; a group's or everyone's is set by what they do together.
  const ownLegs = lens?.kind === 'participant' || lens?.kind === 'staff';
  const computed = useMemo(() => {
    if (homeTime || !TIME_GRID_VIEWS.has(viewType)) return NO_LABELS;
    const last = dateMs(endDate) + DAY_MS;
    return dayZoneLabels(index, Math.max(range.start, dateMs(startDate)), Math.min(range.end, last), mode, ownLegs);
  }, [homeTime, viewType, index, range, mode, ownLegs, startDate, endDate]);
  // The Hotels row: when the week's stays need more than two rows, each day folds them into one
  // line ("5 hotels", a click lists them), so the hours stay on screen.
  const foldHotels = useMemo(() => TIME_GRID_VIEWS.has(viewType) && hotelRows(index, range) > 2, [viewType, index, range]);
  // Same labels, same object: the header options keep their identity across drops.
  const labelsKey = labelsKeyOf(computed);
  // eslint-disable-next-line react-hooks/exhaustive-deps -- keyed on content on purpose
  const labels = useMemo(() => computed, [labelsKey]);

  return useMemo(() => {
    const weeks = Math.max(1, Math.ceil((dateMs(endDate) + DAY_MS - weekStartMs(startDate)) / (7 * DAY_MS)));
    const dayHeaderContent = labels.size ? (info: DayHeaderInfo) => <DayHeader info={info} zones={labels.get(dateStringOf(info.date)) ?? null} /> : undefined;
    return {
      [OVERVIEW_VIEW]: {
        type: 'dayGrid',
        duration: { weeks },
        dayMaxEvents: true,
        ...(whereabouts
          ? {
              // The top area is a fixed-height strip by default; this class lets it grow with the lines.
              dayCellTopClass: 'overview-top',
              dayCellTopContent: (info: DayCellInfo) => <OverviewDayTop info={info} whereabouts={whereabouts} cityNames={cityNames} />,
            }
          : {}),
      },
      [LANES_VIEW]: { component: LanesViewComponent, duration: { days: 1 }, titleFormat: LANES_TITLE },
      timeGridWeek: { ...(dayHeaderContent ? { dayHeaderContent } : {}), ...(foldHotels ? FOLDED_HOTELS : {}) },
      timeGridDay: dayHeaderContent ? { dayHeaderContent } : {},
    };
  }, [startDate, endDate, labels, whereabouts, cityNames, foldHotels]);
}

const FOLDED_HOTELS = {
  dayMaxEventRows: 1,
  moreLinkContent: (info: { num: number }) => `${info.num} ${info.num === 1 ? 'hotel' : 'hotels'}`,
};

/** The most hotel stays any one day of the range has (the rows the Hotels row needs). */
function hotelRows(index: EventIndex, range: Range): number {
  const perDay = new Map<number, number>();
  for (const event of projectedInRange(index, range.start, range.end)) {
    if (!event.input.allDay) continue;
    for (let day = Math.max(event.startMs, range.start); day < Math.min(event.endMs, range.end); day += DAY_MS) perDay.set(day, (perDay.get(day) ?? 0) + 1);
  }
  return Math.max(0, ...perDay.values());
}

/** The groups a lens concerns: all of them, the group itself, or the groups of a person. */
export function groupsOfLens(groups: Program['groups'], lens: Lens | null): Program['groups'] {
  switch (lens?.kind) {
    case 'group':
      return groups.filter((g) => g.id === lens.id);
    case 'participant':
      return groups.filter((g) => g.participantIds.includes(lens.id));
    case 'staff':
      return groups.filter((g) => g.staffIds.includes(lens.id));
    default:
      return groups;
  }
}

function DayHeader({ info, zones }: { info: DayHeaderInfo; zones: DayZones | null }) {
  return (
    <span className="day-header">
      <span>{info.text}</span>
      {zones ? (
        <span className="day-zone" data-day-zone={zones.label} title={zones.title}>
          {zones.label}
        </span>
      ) : null}
    </span>
  );
}

type Whereabouts = readonly { group: Program['groups'][number]; days: DayCities }[];

/** A day of the whole-program grid: its number, then one line per group with the cities it is in. */
function OverviewDayTop({ info, whereabouts, cityNames }: { info: DayCellInfo; whereabouts: Whereabouts; cityNames: ReadonlyMap<string, string> }) {
  const date = dateStringOf(info.date);
  const lines = whereabouts.flatMap(({ group, days }) => {
    const cities = days.get(date);
    return cities ? [{ group, places: cities.map((id) => cityNames.get(id) ?? id).join(' → ') }] : [];
  });
  return (
    <div className="overview-day">
      <span className="overview-day-number">{info.dayNumberText}</span>
      {lines.length ? (
        <ul className="overview-places" aria-label={`Where the groups are on ${date}`}>
          {lines.map(({ group, places }) => (
            <li key={group.id} data-group-id={group.id} title={`${group.name}: ${places}`}>
              <span className="swatch" style={{ backgroundColor: group.color }} aria-hidden="true" />
              <span className="visually-hidden">{group.name}: </span>
              {places}
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
