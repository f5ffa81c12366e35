/**
 * The Participants or Staff table: search, sort by any column, edit any cell in place, select rows
 * (checkboxes, shift-click for a range) to add them to or remove them from a group, drag rows onto
 * a group, add and delete people. Every committed change is one undoable command through the store.
 */
import { useCallback, useDeferredValue, useId, useLayoutEffect, useMemo, useRef, useState, type DragEvent } from 'react';
import type { Program } from '../../../shared/program/schema';
import { useAppStore } from '../../state/store-context';
import { AddPersonForm } from './AddPersonForm';
import { ConfirmDelete } from './ConfirmDelete';
import { deleteImpact } from './delete-impact';
import { encodePeopleDrag, PEOPLE_DRAG_TYPE } from './drag-data';
import { GroupMenu } from './GroupMenu';
import { uniqueId } from './ids';
import { membershipChange, memberKey, setGroupsCommand } from './membership';
import { buildRows, columnsOf, displayName, filterRows, nextSort, sortRows, type ColumnKey, type Person, type PersonKind, type SortState } from './people-rows';
import { COLUMN_WIDTHS } from './people-columns';
import { readColumnChoice, shownColumns, toggleColumn, writeColumnChoice } from './column-choice';
import { ROW_HEIGHT, useWindowedRows } from './use-windowed-rows';
import { applyPersonEdit, personUpdateCommand } from './person-edit';
import { PersonRowView, type RowHandlers } from './PersonRowView';
import { clickRow, NO_SELECTION, selectedShown, toggleAll, type RowSelection } from './selection';

interface Props {
  kind: PersonKind;
  program: Program;
  /** Says something to screen readers and sighted users alike (the People view's status line). */
  announce: (message: string) => void;
}

