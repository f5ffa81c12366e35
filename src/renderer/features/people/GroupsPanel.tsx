/**
 * The groups beside the table: rename in place, recolor, see member counts, create and delete, and
 * drop dragged rows on a group to add those people to it. Each change is one undoable command.
 */
import { useEffect, useId, useLayoutEffect, useRef, useState, type DragEvent, type FormEvent, type KeyboardEvent, type RefObject } from 'react';
import type { Group, Program } from '../../../shared/program/schema';
import { useAppStore } from '../../state/store-context';
import { ConfirmDelete } from './ConfirmDelete';
import { InterpreterPairs, LanguageCoverage } from './LanguageCoverage';
import { deleteImpact } from './delete-impact';
import { decodePeopleDrag, PEOPLE_DRAG_TYPE } from './drag-data';
import { createGroup, recolorGroup, renameGroup, type GroupEdit } from './group-edit';
import { membershipChange } from './membership';
import type { PersonKind } from './people-rows';

type Announce = (message: string) => void;

/** Back to the group's name after renaming, unless the planner already clicked somewhere else. */
function refocus(ref: RefObject<HTMLButtonElement | null>): void {
  requestAnimationFrame(() => {
    const active = document.activeElement;
    if (!active || active === document.body) ref.current?.focus();
  });
}

/** Only rows dragged from the People tables can be dropped on a group (not text, not files). */
function accepts(e: DragEvent): boolean {
  return e.dataTransfer.types.includes(PEOPLE_DRAG_TYPE);
}

function NameEditor({ group, commit, cancel }: { group: Group; commit: (raw: string) => string | null; cancel: () => void }) {
  const [draft, setDraft] = useState(group.name);
  const [error, setError] = useState<string | null>(null);
  const done = useRef(false);
  const errorId = useId();
  const save = () => {
    if (done.current) return;
    const problem = commit(draft);
    setError(problem);
    if (!problem) done.current = true;
  };
  const onKeyDown = (e: KeyboardEvent) => {
    e.stopPropagation();
    if (e.key === 'Enter') {
      e.preventDefault();
      save();
    } else if (e.key === 'Escape') {
      e.preventDefault();
      done.current = true;
      cancel();
    }
  };
  return (
    <span className="group-name-editor">
      <input
        aria-label={`Name of group ${group.name}`}
        value={draft}
        autoFocus
        onFocus={(e) => e.currentTarget.select()}
        onChange={(e) => setDraft(e.target.value)}
        onKeyDown={onKeyDown}
        onBlur={save}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? errorId : undefined}
      />
      {error ? (
        <span className="field-error" role="alert" id={errorId}>
          {error}
        </span>
      ) : null}
    </span>
  );
}

/**
 * input type=color fires `input` on every move of the picker and `change` once it closes: the swatch
 * follows the picker, and only `change` commits, so one pick is one undo step.
 */
function ColorInput({ group, commit }: { group: Group; commit: (color: string) => void }) {
  const ref = useRef<HTMLInputElement>(null);
  const commitRef = useRef(commit);
  useLayoutEffect(() => {
    commitRef.current = commit;
  });
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const onChange = () => commitRef.current(el.value);
    el.addEventListener('change', onChange);
    return () => el.removeEventListener('change', onChange);
  }, []);
  return <input ref={ref} type="color" className="group-color" aria-label={`Color of ${group.name}`} defaultValue={group.color.toLowerCase()} />;
}

