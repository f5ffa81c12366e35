/**
 * Open problems by severity in the status bar, in words ("2 warnings"), so the counts say what they
 * count; a click opens or closes the problems panel. Dismissed problems are not counted.
 */
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
  return (
    <button
      type="button"
      className="problem-counts"
      data-testid="problem-counts"
      aria-expanded={open}
      aria-controls={open ? 'problems-panel' : undefined}
      title={`Open problems (dismissed ones not counted). ${open ? 'Hide' : 'Show'} the problems panel`}
      onClick={() => store.toggleProblems()}
    >
      <span className="visually-hidden">Problems: </span>
      {SEVERITIES.map((s, i) => (
        <span key={s} className={`problem-count problem-count-${s}${counts[s] ? '' : ' is-zero'}`} data-severity={s}>
          {i ? <span className="visually-hidden">, </span> : null}
          <span className={`severity-icon severity-${s}`} aria-hidden="true" />
          {countLabel(counts[s], s)}
        </span>
      ))}
    </button>
  );
}