export function PeopleTable({ kind, program, announce }: Props) {
  const store = useAppStore();
  const searchId = useId();
  const [choice, setChoice] = useState(() => readColumnChoice(kind));
  const columns = useMemo(() => shownColumns(kind, choice), [kind, choice]);
  const chooseColumn = (key: string) => {
    const next = toggleColumn(kind, choice, key);
    setChoice(next);
    writeColumnChoice(kind, next);
  };
  const { participants, staff, groups } = program;
  const year = Number(program.startDate.slice(0, 4));
  const rows = useMemo(() => buildRows({ participants, staff, groups }, kind), [participants, staff, groups, kind]);
  const [query, setQuery] = useState('');
  // Typing stays responsive on a large roster: filtering runs on the deferred query.
  const deferredQuery = useDeferredValue(query);
  const [sort, setSort] = useState<SortState | null>(null);
  const visible = useMemo(() => sortRows(filterRows(rows, deferredQuery), sort), [rows, deferredQuery, sort]);
  const order = useMemo(() => visible.map((r) => r.id), [visible]);
  const [selection, setSelection] = useState<RowSelection>(NO_SELECTION);
  const [editing, setEditing] = useState<{ id: string; key: ColumnKey } | null>(null);
  const [deleting, setDeleting] = useState<string | null>(null);
  const [adding, setAdding] = useState(false);
  const [highlight, setHighlight] = useState<string | null>(null);
  const tableRef = useRef<HTMLTableElement>(null);
  const scrollRef = useRef<HTMLDivElement>(null);
  const { window: rowsShown, reveal } = useWindowedRows(scrollRef, visible.length, ROW_HEIGHT);
  const focusAfter = useRef<{ id: string; key: ColumnKey | 'row' } | null>(null);

  const chosen = useMemo(() => selectedShown(selection, order), [selection, order]);
  const noun = kind === 'participants' ? 'participant' : 'staff member';
  const nouns = kind === 'participants' ? 'participants' : 'staff';

  // Row callbacks read the latest state through this ref, so they stay the same functions and the
  // memoized rows do not re-render when the program or the selection changes elsewhere.
  const latest = useRef({ program, kind, order, chosen, year });
  useLayoutEffect(() => {
    latest.current = { program, kind, order, chosen, year };
  });

  // After an edit ends, focus returns to the cell (or row) it came from, once the button is back;
  // but only when the focus went nowhere (the editor or dialog unmounted under it): an edit that
  // ended because the planner clicked elsewhere leaves the focus where they clicked.
  useLayoutEffect(() => {
    const target = focusAfter.current;
    if (!target || !tableRef.current) return;
    const row = tableRef.current.querySelector<HTMLElement>(`tr[data-row-id="${CSS.escape(target.id)}"]`);
    // Only rows in view are in the page: scroll the row in, and this runs again once it is drawn.
    if (!row) return reveal(order.indexOf(target.id));
    const el = target.key === 'row' ? row?.querySelector<HTMLElement>('.cell-button') : row?.querySelector<HTMLElement>(`td[data-col="${target.key}"] .cell-button`);
    if (!el) return;
    focusAfter.current = null;
    if (target.key === 'row') el.scrollIntoView({ block: 'nearest' });
    const active = document.activeElement;
    if (!active || active === document.body) el.focus();
  });

  const handlers: RowHandlers = useMemo(
    () => ({
      check: (id, shift) => setSelection((s) => clickRow(s, latest.current.order, id, shift)),
      startEdit: (id, key) => setEditing({ id, key }),
      cancelEdit: () =>
        setEditing((current) => {
          if (current) focusAfter.current = current;
          return null;
        }),
      commitCell: (id, key, raw) => {
        const { program: p, kind: k, year: y } = latest.current;
        const person = (p[k] as readonly Person[]).find((x) => x.id === id);
        if (!person) return 'This person was deleted';
        const result = applyPersonEdit(k, person, key, raw, y);
        if (!result.ok) return result.error;
        if (result.changed && !store.edit(personUpdateCommand(k, person, result.entity, key))) return 'Not saved: see the message above';
        focusAfter.current = { id, key };
        setEditing(null);
        return null;
      },
      commitGroups: (id, groupIds) => {
        const { program: p, kind: k } = latest.current;
        const command = setGroupsCommand(p, k, id, groupIds);
        if (command) store.edit(command);
        focusAfter.current = { id, key: 'groups' };
        setEditing(null);
      },
      askDelete: (id) => setDeleting(id),
      dragStart: (id, e: DragEvent) => {
        const { chosen: selected, kind: k } = latest.current;
        // Dragging a selected row drags the whole selection; any other row goes alone.
        const ids = selected.includes(id) ? selected : [id];
        e.dataTransfer.setData(PEOPLE_DRAG_TYPE, encodePeopleDrag({ kind: k, ids }));
        e.dataTransfer.effectAllowed = 'copy';
      },
    }),
    [store],
  );

  const changeMembers = useCallback(
    (groupId: string, action: 'add' | 'remove') => {
      const change = membershipChange(program, kind, groupId, chosen, action);
      if (!change.command) return announce(change.reason);
      if (store.edit(change.command)) announce(change.done);
    },
    [program, kind, chosen, store, announce],
  );

  const addPerson = (make: (id: string) => Person): string | null => {
    const taken = new Set((program[kind] as readonly Person[]).map((p) => p.id));
    const draft = make('x');
    const id = uniqueId(kind === 'participants' ? 'p' : 's', `${draft.familyName} ${draft.givenName}`, taken);
    const person = make(id);
    const ok = store.edit({ type: 'batch', label: `Add ${noun} ${displayName(person)}`, commands: [{ type: 'entity/create', collection: kind, entity: person }] });
    if (!ok) return 'Not added: see the message above';
    // The new row must be visible: a search that would hide it is cleared.
    setQuery('');
    setHighlight(id);
    focusAfter.current = { id, key: 'row' };
    announce(`Added ${displayName(person)}.`);
    return null;
  };

  const impact = deleting ? deleteImpact(program, { collection: kind, id: deleting }) : null;
  const confirmDelete = () => {
    if (!impact || !deleting) return setDeleting(null);
    const index = order.indexOf(deleting);
    if (store.edit(impact.command)) {
      announce(`Deleted ${impact.name}.`);
      setSelection((s) => ({ ids: new Set([...s.ids].filter((x) => x !== deleting)), anchor: s.anchor === deleting ? null : s.anchor }));
      // Focus moves to the next row (or the previous one at the end), never to the page's top.
      const next = order[index + 1] ?? order[index - 1];
      if (next) focusAfter.current = { id: next, key: 'row' };
    }
    setDeleting(null);
  };

  const allShownSelected = order.length > 0 && chosen.length === order.length;
  const memberGroups = useMemo(() => {
    const ids = new Set(chosen);
    const key = memberKey(kind);
    return groups.filter((g) => g[key].some((id) => ids.has(id)));
  }, [groups, chosen, kind]);

  return (
    <div className="people-table-wrap">
      <div className="people-bar">
        <label htmlFor={searchId} className="visually-hidden">
          Search {nouns}
        </label>
        <input
          id={searchId}
          type="search"
          className="people-search"
          placeholder={kind === 'participants' ? 'Search name, country, group, language, notes…' : 'Search name, role, email, group, language, notes…'}
          value={query}
          onChange={(e) => setQuery(e.target.value)}
        />
        <span className="muted small" aria-live="polite" data-testid="people-count">
          {visible.length === rows.length ? `${rows.length} ${nouns}` : `${visible.length} of ${rows.length} ${nouns}`}
        </span>
        <span className="people-bar-spacer" />
        <details className="column-chooser">
          <summary data-testid="choose-columns">Columns…</summary>
          <fieldset className="column-chooser-list">
            <legend>Columns shown</legend>
            {columnsOf(kind).map((column) => (
              <label key={column.key}>
                <input
                  type="checkbox"
                  data-column-choice={column.key}
                  checked={columns.includes(column)}
                  disabled={column.key === 'familyName'}
                  onChange={() => chooseColumn(column.key)}
                />
                {column.label}
              </label>
            ))}
          </fieldset>
        </details>
        <button type="button" aria-expanded={adding} onClick={() => setAdding(!adding)}>
          Add {noun}…
        </button>
      </div>
      {adding ? <AddPersonForm kind={kind} year={year} add={addPerson} onClose={() => setAdding(false)} /> : null}
      <div className="people-bar selection-bar" aria-label="Selected rows" role="group">
        <span className="small" data-testid="selection-count">
          {chosen.length ? `${chosen.length} selected` : `Select ${nouns} to add them to a group, or drag a row onto a group.`}
        </span>
        <GroupMenu label="Add to group" groups={groups} disabled={chosen.length === 0} onPick={(g) => changeMembers(g, 'add')} />
        <GroupMenu label="Remove from group" groups={memberGroups} disabled={chosen.length === 0} onPick={(g) => changeMembers(g, 'remove')} />
        <button type="button" disabled={selection.ids.size === 0} onClick={() => setSelection(NO_SELECTION)}>
          Clear selection
        </button>
      </div>
      {impact ? <ConfirmDelete impact={impact} onConfirm={confirmDelete} onCancel={() => setDeleting(null)} /> : null}
      <div className="people-scroll" ref={scrollRef}>
        <table
          className="people-table"
          ref={tableRef}
          aria-label={kind === 'participants' ? 'Participants' : 'Staff'}
          aria-rowcount={visible.length + 1}
          data-kind={kind}
          data-rows-rendered={rowsShown.end - rowsShown.start}
        >
          <colgroup>
            <col style={{ width: 64 }} />
            {columns.map((column) => (
              <col key={column.key} style={{ width: COLUMN_WIDTHS[column.editor] }} />
            ))}
            <col style={{ width: 40 }} />
          </colgroup>
          <thead>
            <tr aria-rowindex={1}>
              <th scope="col" className="select-cell">
                <input
                  type="checkbox"
                  aria-label={`Select all ${nouns} shown`}
                  checked={allShownSelected}
                  ref={(el) => {
                    if (el) el.indeterminate = chosen.length > 0 && !allShownSelected;
                  }}
                  onChange={() => setSelection((s) => toggleAll(s, order))}
                />
              </th>
              {columns.map((column) => {
                const sorted = sort?.key === column.key ? sort.direction : undefined;
                return (
                  <th key={column.key} scope="col" data-col={column.key} aria-sort={sorted ?? 'none'}>
                    <button type="button" className="sort-button" onClick={() => setSort((s) => nextSort(s, column.key))}>
                      {column.label}
                      <span className="sort-mark" aria-hidden="true">
                        {sorted === 'ascending' ? '▲' : sorted === 'descending' ? '▼' : ''}
                      </span>
                    </button>
                  </th>
                );
              })}
              <th scope="col" className="row-actions">
                <span className="visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {rowsShown.before ? <tr className="row-spacer" aria-hidden="true" style={{ height: rowsShown.before }} /> : null}
            {visible.slice(rowsShown.start, rowsShown.end).map((row, i) => (
              <PersonRowView
                key={row.id}
                rowIndex={rowsShown.start + i + 2}
                row={row}
                columns={columns}
                allGroups={groups}
                selected={selection.ids.has(row.id)}
                editing={editing?.id === row.id ? editing.key : null}
                highlighted={highlight === row.id}
                handlers={handlers}
              />
            ))}
            {rowsShown.after ? <tr className="row-spacer" aria-hidden="true" style={{ height: rowsShown.after }} /> : null}
          </tbody>
        </table>
        {visible.length === 0 ? <p className="people-empty muted">{rows.length ? `No ${nouns} match “${deferredQuery}”.` : `No ${nouns} yet.`}</p> : null}
      </div>
    </div>
  );
}
