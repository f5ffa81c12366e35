/** Save state (with the way out of a conflict) and what the program holds. */
import type { Program } from '../../shared/program/schema';
import { getApi } from '../api';
import { ProblemCounts } from '../features/problems/ProblemCounts';
import { TeamStatus } from '../features/team/TeamStatus';
import { useAppState, useAppStore } from '../state/store-context';
import { SaveStatus } from './SaveStatus';

function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

export function StatusBar({ program }: { program: Program }) {
  const store = useAppStore();
  const conflict = useAppState((s) => s.saveState?.status === 'conflict');
  const docId = useAppState((s) => s.doc?.docId ?? null);
  const pendingEdits = useAppState((s) => s.pendingEdits);
  const lockHolder = useAppState((s) => s.doc?.lockHolder ?? null);
  const unscheduled = program.activities.filter((a) => a.timing.kind === 'unscheduled').length;

  const resolve = async (choice: 'reload' | 'overwrite' | 'save-copy') => {
    const api = getApi();
    if (!api || !docId) return;
    const result = await api.resolveConflict({ docId, choice });
    if (!result.ok) store.showError(result.error.message);
    else if (result.value) store.openSnapshot(result.value);
  };

  // Another planner has the file open: it is read-only here until this planner chooses otherwise.
  const editAnyway = async () => {
    const api = getApi();
    if (!api || !docId) return;
    const result = await api.openAnyway({ docId });
    if (!result.ok) store.showError(result.error.message);
    else store.openSnapshot(result.value);
  };

  return (
    <footer className="status-bar">
      <SaveStatus />
      {lockHolder ? (
        <button type="button" onClick={() => void editAnyway()}>
          Edit anyway
        </button>
      ) : null}
      {conflict ? (
        <span className="conflict-actions">
          <button type="button" onClick={() => void resolve('reload')}>
            Reload from disk
          </button>
          <button type="button" onClick={() => void resolve('overwrite')}>
            Keep mine
          </button>
          <button type="button" onClick={() => void resolve('save-copy')}>
            Save mine as a copy
          </button>
        </span>
      ) : null}
      <ProblemCounts />
      <TeamStatus />
      {pendingEdits ? <span className="muted">{plural(pendingEdits, 'edit')} on the way</span> : null}
      <span className="status-counts" data-testid="status-counts">
        {plural(program.activities.length, 'activity', 'activities')}
        {unscheduled ? ` (${unscheduled} unscheduled)` : ''} · {plural(program.participants.length, 'participant')} ·{' '}
        {program.staff.length} staff · {plural(program.groups.length, 'group')} · {plural(program.cities.length, 'city', 'cities')}
      </span>
    </footer>
  );
}
