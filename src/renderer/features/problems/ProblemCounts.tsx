/** Open problems by severity in the status bar; a click opens or closes the problems panel. */
import { useAppState, useAppStore } from '../../state/store-context';
import { countLabel, SEVERITIES } from '../../model/problems-model';
// The counts and the event badges show from the first paint, the panel (loaded later) shares their
// stylesheet: importing it here keeps it in the first load.
import './problems.css';

export function ProblemCounts() {
  const store = useAppStore();
  const counts = useAppState((s) => s.problems?.counts ?? null);
  const open = useAppState((s) => s.problemsOpen);
  if (!counts) return null;
  const label = SEVERITIES.map((s) => countLabel(counts[s], s)).join(', ');
  return (
    <button
      type="button"
      className="problem-counts"
      data-testid="problem-counts"
      aria-expanded={open}
      aria-controls="problems-panel"
      aria-label={`Problems: ${label}. ${open ? 'Hide' : 'Show'} the problems panel`}
      title={`${open ? 'Hide' : 'Show'} problems`}
      onClick={() => store.toggleProblems()}
    >
      {SEVERITIES.map((s) => (
        <span key={s} className={`problem-count problem-count-${s}${counts[s] ? '' : ' is-zero'}`} data-severity={s}>
          <span className={`severity-icon severity-${s}`} aria-hidden="true" />
          {counts[s]}
        </span>
      ))}
    </button>
  );
}
