/**
 * State the app publishes on <html> for tests and benchmarks to wait on (never sleeps):
 * data-program-revision (main's confirmed revision) and data-save-status.
 */
import { useEffect } from 'react';
import { useAppState } from '../state/store-context';

export function useAppSignals(): void {
  const revision = useAppState((s) => (s.doc ? s.revision : null));
  const docId = useAppState((s) => s.doc?.docId ?? null);
  const saveStatus = useAppState((s) => (s.doc?.readOnlyReason ? 'read-only' : (s.saveState?.status ?? null)));
  const pendingEdits = useAppState((s) => s.pendingEdits);

  useEffect(() => {
    const data = document.documentElement.dataset;
    if (revision === null) delete data.programRevision;
    else data.programRevision = String(revision);
    if (docId === null) delete data.docId;
    else data.docId = docId;
    if (saveStatus === null) delete data.saveStatus;
    else data.saveStatus = saveStatus;
    data.pendingEdits = String(pendingEdits);
  }, [revision, docId, saveStatus, pendingEdits]);
}
