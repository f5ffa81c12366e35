/** The status bar's team line: connected or offline since when, changes waiting, who else is here. */
import { useAppState, useAppStore } from '../../state/store-context';
import { teamLine, teamProblemCount } from './team-text';
import './team.css';

export function TeamStatus() {
  const store = useAppStore();
  const status = useAppState((s) => s.sync);
  const lastRemote = useAppState((s) => s.lastRemote);
  if (!status) return null;
  const line = teamLine(status);
  const problems = teamProblemCount(status);
  return (
    <span className="team-status" data-testid="team-status" data-tone={line.tone} title={line.detail}>
      <span className="team-dot" aria-hidden="true" />
      <span role="status">{line.text}</span>
      {lastRemote ? (
        <span className="team-last" key={lastRemote.at}>
          {' '}
          · last changes by {lastRemote.by.join(', ')}
        </span>
      ) : null}
      {problems ? (
        <button type="button" className="team-problems" onClick={() => store.toggleProblems(true)}>
          {problems === 1 ? '1 team problem' : `${problems} team problems`}
        </button>
      ) : null}
    </span>
  );
}
