/**
 * The live preview of a roster plan: how many rows become participants, are duplicates or are
 * refused; the first participants exactly as they will be stored; and every refused row with its
 * reason, so nothing is dropped without the planner seeing it.
 */
import type { Program } from '../../../shared/program/schema';
import type { ColumnMapping, RejectedRow, RosterPlan } from '../../../shared/roster/index';
import { FIELD_LABELS, previewFields, previewValue, summarize } from './roster-import-model';

/** Enough rows to check the mapping at a glance; the counts cover the rest. */
const PREVIEW_ROWS = 8;

export function RosterPreview({ plan, mapping, program }: { plan: RosterPlan; mapping: ColumnMapping; program: Program }) {
  const summary = summarize(plan);
  const fields = previewFields(mapping);
  const shown = plan.accepted.slice(0, PREVIEW_ROWS);
  return (
    <section className="roster-preview" aria-label="Preview">
      <ul className="roster-counts" aria-live="polite">
        <li data-testid="count-new">
          <strong>{summary.created}</strong> new
        </li>
        <li data-testid="count-duplicates">
          <strong>{summary.duplicates.length}</strong> duplicate{summary.duplicates.length === 1 ? '' : 's'}
        </li>
        <li data-testid="count-rejected" className={summary.rejected.length ? 'roster-count-bad' : undefined}>
          <strong>{summary.rejected.length}</strong> rejected
        </li>
        {plan.questions.length ? (
          <li className="roster-count-bad">
            <strong>{plan.questions.length}</strong> date{plan.questions.length === 1 ? '' : 's'} to confirm
          </li>
        ) : null}
      </ul>
      {summary.duplicates.length ? <p className="small muted">People already in the program are never changed by an import; their rows are listed as duplicates.</p> : null}
      {plan.warnings.map((w) => (
        <p key={w} className="roster-warning">
          Warning: {w}
        </p>
      ))}
      {shown.length ? (
        <div className="roster-table-wrap">
          <table className="roster-table" aria-label={`First ${shown.length} of ${plan.accepted.length} participants to import`}>
            <thead>
              <tr>
                <th scope="col">Row</th>
                {fields.map((f) => (
                  <th key={f} scope="col">
                    {FIELD_LABELS[f]}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {shown.map((row) => (
                <tr key={row.row}>
                  <td>{row.row}</td>
                  {fields.map((f) => (
                    <td key={f}>{previewValue(row, f, program)}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
          {plan.accepted.length > shown.length ? <p className="small muted">…and {plan.accepted.length - shown.length} more.</p> : null}
        </div>
      ) : null}
      <RejectedRows title="Duplicates (not imported)" rows={summary.duplicates} />
      <RejectedRows title="Rejected rows (not imported)" rows={summary.rejected} />
      {summary.rejected.length ? <p className="small muted">Fix these rows in the file and import it again: the people imported now are then reported as duplicates, not added twice.</p> : null}
    </section>
  );
}

/** Every refused row with its spreadsheet row number and reason. */
export function RejectedRows({ title, rows }: { title: string; rows: readonly RejectedRow[] }) {
  if (rows.length === 0) return null;
  return (
    <section className="roster-rejected" aria-label={title}>
      <h3>
        {title}: {rows.length}
      </h3>
      <ul>
        {rows.map((r) => (
          <li key={r.row}>
            <span className="roster-row-number">Row {r.row}</span> {r.reason}
          </li>
        ))}
      </ul>
    </section>
  );
}
