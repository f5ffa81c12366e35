/**
 * Clone program…: next year's program from this one (shared/clone). The planner picks the new
 * first day (proposed: the same weekday a year on), whether appointments start as ideas or as
 * requests, and what to keep; main asks where to save it, writes it and opens it here.
 */
import { useId, useRef, useState, type FormEvent } from 'react';
import { Temporal } from '../../../shared/time';
import { useAppState, useAppStore } from '../../state/store-context';
import { useModal } from '../../ui/use-modal';
import '../../ui/dialog.css';

/** The same weekday as `date`, 52 weeks on (a year later, within three days). */
export function sameWeekdayNextYear(date: string): string {
  return Temporal.PlainDate.from(date).add({ weeks: 52 }).toString();
}

function weekday(date: string): string {
  try {
    return Temporal.PlainDate.from(date).toLocaleString('en-US', { weekday: 'long' });
  } catch {
    return '';
  }
}

export function CloneDialog({ onClose }: { onClose: () => void }) {
  const store = useAppStore();
  const startDate = useAppState((s) => s.program?.startDate ?? null);
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const [start, setStart] = useState(startDate ? sameWeekdayNextYear(startDate) : '');
  const [appointments, setAppointments] = useState<'idea' | 'requested'>('requested');
  const [keep, setKeep] = useState({ keepRoster: false, keepIssues: false, keepDismissals: false });
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  useModal(ref);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    const result = await store.cloneProgram({ start, appointments, ...keep });
    setBusy(false);
    if (!result.ok) return setError(result.error.message);
    if (result.value) onClose();
  };
  return (
    <dialog
      ref={ref}
      className="export-dialog clone-dialog"
      aria-labelledby={titleId}
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
    >
      <form onSubmit={(e) => void submit(e)}>
        <h2 id={titleId}>Clone program</h2>
        <p className="small">
          Next year’s program from this one: every date moves by whole weeks, so each day keeps its weekday; every time stays the local time it was. Flights and hotels are marked to book again.
        </p>
        <label className="settings-field">
          <span>
            New first day <span className="muted small">{startDate ? `this program starts on a ${weekday(startDate)}` : ''}</span>
          </span>
          <input type="date" required value={start} data-testid="clone-start" onChange={(e) => setStart(e.target.value)} />
        </label>
        <fieldset>
          <legend>Meetings, site visits, meals and home hospitality become</legend>
          <label className="export-choice">
            <input type="radio" name="appointments" checked={appointments === 'requested'} onChange={() => setAppointments('requested')} /> requests to send to the hosts again
          </label>
          <label className="export-choice">
            <input type="radio" name="appointments" checked={appointments === 'idea'} onChange={() => setAppointments('idea')} /> ideas, not asked yet
          </label>
        </fieldset>
        <fieldset>
          <legend>Also keep</legend>
          {(
            [
              ['keepRoster', 'the participants (and their own flights and appointments)'],
              ['keepIssues', 'the issued itineraries (as history)'],
              ['keepDismissals', 'dismissed problems'],
            ] as const
          ).map(([key, label]) => (
            <label key={key} className="export-choice">
              <input type="checkbox" checked={keep[key]} onChange={(e) => setKeep({ ...keep, [key]: e.target.checked })} /> {label}
            </label>
          ))}
        </fieldset>
        {error ? (
          <p className="field-error" role="alert">
            {error}
          </p>
        ) : null}
        <div className="export-actions">
          <button type="button" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" disabled={busy || !start}>
            Clone…
          </button>
        </div>
      </form>
    </dialog>
  );
}