function GroupItem({ group, kind, program, announce, apply, onDelete }: { group: Group; kind: PersonKind; program: Program; announce: Announce; apply: (edit: GroupEdit) => string | null; onDelete: () => void }) {
  const store = useAppStore();
  const [renaming, setRenaming] = useState(false);
  const [over, setOver] = useState(false);
  const nameRef = useRef<HTMLButtonElement>(null);
  const onDrop = (e: DragEvent) => {
    setOver(false);
    if (!accepts(e)) return;
    e.preventDefault();
    const drag = decodePeopleDrag(e.dataTransfer.getData(PEOPLE_DRAG_TYPE));
    if (!drag) return;
    const change = membershipChange(program, drag.kind, group.id, drag.ids, 'add');
    if (!change.command) return announce(change.reason);
    if (store.edit(change.command)) announce(change.done);
  };
  const counts = `${group.participantIds.length} participant${group.participantIds.length === 1 ? '' : 's'} · ${group.staffIds.length} staff`;
  return (
    <li
      className={`groups-item${over ? ' is-drop-target' : ''}${kind === 'staff' ? ' shows-staff' : ''}`}
      data-group-id={group.id}
      onDragEnter={(e) => accepts(e) && setOver(true)}
      onDragOver={(e) => {
        if (!accepts(e)) return;
        e.preventDefault();
        e.dataTransfer.dropEffect = 'copy';
      }}
      onDragLeave={(e) => {
        if (!e.currentTarget.contains(e.relatedTarget as Node | null)) setOver(false);
      }}
      onDrop={onDrop}
    >
      <ColorInput key={group.color} group={group} commit={(color) => apply(recolorGroup(group, color))} />
      <div className="groups-item-main">
        {renaming ? (
          <NameEditor
            group={group}
            commit={(raw) => {
              const problem = apply(renameGroup(program, group, raw));
              if (!problem) {
                setRenaming(false);
                refocus(nameRef);
              }
              return problem;
            }}
            cancel={() => {
              setRenaming(false);
              refocus(nameRef);
            }}
          />
        ) : (
          <button type="button" ref={nameRef} className="groups-item-name" title="Rename" aria-label={`Rename group ${group.name}`} onClick={() => setRenaming(true)}>
            {group.name}
          </button>
        )}
        <span className="muted small" data-testid="group-counts">
          {counts}
        </span>
        <LanguageCoverage program={program} group={group} />
      </div>
      <button type="button" className="icon-button" aria-label={`Delete group ${group.name}`} title={`Delete group ${group.name}`} onClick={onDelete}>
        ✕
      </button>
    </li>
  );
}

export function GroupsPanel({ program, kind, announce }: { program: Program; kind: PersonKind; announce: Announce }) {
  const store = useAppStore();
  const [name, setName] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [deleting, setDeleting] = useState<string | null>(null);
  const inputId = useId();

  /** Sends a validated group edit; returns the refusal to show, or null. */
  const apply = (edit: GroupEdit): string | null => {
    if (!edit.ok) return edit.error;
    if (edit.command && !store.edit(edit.command)) return 'Not saved: see the message above';
    return null;
  };
  const create = (e: FormEvent) => {
    e.preventDefault();
    const edit = createGroup(program, name);
    const problem = apply(edit);
    setError(problem);
    if (!problem) {
      announce(`Created group ${name.trim()}.`);
      setName('');
    }
  };
  const impact = deleting ? deleteImpact(program, { collection: 'groups', id: deleting }) : null;

  return (
    <aside className="groups-panel" aria-label="Groups">
      <h2 className="section-title">Groups ({program.groups.length})</h2>
      <p className="muted small">Drop {kind === 'participants' ? 'participants' : 'staff'} on a group to add them.</p>
      {impact ? (
        <ConfirmDelete
          impact={impact}
          onCancel={() => setDeleting(null)}
          onConfirm={() => {
            if (store.edit(impact.command)) announce(`Deleted ${impact.name}.`);
            setDeleting(null);
          }}
        />
      ) : null}
      <ul className="plain-list groups-list">
        {program.groups.map((g) => (
          <GroupItem key={g.id} group={g} kind={kind} program={program} announce={announce} apply={apply} onDelete={() => setDeleting(g.id)} />
        ))}
      </ul>
      <InterpreterPairs program={program} />
      <form className="new-group" onSubmit={create}>
        <label htmlFor={inputId}>New group</label>
        <div className="new-group-row">
          <input
            id={inputId}
            value={name}
            placeholder="Name"
            onChange={(e) => setName(e.target.value)}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? `${inputId}-error` : undefined}
          />
          <button type="submit">Create group</button>
        </div>
        {error ? (
          <p className="field-error" role="alert" id={`${inputId}-error`}>
            {error}
          </p>
        ) : null}
      </form>
    </aside>
  );
}
