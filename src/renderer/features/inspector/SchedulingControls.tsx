/**
 * Taking an activity off the calendar and putting it back: "Unschedule" sends a scheduled one to
 * the Unscheduled tray (keeping its duration); "Schedule at" places an unscheduled one by keyboard;
 * "Move to…" moves a scheduled one to a typed date and time.
 */
import { useState } from 'react';
import type { Activity, Program } from '../../../shared/program/schema';
import { useAppStore } from '../../state/store-context';
import { scheduleAt, zoneForScheduling } from '../../model/activity-edit';
import { MoveToDialog } from './MoveToDialog';

export function SchedulingControls({ activity, program }: { activity: Activity; program: Program }) {
  const store = useAppStore();
  const [draft, setDraft] = useState(`${program.startDate}T09:00`);
  const [error, setError] = useState<string | null>(null);
  const [moving, setMoving] = useState(false);
  if (activity.timing.kind === 'scheduled') {
    const scheduled = activity as Activity & { timing: { kind: 'scheduled' } };
    return (
      <>
        {/* The keyboard's drag: a date and time typed in (also the M key on the calendar). */}
        <button type="button" className="move-to" aria-haspopup="dialog" aria-keyshortcuts="M" onClick={() => setMoving(true)}>
          Move to…
        </button>
        <button type="button" className="unschedule" onClick={() => store.edit({ type: 'activity/unschedule', id: activity.id })}>
          Unschedule
        </button>
        {moving ? <MoveToDialog activity={scheduled} onClose={() => setMoving(false)} /> : null}
      </>
    );
  }
  const submit = () => {
    const result = scheduleAt(activity, program, draft);
    if (!result.ok) return setError(result.error);
    setError(null);
    store.edit({ type: 'activity/update', activity: result.activity });
  };
  return (
    <form
      className="schedule-at edit-field"
      onSubmit={(e) => {
        e.preventDefault();
        submit();
      }}
    >
      <label htmlFor="schedule-at">
        Schedule at <span className="muted small">({zoneForScheduling(activity, program)})</span>
      </label>
      <input id="schedule-at" type="datetime-local" value={draft} onChange={(e) => setDraft(e.target.value)} aria-invalid={error ? true : undefined} />
      {error ? (
        <p className="field-error" role="alert">
          {error}
        </p>
      ) : null}
      <button type="submit">Schedule</button>
    </form>
  );
}
