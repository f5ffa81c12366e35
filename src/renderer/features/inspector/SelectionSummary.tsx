/**
 * The inspector with several activities selected: how many, which (a click on one shows it
 * alone), and what can be done to all of them as one undoable step. Moving them is done on the
 * calendar (drag one, or the arrow keys); the help line says how.
 */
import type { Program } from '../../../shared/program/schema';
import { useAppStore } from '../../state/store-context';
import type { Selection } from '../../state/selection';
import { SHORTCUT_HELP } from '../calendar/calendar-keys';
import { deleteSelection, unscheduleSelection } from '../calendar/group-edits';
import { TYPE_LABELS } from './activity-details';

export function SelectionSummary({ program, selection }: { program: Program; selection: Selection }) {
  const store = useAppStore();
  const byId = new Map(program.activities.map((a) => [a.id, a]));
  const activities = selection.flatMap((id) => byId.get(id) ?? []);
  const scheduled = activities.filter((a) => a.timing.kind === 'scheduled').length;
  const run = (outcome: ReturnType<typeof unscheduleSelection>) => (outcome.ok ? store.edit(outcome.command) : store.showError(outcome.message));
  return (
    <section className="selection-summary" aria-label="Selected activities">
      <header className="inspector-head">
        <h2 className="inspector-title">{activities.length} activities selected</h2>
        <button type="button" className="icon-button" aria-label="Clear selection" onClick={() => store.select(null)}>
          ×
        </button>
      </header>
      <ul className="plain-list selection-list">
        {activities.map((a) => (
          <li key={a.id}>
            <button type="button" className="link-button" onClick={() => store.select(a.id)} title="Show only this one">
              {a.title}
            </button>{' '}
            <span className="muted small">
              {TYPE_LABELS[a.type]}
              {a.timing.kind === 'scheduled' ? ` · ${a.timing.start.slice(0, 10)} ${a.timing.start.slice(11, 16)}` : ' · unscheduled'}
            </span>
          </li>
        ))}
      </ul>
      <div className="selection-actions">
        <button type="button" disabled={!scheduled} onClick={() => run(unscheduleSelection(program, selection))}>
          Unschedule all
        </button>
        <button type="button" onClick={() => run(deleteSelection(program, selection))}>
          Delete all
        </button>
      </div>
      <p className="muted small">Both can be undone. Drag one of them, or use the arrow keys, to move them all.</p>
      <p className="muted small shortcut-help">{SHORTCUT_HELP}</p>
    </section>
  );
}
