/**
 * Move to…: a keyboard user's drag. The new start is typed (date and time, at the activity's own
 * place, or at home time while the calendar shows home time); the activity keeps its length, and
 * the rest of the selection moves with it by the same amount, as a drop would move it. One undo step.
 */
import { useId, useRef, useState } from 'react';
import type { Activity } from '../../../shared/program/schema';
import { zoneOf } from '../../../shared/time';
import { useAppStore } from '../../state/store-context';
import { useModal } from '../../ui/use-modal';
import { WallDateTime } from '../../ui/WallDateTime';
import { dropEvent } from '../calendar/calendar-gestures';
import { isMacPlatform } from '../calendar/calendar-keys';
import '../../ui/dialog.css';

const NO_KEYS = { shiftKey: false, altKey: false, ctrlKey: false, metaKey: false };
const WALL = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/;

export function MoveToDialog({ activity, onClose }: { activity: Activity & { timing: { kind: 'scheduled' } }; onClose: () => void }) {
  const ref = useRef<HTMLDialogElement>(null);
  useModal(ref);
  const store = useAppStore();
  const titleId = useId();
  const inputId = useId();
  const { homeTime, program } = store.getState();
  const zone = homeTime && program ? program.homeTimeZone : zoneOf(activity.timing.start);
  const [value, setValue] = useState(activity.timing.start.slice(0, 16));
  const [error, setError] = useState<string | null>(null);

  const move = () => {
    if (!WALL.test(value)) return setError(`“${value}” is not a date and a time: type them like Mon, May 6, 2024 and 14:30`);
    const startMs = Date.parse(`${value}:00Z`);
    const lengthMs = Date.parse(`${activity.timing.end.slice(0, 19)}Z`) - Date.parse(`${activity.timing.start.slice(0, 19)}Z`);
    const allDay = activity.type === 'hotel-stay';
    let failed: string | null = null;
    const shown = store.getState().banner?.id;
    dropEvent(
      store,
      { id: activity.id, placed: { start: new Date(allDay ? Date.parse(`${value.slice(0, 10)}T00:00:00Z`) : startMs), end: new Date(startMs + lengthMs), allDay }, modifiers: NO_KEYS, revert: () => (failed = 'refused') },
      isMacPlatform(navigator.platform),
    );
    // A refusal is explained in the banner; the dialog stays open to try another time.
    if (failed || store.getState().banner?.id !== shown) return setError(store.getState().banner?.message ?? 'This move is not possible');
    onClose();
  };

  return (
    <dialog
      ref={ref}
      className="export-dialog move-to-dialog"
      aria-labelledby={titleId}
      onCancel={(e) => {
        e.preventDefault();
        onClose();
      }}
    >
      <h2 id={titleId}>Move “{activity.title}”</h2>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          move();
        }}
      >
        <div className="edit-field">
          <label htmlFor={inputId}>
            New start <span className="muted small">({zone})</span>
          </label>
          <WallDateTime id={inputId} label="New start" value={value} onChange={setValue} invalid={Boolean(error)} describedBy={error ? `${inputId}-error` : undefined} />
          {error ? (
            <p className="field-error" role="alert" id={`${inputId}-error`}>
              {error}
            </p>
          ) : null}
        </div>
        <p className="muted small">It keeps its length; other selected activities move with it.</p>
        <div className="export-actions">
          <button type="button" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className="primary">
            Move
          </button>
        </div>
      </form>
    </dialog>
  );
}
