/**
 * One person's row. Memoized: a row re-renders only when its person, its groups, its selection or
 * its edited cell change, so editing one cell of a 1,000-row roster repaints one row. Every
 * callback it gets is stable (PeopleTable reads the latest state through a ref).
 */
import { memo, type DragEvent, type MouseEvent } from 'react';
import type { Group } from '../../../shared/program/schema';
import { CellEditor, GroupsEditor } from './CellEditor';
import { displayName, type Column, type ColumnKey, type PersonRow } from './people-rows';
import { editText, type EditableKey } from './person-edit';

export interface RowHandlers {
  check: (id: string, shift: boolean) => void;
  startEdit: (id: string, key: ColumnKey) => void;
  commitCell: (id: string, key: EditableKey, raw: string) => string | null;
  commitGroups: (id: string, groupIds: string[]) => void;
  cancelEdit: () => void;
  askDelete: (id: string) => void;
  dragStart: (id: string, e: DragEvent) => void;
}

interface Props {
  /** The row's place in the whole table (aria-rowindex; only rows in view are in the page). */
  rowIndex: number;
  row: PersonRow;
  columns: readonly Column[];
  allGroups: readonly Group[];
  selected: boolean;
  editing: ColumnKey | null;
  highlighted: boolean;
  handlers: RowHandlers;
}

export const PersonRowView = memo(function PersonRowView({ rowIndex, row, columns, allGroups, selected, editing, highlighted, handlers }: Props) {
  const who = displayName(row.person);
  const onCheck = (e: MouseEvent<HTMLInputElement>) => handlers.check(row.id, e.shiftKey);
  return (
    <tr
      data-row-id={row.id}
      aria-rowindex={rowIndex}
      // The checkbox tells assistive technology; aria-selected belongs to grids, not tables.
      data-selected={selected || undefined}
      className={highlighted ? 'is-new' : undefined}
      // A row in edit keeps its text selectable; any other row can be dragged onto a group.
      draggable={editing === null}
      onDragStart={(e) => handlers.dragStart(row.id, e)}
    >
      <td className="select-cell">
        <span className="drag-grip" aria-hidden="true" title="Drag onto a group to add">
          ⠿
        </span>
        {/* onClick, not onChange: the click carries shiftKey, which a range selection needs. */}
        <input type="checkbox" aria-label={`Select ${who}`} checked={selected} onClick={onCheck} onChange={() => undefined} />
      </td>
      {columns.map((column) => {
        const text = row.text[column.key] ?? '';
        if (editing === column.key) {
          return (
            <td key={column.key} data-col={column.key} className="is-editing">
              {column.editor === 'groups' ? (
                <GroupsEditor
                  who={who}
                  groups={allGroups}
                  initial={row.groups.map((g) => g.id)}
                  commit={(ids) => handlers.commitGroups(row.id, ids)}
                  cancel={handlers.cancelEdit}
                />
              ) : (
                <CellEditor
                  column={column}
                  who={who}
                  initial={column.editor === 'role' && 'role' in row.person ? row.person.role : editText(row.person, column.key as EditableKey)}
                  commit={(raw) => handlers.commitCell(row.id, column.key as EditableKey, raw)}
                  cancel={handlers.cancelEdit}
                />
              )}
            </td>
          );
        }
        return (
          <td key={column.key} data-col={column.key} className={column.editor === 'notes' ? 'notes-cell' : undefined}>
            <button
              type="button"
              className="cell-button"
              title={text && (column.editor === 'notes' || text.length > 24) ? text : `Edit ${column.label.toLowerCase()}`}
              aria-label={`${column.label} of ${who}: ${text || 'empty'}. Edit`}
              onClick={() => handlers.startEdit(row.id, column.key)}
            >
              {column.key === 'groups' && row.groups.length ? (
                row.groups.map((g) => (
                  <span key={g.id} className="group-chip">
                    <span className="swatch" style={{ backgroundColor: g.color }} aria-hidden="true" />
                    {g.name}
                  </span>
                ))
              ) : text ? (
                <span className="cell-text">{text}</span>
              ) : (
                <span className="cell-empty" aria-hidden="true">
                  —
                </span>
              )}
            </button>
          </td>
        );
      })}
      <td className="row-actions">
        <button type="button" className="icon-button" aria-label={`Delete ${who}`} title={`Delete ${who}`} onClick={() => handlers.askDelete(row.id)}>
          ✕
        </button>
      </td>
    </tr>
  );
});
