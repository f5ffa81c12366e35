/**
 * Import roster…: main asks for the file and decodes it (roster:read); here the planner checks the
 * column mapping, settles the day/month order when the file's dates allow both, and sees a live
 * preview computed by the same planner `ivlp import-roster` uses. "Import N participants" applies
 * the plan's one batch command through store.edit, so a single Undo takes the whole roster out.
 * A native modal <dialog>: focus stays inside, Escape cancels, focus returns to the opener.
 */
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import type { RosterRead } from '../../../shared/ipc/contract';
import { detectMapping, planRosterImport, type ColumnMapping as Mapping, type RejectedRow, type RosterField } from '../../../shared/roster/index';
import { getApi } from '../../api';
import { useAppState, useAppStore } from '../../state/store-context';
import { useModal } from '../../ui/use-modal';
import { ColumnMapping } from './ColumnMapping';
import { DateOrder } from './DateOrder';
import { RejectedRows, RosterPreview } from './RosterPreview';
import { formatDescription, IGNORE, importedMessage, importLabel, remap } from './roster-import-model';
import '../../ui/dialog.css';
import './roster-import.css';

type Phase =
  | { step: 'reading' }
  | { step: 'failed'; message: string }
  | { step: 'mapping' }
  | { step: 'done'; message: string; leftOut: RejectedRow[] };

export function RosterImportDialog({ onClose }: { onClose: () => void }) {
  const store = useAppStore();
  const program = useAppState((s) => s.program);
  const docId = useAppState((s) => s.doc?.docId ?? null);
  const readOnly = useAppState((s) => s.doc?.readOnlyReason ?? null);
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const [phase, setPhase] = useState<Phase>({ step: 'reading' });
  const [roster, setRoster] = useState<RosterRead | null>(null);
  const [mapping, setMapping] = useState<Mapping>(new Map());
  const [dayFirst, setDayFirst] = useState<boolean | undefined>(undefined);
  useModal(ref);

  const choose = async (previous: RosterRead | null) => {
    const api = getApi();
    if (!api || !docId) return onClose();
    setPhase({ step: 'reading' });
    const result = await api.readRoster({ docId });
    if (!result.ok) return setPhase({ step: 'failed', message: result.error.message });
    if (!result.value) {
      // Cancelled the file dialog: back to the roster shown before, or nothing to show at all.
      if (previous) setPhase({ step: 'mapping' });
      else onClose();
      return;
    }
    setRoster(result.value);
    setMapping(detectMapping(result.value.rows[0] ?? []));
    setDayFirst(undefined);
    setPhase({ step: 'mapping' });
  };

  // Ask for the file as soon as the dialog opens: the toolbar button means "pick a roster".
  const started = useRef(false);
  useEffect(() => {
    if (started.current) return;
    started.current = true;
    void choose(null);
  });

  const plan = useMemo(
    () => (roster && program && phase.step === 'mapping' ? planRosterImport(program, roster.rows, mapping, { date1904: roster.date1904, ...(dayFirst === undefined ? {} : { dayFirst }) }) : null),
    [roster, program, mapping, dayFirst, phase.step],
  );
  // Once answered, the question stays on screen so the planner can change the answer: its example
  // comes from the plan as it would be unanswered.
  const question = useMemo(() => {
    if (!plan || dayFirst === undefined) return plan?.questions[0] ?? null;
    return roster && program ? (planRosterImport(program, roster.rows, mapping, { date1904: roster.date1904 }).questions[0] ?? null) : null;
  }, [plan, dayFirst, roster, program, mapping]);

  // When the mapping first appears, focus moves into it (the element that had focus is gone).
  useEffect(() => {
    if (phase.step === 'mapping') ref.current?.querySelector<HTMLElement>('select, input, button.primary')?.focus();
    if (phase.step === 'done' || phase.step === 'failed') ref.current?.querySelector<HTMLElement>('.export-actions button.primary, .export-actions button')?.focus();
  }, [phase.step]);

  const importNow = () => {
    if (!plan?.command || readOnly) return;
    const count = plan.accepted.length;
    if (store.edit(plan.command)) setPhase({ step: 'done', message: importedMessage(count, plan.rejected.length), leftOut: plan.rejected });
  };

  const onMap = (index: number, field: RosterField | typeof IGNORE) => setMapping((m) => remap(m, index, field));
  const count = plan?.accepted.length ?? 0;

  return (
    <dialog
      ref={ref}
      className="export-dialog roster-dialog"
      aria-labelledby={titleId}
      aria-busy={phase.step === 'reading'}
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
    >
      <h2 id={titleId}>Import roster</h2>
      {roster && phase.step !== 'failed' ? (
        <p className="roster-file" data-testid="roster-format">
          <strong>{roster.fileName}</strong> · {formatDescription(roster)} · {Math.max(0, roster.rows.length - 1)} rows after the header
        </p>
      ) : null}
      <div className="roster-scroll">
        {phase.step === 'reading' ? (
          <p className="small muted" role="status">
            Choose a roster file (CSV or Excel .xlsx)…
          </p>
        ) : null}
        {phase.step === 'failed' ? (
          <p className="export-outcome export-failed" role="alert">
            {phase.message}
          </p>
        ) : null}
        {phase.step === 'mapping' && roster && plan && program ? (
          <div className="roster-body">
            <ColumnMapping rows={roster.rows} mapping={mapping} onChange={onMap} />
            {question ? <DateOrder question={question} dayFirst={dayFirst} onChange={setDayFirst} /> : null}
            <RosterPreview plan={plan} mapping={mapping} program={program} />
            {readOnly ? <p className="issue-warning">{readOnly}</p> : null}
          </div>
        ) : null}
        {phase.step === 'done' ? (
          <>
            <p className="export-outcome export-done" role="status">
              {phase.message}
            </p>
            <RejectedRows title="Not imported" rows={phase.leftOut} />
          </>
        ) : null}
      </div>
      <div className="export-actions">
        {phase.step === 'done' ? (
          <button type="button" className="primary" onClick={onClose}>
            Close
          </button>
        ) : (
          <>
            <button type="button" disabled={phase.step === 'reading'} onClick={() => void choose(roster)}>
              Choose another file…
            </button>
            <button type="button" onClick={onClose}>
              Cancel
            </button>
            {phase.step === 'mapping' ? (
              <button
                type="button"
                className="primary"
                disabled={!plan?.command || readOnly !== null}
                title={plan?.questions.length ? 'Say how the dates are written first' : count === 0 ? 'No row can be imported' : undefined}
                onClick={importNow}
              >
                {importLabel(count)}
              </button>
            ) : null}
          </>
        )}
      </div>
    </dialog>
  );
}
