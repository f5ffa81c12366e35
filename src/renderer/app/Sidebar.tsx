/**
 * The program at a glance: dates and phases, groups, people, cities with their zones. Every group,
 * person and city is also a lens: clicking it shows only its activities on the calendar, clicking
 * it again (or "Everyone") shows everyone's.
 */
import { memo, type ReactNode } from 'react';
import type { Program } from '../../shared/program/schema';
import { epochMs, zonedFromLocal } from '../../shared/time';
import { NEEDS_ACTION, type Lens, type LensKind } from '../model/lens';
import { needsAction } from '../../shared/program/status';
import { formatDateRange, zoneAbbreviation } from '../model/zone-format';
import { personName, staffRoleLabel } from '../features/inspector/activity-details';
import { useAppState, useAppStore } from '../state/store-context';

/** The zone's abbreviation at noon on the program's first day (MST vs MDT depends on the date). */
function abbreviationAt(timeZone: string, date: string): string {
  try {
    return zoneAbbreviation(timeZone, epochMs(zonedFromLocal(`${date}T12:00`, timeZone)));
  } catch {
    return '';
  }
}

/** A sidebar entry that switches the calendar to its lens, or back to everyone when already on. */
function LensButton({ kind, id, current, title, className = 'group-item', children }: { kind: LensKind; id: string; current: Lens | null; title: string; className?: string; children: ReactNode }) {
  const store = useAppStore();
  const on = current?.kind === kind && current.id === id;
  return (
    <button
      type="button"
      className={className}
      data-lens-kind={kind}
      data-lens-id={id}
      {...(kind === 'group' ? { 'data-group-id': id } : {})}
      aria-pressed={on}
      title={title}
      onClick={() => store.setLens(on ? null : { kind, id })}
    >
      {children}
    </button>
  );
}

type SidebarProps = Pick<Program, 'title' | 'startDate' | 'endDate' | 'homeTimeZone' | 'phases' | 'groups' | 'participants' | 'staff' | 'cities'> & {
  /** How many activities need action (not confirmed, or to book again). */
  toDo: number;
};

/** The count for the sidebar's "Needs action" entry. */
export function toDoCount(program: Pick<Program, 'activities'>): number {
  let n = 0;
  for (const a of program.activities) if (needsAction(a)) n++;
  return n;
}

// Memoized on the program's collections: a drop changes activities only, and the sidebar does not
// show them.
export const Sidebar = memo(function Sidebar(p: SidebarProps) {
  const store = useAppStore();
  const lens = useAppState((s) => s.lens);
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
        <h2 className="section-title">Arranging</h2>
        <ul className="plain-list group-list">
          <li>
            <LensButton kind="needs-action" id={NEEDS_ACTION.id} current={lens} title="Show only what is not confirmed yet or must be booked again, with a list below the calendar">
              <span className="swatch swatch-todo" aria-hidden="true" />
              <span className="group-name">Needs action</span>
              <span className="muted small" data-testid="todo-count">
                {p.toDo}
              </span>
            </LensButton>
          </li>
        </ul>
      </section>

      <section>
        <h2 className="section-title">Groups ({p.groups.length})</h2>
        <ul className="plain-list group-list">
          <li>
            <button type="button" className="group-item" data-lens-kind="everyone" aria-pressed={lens === null} onClick={() => store.setLens(null)}>
              <span className="swatch swatch-all" aria-hidden="true" />
              <span className="group-name">Everyone</span>
            </button>
          </li>
          {p.groups.map((g) => (
            <li key={g.id}>
              <LensButton kind="group" id={g.id} current={lens} title={`Show ${g.name} and the activities everyone attends`}>
                <span className="swatch" style={{ backgroundColor: g.color }} aria-hidden="true" />
                <span className="group-name">{g.name}</span>
                <span className="muted small" title={`${g.participantIds.length} participants, ${g.staffIds.length} staff`}>
                  {g.participantIds.length} + {g.staffIds.length}
                </span>
              </LensButton>
            </li>
          ))}
        </ul>
      </section>

      <section>
        <h2 className="section-title">People</h2>
        <details open={lens?.kind === 'participant' || undefined}>
          <summary>Participants ({p.participants.length})</summary>
          <ul className="plain-list people-list">
            {p.participants.map((person) => (
              <li key={person.id}>
                <LensButton kind="participant" id={person.id} current={lens} className="group-item person-item" title={`Show ${personName(person)}'s schedule`}>
                  <span className="group-name">{personName(person)}</span> <span className="muted small">{person.country}</span>
                </LensButton>
              </li>
            ))}
          </ul>
        </details>
        <details open={lens?.kind === 'staff' || undefined}>
          <summary>Staff ({p.staff.length})</summary>
          <ul className="plain-list people-list">
            {p.staff.map((person) => (
              <li key={person.id}>
                <LensButton kind="staff" id={person.id} current={lens} className="group-item person-item" title={`Show ${personName(person)}'s schedule`}>
                  <span className="group-name">{personName(person)}</span> <span className="muted small">{staffRoleLabel(person.role)}</span>
                </LensButton>
              </li>
            ))}
          </ul>
        </details>
      </section>

      <section>
        <h2 className="section-title">Cities ({p.cities.length})</h2>
        <ul className="plain-list group-list">
          {p.cities.map((c) => (
            <li key={c.id}>
              <LensButton kind="city" id={c.id} current={lens} className="group-item city-item" title={`Show what happens in ${c.name} and the journeys to and from it`}>
                <span>
                  {c.name}
                  {c.region ? `, ${c.region}` : ''}
                </span>
                <span className="muted small" title={c.timeZone}>
                  {abbreviationAt(c.timeZone, p.startDate)} · {c.timeZone}
                </span>
              </LensButton>
            </li>
          ))}
        </ul>
      </section>
    </nav>
  );
});
