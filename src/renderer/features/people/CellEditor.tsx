/**
 * The editor that replaces a table cell while it is edited. Enter (or leaving the cell) commits,
 * Escape cancels; a refused value stays in the editor with the reason beside it, and nothing is sent.
 * `commit` returns the refusal's message, or null once the edit has gone to the store.
 */
import { useId, useRef, useState, type FocusEvent, type KeyboardEvent } from 'react';
import type { Group } from '../../../shared/program/schema';
import { STAFF_ROLE_LABELS, type Column } from './people-rows';

interface EditorProps {
  column: Column;
  /** The person's name, for the editor's accessible label. */
  who: string;
  initial: string;
  commit: (raw: string) => string | null;
  cancel: () => void;
}

const ROLE_OPTIONS = Object.entries(STAFF_ROLE_LABELS);

export function CellEditor({ column, who, initial, commit, cancel }: EditorProps) {
  const [draft, setDraft] = useState(initial);
  const [error, setError] = useState<string | null>(null);
  // Escape and Enter end the edit themselves; the blur that follows must not commit a second time.
  const done = useRef(false);
  const errorId = useId();
  const label = `${column.label} of ${who}`;

  const save = (raw: string) => {
    if (done.current) return;
    const problem = commit(raw);
    setError(problem);
    if (!problem) done.current = true;
  };
  const onKeyDown = (e: KeyboardEvent<HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement>) => {
    // The table's own keys (and the calendar's shortcuts) must not see keys meant for the editor.
    e.stopPropagation();
    if (e.key === 'Escape') {
      e.preventDefault();
      done.current = true;
      cancel();
    } else if (e.key === 'Enter' && !(column.editor === 'notes' && e.shiftKey)) {
      e.preventDefault();
      save(draft);
    }
  };
  const common = {
    'aria-label': label,
    'aria-invalid': error ? true : undefined,
    'aria-describedby': error ? errorId : undefined,
    autoFocus: true,
    onKeyDown,
    onBlur: () => save(draft),
  };

  let control;
  if (column.editor === 'role') {
    control = (
      <select
        {...common}
        value={draft}
        onChange={(e) => {
          setDraft(e.target.value);
          save(e.target.value);
        }}
      >
        {ROLE_OPTIONS.map(([value, text]) => (
          <option key={value} value={value}>
            {text}
          </option>
        ))}
      </select>
    );
  } else if (column.editor === 'notes') {
    control = <textarea {...common} rows={3} value={draft} onChange={(e) => setDraft(e.target.value)} />;
  } else {
    control = (
      <input
        {...common}
        type="text"
        value={draft}
        placeholder={column.hint}
        spellCheck={column.editor !== 'date'}
        onChange={(e) => setDraft(e.target.value)}
        onFocus={(e) => e.currentTarget.select()}
      />
    );
  }
  return (
    <div className="cell-editor">
      {control}
      {error ? (
        <p className="field-error cell-error" role="alert" id={errorId}>
          {error}
        </p>
      ) : null}
    </div>
  );
}

/**
 * The Groups cell: a checklist of every group. Enter or "Done" commits the ticked set as one
 * command, Escape cancels, and moving focus out of the checklist commits (as leaving a text cell does).
 */
export function GroupsEditor({ who, groups, initial, commit, cancel }: { who: string; groups: readonly Group[]; initial: readonly string[]; commit: (ids: string[]) => void; cancel: () => void }) {
  const [chosen, setChosen] = useState(() => new Set(initial));
  const done = useRef(false);
  const finish = () => {
    if (done.current) return;
    done.current = true;
    commit(groups.filter((g) => chosen.has(g.id)).map((g) => g.id));
  };
  const onKeyDown = (e: KeyboardEvent) => {
    e.stopPropagation();
    if (e.key === 'Escape') {
      e.preventDefault();
      done.current = true;
      cancel();
    } else if (e.key === 'Enter') {
      e.preventDefault();
      finish();
    }
  };
  const onBlur = (e: FocusEvent) => {
    if (!e.currentTarget.contains(e.relatedTarget as Node | null)) finish();
  };
  return (
    <fieldset className="cell-editor groups-editor" onKeyDown={onKeyDown} onBlur={onBlur}>
      <legend className="visually-hidden">Groups of {who}</legend>
      {groups.length === 0 ? <p className="muted small">No groups yet: create one in the Groups panel.</p> : null}
      {groups.map((g, i) => (
        <label key={g.id} className="groups-editor-option">
          <input
            type="checkbox"
            autoFocus={i === 0}
            checked={chosen.has(g.id)}
            onChange={(e) => {
              const next = new Set(chosen);
              if (e.target.checked) next.add(g.id);
              else next.delete(g.id);
              setChosen(next);
            }}
          />
          <span className="swatch" style={{ backgroundColor: g.color }} aria-hidden="true" />
          {g.name}
        </label>
      ))}
      <button type="button" className="groups-editor-done" onClick={finish}>
        Done
      </button>
    </fieldset>
  );
}
