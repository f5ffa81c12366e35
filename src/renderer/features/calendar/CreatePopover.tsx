/**
 * The small form that appears after selecting a time range: a type and a title, then one
 * `activity/create` command. It holds its own state so opening it never re-renders the calendar.
 */
import { useImperativeHandle, useState, type Ref } from 'react';
import { PLACE_ACTIVITY_TYPES, type PlaceActivity } from '../../../shared/program/schema';
import { useProgramStore } from '../../state/store-context';
import { activityFromSelection, newActivityId } from './create-activity';

export interface CreateTarget {
  start: string;
  end: string;
  x: number;
  y: number;
}

export interface CreatePopoverHandle {
  open(target: CreateTarget): void;
}

export function CreatePopover({ ref, onClose }: { ref: Ref<CreatePopoverHandle>; onClose: () => void }) {
  const store = useProgramStore();
  const [target, setTarget] = useState<CreateTarget | null>(null);
  const [type, setType] = useState<PlaceActivity['type']>('meeting');
  const [title, setTitle] = useState('');
  const [error, setError] = useState<string | null>(null);
  useImperativeHandle(ref, () => ({
    open(next) {
      setTarget(next);
      setTitle('');
      setError(null);
    },
  }));
  if (!target) return null;
  const close = () => {
    setTarget(null);
    onClose();
  };
  const create = () => {
    const { program, lens, homeTime } = store.getState();
    if (!program) return close();
    const outcome = activityFromSelection(
      program,
      lens,
      { start: target.start, end: target.end, type, title },
      newActivityId(program),
      homeTime ? program.homeTimeZone : null,
    );
    if (!outcome.ok) return setError(outcome.message);
    store.edit({ type: 'activity/create', activity: outcome.activity });
    store.select(outcome.activity.id);
    close();
  };
  return (
    <form
      className="create-popover"
      role="dialog"
      aria-label="New activity"
      style={{ left: Math.min(target.x, window.innerWidth - 280), top: Math.min(target.y, window.innerHeight - 200) }}
      onSubmit={(e) => {
        e.preventDefault();
        create();
      }}
      onKeyDown={(e) => {
        if (e.key === 'Escape') close();
      }}
    >
      <p className="muted small">
        {target.start.slice(0, 10)} {target.start.slice(11, 16)}–{target.end.slice(11, 16)}
      </p>
      <label>
        Type
        <select value={type} onChange={(e) => setType(e.target.value as PlaceActivity['type'])}>
          {PLACE_ACTIVITY_TYPES.map((t) => (
            <option key={t} value={t}>
              {t.replace('-', ' ')}
            </option>
          ))}
        </select>
      </label>
      <label>
        Title
        <input autoFocus value={title} onChange={(e) => setTitle(e.target.value)} aria-invalid={error ? true : undefined} />
      </label>
      {error ? (
        <p className="field-error" role="alert">
          {error}
        </p>
      ) : null}
      <div className="create-actions">
        <button type="button" onClick={close}>
          Cancel
        </button>
        <button type="submit">Create</button>
      </div>
    </form>
  );
}
