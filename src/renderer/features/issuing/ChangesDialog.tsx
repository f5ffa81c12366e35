/**
 * Changes since version N: per traveler, what changed in their itinerary since the version they
 * hold (the latest issued one unless the planner picks another). Only travelers with changes are
 * listed. It follows the program live, so an undo takes a change off the list at once.
 */
import { useId, useMemo, useRef, useState } from 'react';
import { useAppState } from '../../state/store-context';
import { changesSummary, changesView, issuedAtText } from './issuing-model';
import { useModal } from '../../ui/use-modal';
import './issuing.css';

export function ChangesDialog({ onClose }: { onClose: () => void }) {
  const program = useAppState((s) => s.program);
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const versions = useMemo(() => (program?.issues ?? []).map((v) => v.version), [program]);
  const [picked, setPicked] = useState<number | null>(null);
  useModal(ref);

  const latest = versions.at(-1) ?? null;
  const version = picked !== null && versions.includes(picked) ? picked : latest;
  const view = useMemo(() => (program && version !== null ? changesView(program, version) : null), [program, version]);

  return (
    <dialog
      ref={ref}
      className="export-dialog changes-dialog"
      aria-labelledby={titleId}
      data-testid="changes-view"
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
    >
      <h2 id={titleId}>{version === null ? 'Changes since the last issue' : `Changes since version ${version}`}</h2>
      {view === null ? (
        <p className="changes-empty">Nothing has been issued yet. Use “Issue itineraries…” to record what travelers receive.</p>
      ) : (
        <>
          <div className="changes-header">
            <p className="small muted">
              Issued {issuedAtText(view.issuedAt)}
              {view.note ? ` — ${view.note}` : ''}
            </p>
            {versions.length > 1 ? (
              <label className="changes-version">
                Since version
                <select aria-label="Since version" value={version ?? ''} onChange={(e) => setPicked(Number(e.target.value))}>
                  {versions.map((v) => (
                    <option key={v} value={v}>
                      {v}
                    </option>
                  ))}
                </select>
              </label>
            ) : null}
          </div>
          {view.travelers.length === 0 ? (
            <p className="changes-empty" role="status">
              No changes since version {view.version}
            </p>
          ) : (
            <>
              <p className="changes-summary" role="status">
                {changesSummary(view)}
              </p>
              <ul className="changes-list" aria-label="Travelers with changes">
                {view.travelers.map((t) => (
                  <li key={t.key} className="changes-traveler" data-traveler={t.key}>
                    <h3>
                      {t.name}
                      <span className="muted small">
                        {' '}
                        {t.kind === 'staff' ? 'staff' : 'participant'} · {t.lines.length === 1 ? '1 change' : `${t.lines.length} changes`}
                        {t.joinedAfter ? ' · joined after this version' : ''}
                      </span>
                    </h3>
                    <ul>
                      {t.lines.map((line, i) => (
                        <li key={`${line.activityId}-${i}`} data-activity={line.activityId}>
                          {line.text}
                        </li>
                      ))}
                    </ul>
                  </li>
                ))}
              </ul>
            </>
          )}
        </>
      )}
      <div className="export-actions">
        <button type="button" className="primary" onClick={onClose}>
          Close
        </button>
      </div>
    </dialog>
  );
}
