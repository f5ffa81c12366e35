/**
 * Above the calendar: what the lens shows, quick filters by activity type and status (chips that
 * hide what they name when switched off), and the home-time toggle. Separate from CalendarView so
 * these controls re-render without touching FullCalendar's props unless the filters really change.
 */
import { memo } from 'react';
import { PLACE_ACTIVITY_TYPES, STATUSES, type Program } from '../../../shared/program/schema';
import { ACTIVITY_TYPE_LABELS as TYPE_LABELS, personName, STATUS_LABELS } from '../../../shared/program/labels';
import { useAppState, useAppStore } from '../../state/store-context';
import { NO_FILTERS, type ActivityType, type Lens } from '../../model/lens';

const TYPES: readonly ActivityType[] = [...PLACE_ACTIVITY_TYPES, 'travel', 'hotel-stay'];

type Lookups = Pick<Program, 'groups' | 'participants' | 'staff' | 'cities'>;

/** "Participant: Ana Pérez", "City: Phoenix", "Everyone". */
export function lensLabel(lens: Lens | null, program: Lookups): string {
  if (!lens) return 'Everyone';
  switch (lens.kind) {
    case 'group':
      return `Group: ${program.groups.find((g) => g.id === lens.id)?.name ?? lens.id}`;
    case 'participant': {
      const p = program.participants.find((x) => x.id === lens.id);
      return `Participant: ${p ? personName(p) : lens.id}`;
    }
    case 'staff': {
      const s = program.staff.find((x) => x.id === lens.id);
      return `Staff: ${s ? personName(s) : lens.id}`;
    }
    case 'city':
      return `City: ${program.cities.find((c) => c.id === lens.id)?.name ?? lens.id}`;
    case 'needs-action':
      return 'Needs action';
  }
}

/** "Washington" when a program city keeps the home zone, else the zone's own name. */
export function homeZoneName(program: Pick<Program, 'cities' | 'homeTimeZone'>): string {
  return program.cities.find((c) => c.timeZone === program.homeTimeZone)?.name ?? program.homeTimeZone;
}

function toggled<T>(list: readonly T[], item: T): T[] {
  return list.includes(item) ? list.filter((x) => x !== item) : [...list, item];
}

export const CalendarControls = memo(function CalendarControls({ program }: { program: Lookups & Pick<Program, 'homeTimeZone'> }) {
  const store = useAppStore();
  const lens = useAppState((s) => s.lens);
  const filters = useAppState((s) => s.filters);
  const homeTime = useAppState((s) => s.homeTime);
  const home = homeZoneName(program);
  const filtered = filters.hiddenTypes.length + filters.hiddenStatuses.length > 0;

  return (
    <div className="calendar-controls" role="group" aria-label="Calendar filters">
      <span className="lens-label" data-testid="lens-label">
        {lensLabel(lens, program)}
      </span>
      {/* Eleven types do not fit beside the statuses: they fold into a popover, so the calendar keeps its height. */}
      <details className="type-filter">
        <summary data-testid="type-filter">
          {filters.hiddenTypes.length ? `Types: ${TYPES.length - filters.hiddenTypes.length} of ${TYPES.length}` : 'All types'}
        </summary>
        <span className="chips chips-types" role="group" aria-label="Activity types">
          {TYPES.map((type) => (
            <button
              key={type}
              type="button"
              className="chip"
              data-filter-type={type}
              aria-pressed={!filters.hiddenTypes.includes(type)}
              onClick={() => store.setFilters({ ...filters, hiddenTypes: toggled(filters.hiddenTypes, type) })}
            >
              {TYPE_LABELS[type]}
            </button>
          ))}
        </span>
      </details>
      <span className="chips" role="group" aria-label="Statuses">
        {STATUSES.map((status) => (
          <button
            key={status}
            type="button"
            className={`chip chip-${status}`}
            data-filter-status={status}
            aria-pressed={!filters.hiddenStatuses.includes(status)}
            onClick={() => store.setFilters({ ...filters, hiddenStatuses: toggled(filters.hiddenStatuses, status) })}
          >
            {STATUS_LABELS[status]}
          </button>
        ))}
        {filtered ? (
          <button type="button" className="chip chip-reset" onClick={() => store.setFilters(NO_FILTERS)}>
            Show all
          </button>
        ) : null}
      </span>
      <button
        type="button"
        className="home-time-toggle"
        data-testid="home-time"
        aria-pressed={homeTime}
        title={homeTime ? `Showing every time in ${home} time (${program.homeTimeZone})` : "Showing each activity at its place's local time"}
        onClick={() => store.setHomeTime(!homeTime)}
      >
        {home} time
      </button>
      <span className="time-mode muted small" data-testid="time-mode">
        {homeTime ? `All times: ${home} (${program.homeTimeZone})` : 'Local times'}
      </span>
    </div>
  );
});
