/**
 * State the app publishes on <html> for tests and benchmarks to wait on (never sleeps):
 * data-program-revision (main's confirmed revision), data-save-status, and data-problems-check-ms
 * (how long the conflict engine took for the last change of the painted program), and
 * data-program-seq / data-problems-seq (equal once the problems caught up with the painted program).
 */
import { useEffect } from 'react';
import { useAppState } from '../state/store-context';

export function useAppSignals(): void {
  const revision = useAppState((s) => (s.doc ? s.revision : null));
  const docId = useAppState((s) => s.doc?.docId ?? null);
  const saveStatus = useAppState((s) => (s.doc?.readOnlyReason ? 'read-only' : (s.saveState?.status ?? null)));
  const pendingEdits = useAppState((s) => s.pendingEdits);
  const checkMs = useAppState((s) => s.problems?.checkMs ?? null);
  const programSeq = useAppState((s) => s.programSeq);
  const problemsSeq = useAppState((s) => s.problemsSeq);

  useEffect(() => {
    const data = document.documentElement.dataset;
    if (revision === null) delete data.programRevision;
    else data.programRevision = String(revision);
    if (docId === null) delete data.docId;
    else data.docId = docId;
    if (saveStatus === null) delete data.saveStatus;
    else data.saveStatus = saveStatus;
    data.pendingEdits = String(pendingEdits);
    if (checkMs === null) delete data.problemsCheckMs;
    else data.problemsCheckMs = checkMs.toFixed(2);
    data.programSeq = String(programSeq);
    data.problemsSeq = String(problemsSeq);
  }, [revision, docId, saveStatus, pendingEdits, checkMs, programSeq, problemsSeq]);
}
