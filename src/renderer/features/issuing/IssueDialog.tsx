/**
 * Issue itineraries…: records a numbered version of what every traveler holds, with an optional
 * note, as one undoable edit. Open error-severity problems are named first (a warning: the
 * planner may have a reason to issue anyway).
 */
import { useId, useRef, useState, type FormEvent } from 'react';
import { useAppState, useAppStore } from '../../state/store-context';
import { errorWarning, issueCommand, issuedMessage } from './issuing-model';
import { useModal } from '../../ui/use-modal';
import './issuing.css';

export function IssueDialog({ onClose, onShowChanges }: { onClose: () => void; onShowChanges: () => void }) {
  const store = useAppStore();
  const nextVersion = useAppState((s) => (s.program?.issues.at(-1)?.version ?? 0) + 1);
  const errors = useAppState((s) => s.problems?.counts.error ?? 0);
  const readOnly = useAppState((s) => s.doc?.readOnlyReason ?? null);
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const [note, setNote] = useState('');
  const [done, setDone] = useState<string | null>(null);
  useModal(ref);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const program = store.getState().program;
    if (!program || done) return;
    const command = issueCommand(program, note, new Date());
    if (store.edit(command)) setDone(issuedMessage(command.issued));
  };

  const warning = errorWarning(errors);
  return (
    <dialog
      ref={ref}
      className="export-dialog issue-dialog"
      aria-labelledby={titleId}
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
    >
      <form onSubmit={submit}>
        <h2 id={titleId}>Issue itineraries</h2>
        {done ? (
          <p className="export-outcome export-done" role="status">
            {done}
          </p>
        ) : (
          <>
            <p className="small">
              Records version {nextVersion}: what every participant and staff member holds now. Later edits are listed as changes since this version.
            </p>
            {warning ? (
              <p className="issue-warning" role="alert">
                {warning}
              </p>
            ) : null}
            {readOnly ? <p className="issue-warning">{readOnly}</p> : null}
            <label className="issue-note">
              Note (optional)
              <textarea value={note} maxLength={2000} rows={3} placeholder="e.g. Sent before arrival in Washington" onChange={(e) => setNote(e.target.value)} />
            </label>
          </>
        )}
        <div className="export-actions">
          {done ? (
            <>
              <button type="button" onClick={onShowChanges}>
                Show changes
              </button>
              <button type="button" className="primary" onClick={onClose}>
                Close
              </button>
            </>
          ) : (
            <>
              <button type="button" onClick={onClose}>
                Cancel
              </button>
              <button type="submit" className="primary" disabled={readOnly !== null}>
                Issue version {nextVersion}
              </button>
            </>
          )}
        </div>
      </form>
    </dialog>
  );
}
