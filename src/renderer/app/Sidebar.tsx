/** The program at a glance: dates and phases, groups, people, cities with their zones. */
import { memo } from 'react';
import type { Program } from '../../shared/program/schema';
import { epochMs, zonedFromLocal } from '../../shared/time';
import { formatDateRange, zoneAbbreviation } from '../features/calendar/zone-format';
import { personName, staffRoleLabel } from '../features/inspector/activity-details';
import { useAppState, useProgramStore } from '../state/store-context';

/** The zone's abbreviation at noon on the program's first day (MST vs MDT depends on the date). */
function abbreviationAt(timeZone: string, date: string): string {
  try {
    return zoneAbbreviation(timeZone, epochMs(zonedFromLocal(`${date}T12:00`, timeZone)));
  } catch {
    return '';
  }
}

type SidebarProps = Pick<Program, 'title' | 'startDate' | 'endDate' | 'homeTimeZone' | 'phases' | 'groups' | 'participants' | 'staff' | 'cities'>;

// Memoized on the program's collections: a drop changes activities only, and the sidebar does not
// show them.
export const Sidebar = memo(function Sidebar(p: SidebarProps) {
  const store = useProgramStore();
  const lens = useAppState((s) => s.lensGroupId);
  const cityName = (id: string) => p.cities.find((c) => c.id === id)?.name ?? id;
  return (
    <nav className="sidebar" aria-label="Program overview">
      <section>
        <h2 className="section-title">Program</h2>
        <p className="summary-dates">{formatDateRange(p.startDate, p.endDate)}</p>
        <p className="muted small">Home time zone: {p.homeTimeZone}</p>
        {p.phases.length ? (
          <ol className="phase-list">
            {p.phases.map((phase) => (
              <li key={phase.id}>
                <span className="phase-name">{phase.name}</span>
                <span className="muted small">
                  {formatDateRange(phase.startDate, phase.endDate)}
                  {phase.cityIds.length ? ` · ${phase.cityIds.map(cityName).join(', ')}` : ''}
                </span>
              </li>
            ))}
          </ol>
        ) : null}
      </section>

      <section>
        <h2 className="section-title">Groups ({p.groups.length})</h2>
        <ul className="plain-list group-list">
          <li>
            <button type="button" className="group-item" aria-pressed={lens === null} onClick={() => store.setLens(null)}>
              <span className="swatch swatch-all" aria-hidden="true" />
              <span className="group-name">All groups</span>
            </button>
          </li>
          {p.groups.map((g) => (
            <li key={g.id}>
              <button
                type="button"
                className="group-item"
                data-group-id={g.id}
                aria-pressed={lens === g.id}
                title={`Show ${g.name} and the activities everyone attends`}
                onClick={() => store.setLens(lens === g.id ? null : g.id)}
              >
                <span className="swatch" style={{ backgroundColor: g.color }} aria-hidden="true" />
                <span className="group-name">{g.name}</span>
                <span className="muted small" title={`${g.participantIds.length} participants, ${g.staffIds.length} staff`}>
                  {g.participantIds.length} + {g.staffIds.length}
                </span>
              </button>
            </li>
          ))}
        </ul>
      </section>

      <section>
        <h2 className="section-title">People</h2>
        <details>
          <summary>Participants ({p.participants.length})</summary>
          <ul className="plain-list people-list">
            {p.participants.map((person) => (
              <li key={person.id}>
                {personName(person)} <span className="muted small">{person.country}</span>
              </li>
            ))}
          </ul>
        </details>
        <details>
          <summary>Staff ({p.staff.length})</summary>
          <ul className="plain-list people-list">
            {p.staff.map((person) => (
              <li key={person.id}>
                {personName(person)} <span className="muted small">{staffRoleLabel(person.role)}</span>
              </li>
            ))}
          </ul>
        </details>
      </section>

      <section>
        <h2 className="section-title">Cities ({p.cities.length})</h2>
        <ul className="plain-list">
          {p.cities.map((c) => (
            <li key={c.id} className="city-item">
              <span>
                {c.name}
                {c.region ? `, ${c.region}` : ''}
              </span>
              <span className="muted small" title={c.timeZone}>
                {abbreviationAt(c.timeZone, p.startDate)} · {c.timeZone}
              </span>
            </li>
          ))}
        </ul>
      </section>
    </nav>
  );
});
