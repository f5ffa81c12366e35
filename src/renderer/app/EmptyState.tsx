/** No program open: why (if opening one failed) and the ways to get one. */
import { useAppState, useAppStore } from '../state/store-context';

export function EmptyState() {
  const store = useAppStore();
  const loadError = useAppState((s) => s.loadError);
  // Main says so by its error code when the file's backup loads (not by the wording, which can
  // mention a backup that cannot be used).
  const hasBackup = useAppState((s) => s.loadError !== null && s.loadErrorHasBackup);
  return (
    <main className="empty-state">
      <h1>No program open</h1>
      {loadError ? (
        <p className="load-error" role="alert">
          {loadError}
        </p>
      ) : (
        <p>Start a new exchange program or open a program file (.ivlp.json).</p>
      )}
      <div className="empty-actions">
        {hasBackup ? (
          <button type="button" className="primary" onClick={() => void store.runDocumentAction('recoverFromBackup')}>
            Open backup copy
          </button>
        ) : null}
        <button type="button" className={hasBackup ? '' : 'primary'} onClick={() => void store.runDocumentAction('newProgram')}>
          New program
        </button>
        <button type="button" onClick={() => void store.runDocumentAction('openProgram')}>
          Open…
        </button>
      </div>
    </main>
  );
}
