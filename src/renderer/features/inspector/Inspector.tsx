/**
 * The selected activity, every field, with an editor below. Internal notes are marked planner-only.
 * With several selected, a summary of them and what can be done to all at once.
 */
import type { Program } from '../../../shared/program/schema';
import { useAppState, useAppStore } from '../../state/store-context';
import { primaryOf } from '../../state/selection';
import { deleteSelected, duplicateSelection } from '../calendar/calendar-gestures';
import { SHORTCUT_HELP } from '../calendar/calendar-keys';
import { activityDetails } from './activity-details';
import { ActivityEditor } from './ActivityEditor';
import { GuestPlacement } from '../arranging/GuestPlacement';
import { SchedulingControls } from './SchedulingControls';
import { SelectionSummary } from './SelectionSummary';
import { UnscheduledTray } from './UnscheduledTray';

export function Inspector({ program }: { program: Program }) {
  const store = useAppStore();
  const selection = useAppState((s) => s.selection);
  const primary = primaryOf(selection);
  const activity = primary ? program.activities.find((a) => a.id === primary) : undefined;

  if (selection.length > 1) {
    return (
      <aside className="inspector" aria-label="Activity details" data-selection-count={selection.length}>
        <SelectionSummary program={program} selection={selection} />
        <UnscheduledTray program={program} />
      </aside>
    );
  }

  if (!activity) {
    return (
      <aside className="inspector inspector-empty" aria-label="Activity details">
        <p>Select an activity on the calendar to see its details.</p>
        <UnscheduledTray program={program} />
      </aside>
    );
  }
  const details = activityDetails(activity, program);
  return (
    <aside className="inspector" aria-label="Activity details" data-activity-id={activity.id}>
      <header className="inspector-head">
        <div className="inspector-kicker">
          <span>{details.typeLabel}</span>
          <span className={`status-badge status-${activity.status}`} data-testid="inspector-status">
            {activity.status}
          </span>
          {(activity.type === 'travel' || activity.type === 'hotel-stay') && activity.rebook ? <span className="status-badge status-tentative">to book again</span> : null}
        </div>
        <h2 className="inspector-title">{activity.title}</h2>
        <button type="button" className="icon-button" aria-label="Close details" onClick={() => store.select(null)}>
          ×
        </button>
      </header>

      <section className="inspector-when" aria-label="When">
        <div className="inspector-when-span" data-testid="inspector-when">
          {details.when}
        </div>
        <div className="muted">{details.duration}</div>
        <SchedulingControls key={activity.id} activity={activity} program={program} />
        <div className="activity-actions">
          <button type="button" title="A copy at the same time, selected so the arrow keys move it (Ctrl+D)" onClick={() => duplicateSelection(store)}>
            Duplicate
          </button>
          <button type="button" className="delete-activity" title="Delete this activity (Delete); undo puts it back" onClick={() => deleteSelected(store)}>
            Delete
          </button>
        </div>
        {activity.timing.kind === 'scheduled' ? <p className="muted small shortcut-help">{SHORTCUT_HELP}</p> : null}
      </section>

      <dl className="detail-list">
        {details.rows.map((row) => (
          <div key={row.label} className="detail-row">
            <dt>{row.label}</dt>
            <dd>{row.value}</dd>
          </div>
        ))}
      </dl>

      <section aria-label="Attendees">
        <h3 className="section-title">Attendees</h3>
        {details.attendees.everyone ? <p>All participants and staff</p> : null}
        {details.attendees.groups.length ? (
          <ul className="plain-list">
            {details.attendees.groups.map((g) => (
              <li key={g.id}>
                <span className="swatch" style={{ backgroundColor: g.color }} aria-hidden="true" />
                {g.name} <span className="muted">({g.members})</span>
              </li>
            ))}
          </ul>
        ) : null}
        {details.attendees.people.length ? (
          <ul className="plain-list">
            {details.attendees.people.map((p) => (
              <li key={p.id}>
                {p.name} {p.detail ? <span className="muted">· {p.detail}</span> : null}
              </li>
            ))}
          </ul>
        ) : null}
        {!details.attendees.everyone && !details.attendees.groups.length && !details.attendees.people.length ? (
          <p className="muted">Nobody yet</p>
        ) : null}
      </section>

      <section aria-label="Traveler notes">
        <h3 className="section-title">Traveler notes</h3>
        <p className="notes">{activity.travelerNotes || <span className="muted">None</span>}</p>
      </section>

      <section className="internal-notes" aria-label="Internal notes, planner only">
        <h3 className="section-title">
          Internal notes <span className="planner-only">Planner only · never sent to travelers</span>
        </h3>
        <p className="notes">{activity.internalNotes || <span className="muted">None</span>}</p>
      </section>

      {activity.type === 'home-hospitality' ? <GuestPlacement activity={activity} program={program} /> : null}
      <ActivityEditor key={activity.id} activity={activity} program={program} />

      <p className="muted small">ID {activity.id}</p>
      <UnscheduledTray program={program} />
    </aside>
  );
}
