/**
 * The small form that appears after selecting a time range, pressing N or the New activity
 * button: type, title, start and end (prefilled, editable), then one `activity/create` command.
 * Fully keyboard operable: focus starts in the title and stays inside the form (Tab wraps),
 * Enter creates, Escape closes and focus goes back where it was. It holds its own state so
 * opening it never re-renders the calendar.
 */
import { useImperativeHandle, useRef, useState, type KeyboardEvent, type Ref } from 'react';
import type { Command } from '../../../shared/commands/types';
import { applyCommand } from '../../../shared/commands/apply';
import { adoptVenue, type DirectoryVenue } from '../../../shared/directory/index';
import { PLACE_ACTIVITY_TYPES, type PlaceActivity } from '../../../shared/program/schema';
import { useAppState, useAppStore } from '../../state/store-context';
import { DirectorySearch } from '../directory/DirectorySearch';
import { activityFromSelection, newActivityId } from './create-activity';

export interface CreateTarget {
  /** Wall times (YYYY-MM-DDTHH:MM[:SS]) as the calendar shows them. */
  start: string;
  end: string;
  x: number;
  y: number;
}

export interface CreatePopoverHandle {
  open(target: CreateTarget): void;
}

const LOCAL_MINUTES = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/;
const FOCUSABLE = 'input, select, textarea, button, [tabindex]:not([tabindex="-1"])';

export function CreatePopover({ ref, onClose }: { ref: Ref<CreatePopoverHandle>; onClose: () => void }) {
  const store = useAppStore();
  const homeTime = useAppState((s) => s.homeTime);
  const [target, setTarget] = useState<CreateTarget | null>(null);
  const [type, setType] = useState<PlaceActivity['type']>('meeting');
  const [title, setTitle] = useState('');
  const [start, setStart] = useState('');
  const [end, setEnd] = useState('');
  const [error, setError] = useState<string | null>(null);
  /** A venue from the organization directory, taken into the program with the activity. */
  const [place, setPlace] = useState<DirectoryVenue | null>(null);
  const formRef = useRef<HTMLFormElement>(null);
  /** What had focus before the form opened, to give it back. */
  const opener = useRef<HTMLElement | null>(null);
  useImperativeHandle(ref, () => ({
    open(next) {
      opener.current = document.activeElement instanceof HTMLElement && document.activeElement !== document.body ? document.activeElement : null;
      setTarget(next);
      setStart(next.start.slice(0, 16));
      setEnd(next.end.slice(0, 16));
      setTitle('');
      setError(null);
      setPlace(null);
    },
  }));
  if (!target) return null;
  const close = () => {
    setTarget(null);
    onClose();
    if (opener.current?.isConnected) opener.current.focus();
  };
  const create = () => {
    const { program, lens } = store.getState();
    if (!program) return close();
    if (!LOCAL_MINUTES.test(start) || !LOCAL_MINUTES.test(end)) return setError('Enter a start and an end date and time');
    // A directory venue joins the program (with its city when new) in the same undo step.
    const adopted = place ? adoptVenue(program, place) : null;
    const withPlace = adopted ? adopted.commands.reduce((p, c) => applyCommand(p, c).program, program) : program;
    const outcome = activityFromSelection(
      withPlace,
      lens,
      { start: `${start}:00`, end: `${end}:00`, type, title, ...(adopted?.cityId ? { place: { cityId: adopted.cityId, venueId: adopted.id } } : {}) },
      newActivityId(program),
      homeTime ? program.homeTimeZone : null,
    );
    if (!outcome.ok) return setError(outcome.message);
    const create: Command = { type: 'activity/create', activity: outcome.activity };
    const command: Command = adopted?.commands.length ? { type: 'batch', label: `Add “${outcome.activity.title}” at ${place?.name ?? 'a directory place'}`, commands: [...adopted.commands, create] } : create;
    if (!store.edit(command)) return;
    store.select(outcome.activity.id);
    close();
  };
  const onKeyDown = (e: KeyboardEvent<HTMLFormElement>) => {
    if (e.key === 'Escape') {
      // Handled here: the calendar's Escape (clear the selection) must not also run.
      e.preventDefault();
      e.stopPropagation();
      close();
      return;
    }
    // A select swallows Enter; the form should still create.
    if (e.key === 'Enter' && e.target instanceof HTMLSelectElement) {
      e.preventDefault();
      formRef.current?.requestSubmit();
      return;
    }
    if (e.key !== 'Tab') return;
    // Focus trap: Tab from the last field wraps to the first, Shift+Tab from the first to the last.
    const items = [...(formRef.current?.querySelectorAll<HTMLElement>(FOCUSABLE) ?? [])].filter((el) => !el.hasAttribute('disabled'));
    const first = items[0];
    const last = items.at(-1);
    if (!first || !last) return;
    if (e.shiftKey && document.activeElement === first) {
      e.preventDefault();
      last.focus();
    } else if (!e.shiftKey && document.activeElement === last) {
      e.preventDefault();
      first.focus();
    }
  };
  return (
    <form
      ref={formRef}
      className="create-popover"
      role="dialog"
      aria-modal="true"
      aria-label="New activity"
      style={{ left: Math.max(8, Math.min(target.x, window.innerWidth - 280)), top: Math.max(8, Math.min(target.y, window.innerHeight - 440)) }}
      onSubmit={(e) => {
        e.preventDefault();
        create();
      }}
      onKeyDown={onKeyDown}
    >
      <label>
        Title
        <input autoFocus value={title} onChange={(e) => setTitle(e.target.value)} aria-invalid={error ? true : undefined} />
      </label>
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
        Starts
        <input type="datetime-local" value={start} onChange={(e) => setStart(e.target.value)} />
      </label>
      <label>
        Ends
        <input type="datetime-local" value={end} onChange={(e) => setEnd(e.target.value)} />
      </label>
      {place ? (
        <p className="small" data-testid="create-place">
          At <b>{place.name}</b>, {place.place.city}{' '}
          <button type="button" className="link-button" onClick={() => setPlace(null)}>
            change
          </button>
        </p>
      ) : (
        <DirectorySearch kinds={['venue']} city={null} label="Place (from the directory)" onChoose={(hit) => hit.kind === 'venue' && setPlace(hit.entry)} />
      )}
      <p className="muted small">{homeTime ? 'Times in home time' : 'Times at the activity’s place'} · Enter creates, Esc cancels</p>
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
