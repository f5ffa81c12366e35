/**
 * The Problems panel's team section: conflicts (teammates set one thing to different values at the
 * same time: every copy shows the first, the panel offers each value as a one-click choice that
 * everyone receives), repairs a merge made, and a partner's edits the server refused.
 */
import { useAppState, useAppStore } from '../../state/store-context';
import './team.css';

export function TeamProblems() {
  const store = useAppStore();
  const state = useAppState((s) => s.sync?.state ?? null);
  const readOnly = useAppState((s) => s.program?.shared?.role === 'viewer');
  if (!state || state.conflicts.length + state.repairs.length + state.refused.length === 0) return null;
  return (
    <section className="team-problems-section" aria-labelledby="team-problems-title" data-testid="team-problems">
      <h3 id="team-problems-title">Team</h3>
      <ul>
        {state.conflicts.map((conflict) => (
          <li key={conflict.id} className="team-conflict" data-testid="team-conflict">
            <p>
              <strong>{conflict.subject}</strong> was changed by two people at once.
            </p>
            <ul className="team-choices">
              {conflict.choices.map((choice, index) => (
                <li key={choice}>
                  <span>{index === 0 ? 'Shown now: ' : ''}{choice}</span>{' '}
                  <button type="button" disabled={readOnly} onClick={() => void store.chooseSyncValue(conflict.id, index)}>
                    Keep this
                  </button>
                </li>
              ))}
            </ul>
          </li>
        ))}
        {state.repairs.map((repair) => (
          <li key={`${repair.kind}:${repair.subject}:${repair.message}`} className="team-repair">
            <strong>{repair.subject}</strong>:{' '}
            {repair.kind === 'set-aside'
              ? `set aside after merging teammates’ changes (${repair.message}); restore what it refers to, or delete it.`
              : `${repair.message} after merging teammates’ changes; it was left out here.`}
          </li>
        ))}
        {state.refused.map((refused) => (
          <li key={refused.id} className="team-refused">
            Not accepted by the server: {refused.reason}
          </li>
        ))}
      </ul>
    </section>
  );
}
