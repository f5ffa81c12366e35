/**
 * The rows of the Participants and Staff tables as plain data: each person's cell texts computed
 * once per program change, a folded search text, and pure filtering and sorting over them. The
 * table memoizes `buildRows` on the program's collections and `visibleRows` on rows + query + sort,
 * so typing in a cell or ticking a box does no work proportional to the roster.
 */
import { personName } from '../../../shared/program/labels';
import type { Group, Participant, Program, Staff } from '../../../shared/program/schema';
import { cellText, columnsOf, sortText, type Column, type Person, type PersonKind } from './people-columns';
import { compareText, foldForSearch, matchesTerms, searchTerms } from './search-text';

export { columnsOf, STAFF_ROLE_LABELS, type Column, type EditorKind, type Person, type PersonKind } from './people-columns';
export type PersonOf<K extends PersonKind> = K extends 'participants' ? Participant : Staff;
/** A column's key: a person's field, or 'groups'. */
export type ColumnKey = string;

export interface PersonRow {
  id: string;
  person: Person;
  /** The groups the person is in (participants) or staffs (staff), in the program's group order. */
  groups: readonly Group[];
  /** What each cell shows, for every column of the table, shown or hidden. */
  text: Readonly<Record<ColumnKey, string>>;
  /** What sorting compares (dates as YYYY-MM-DD, the rest as shown). */
  sort: Readonly<Record<ColumnKey, string>>;
  /** Every cell's text, hidden columns too, folded for search. */
  search: string;
}

/** "Given Family", or the family name alone (the shared personName). */
export const displayName = personName;

/** One row per person, in the program's order. O(people x columns + memberships). */
export function buildRows(program: Pick<Program, 'participants' | 'staff' | 'groups'>, kind: PersonKind): PersonRow[] {
  const memberKey = kind === 'participants' ? 'participantIds' : 'staffIds';
  const groupsOf = new Map<string, Group[]>();
  for (const group of program.groups) {
    for (const id of group[memberKey]) {
      const list = groupsOf.get(id);
      if (list) list.push(group);
      else groupsOf.set(id, [group]);
    }
  }
  const columns: readonly Column[] = columnsOf(kind);
  const people: readonly Person[] = program[kind];
  return people.map((person) => {
    const groups = groupsOf.get(person.id) ?? [];
    const text: Record<ColumnKey, string> = {};
    const sort: Record<ColumnKey, string> = {};
    for (const column of columns) {
      text[column.key] = cellText(person, groups, column);
      sort[column.key] = sortText(person, groups, column);
    }
    return { id: person.id, person, groups, text, sort, search: foldForSearch(Object.values(text).join(' \u0000 ')) };
  });
}

export type SortDirection = 'ascending' | 'descending';
export interface SortState {
  key: ColumnKey;
  direction: SortDirection;
}

/** Clicking a header sorts by it ascending; clicking the sorted header again reverses it. */
export function nextSort(current: SortState | null, key: ColumnKey): SortState {
  if (current?.key === key) return { key, direction: current.direction === 'ascending' ? 'descending' : 'ascending' };
  return { key, direction: 'ascending' };
}

/** Rows whose text contains every word of the query (diacritics and case ignored). */
export function filterRows(rows: readonly PersonRow[], query: string): readonly PersonRow[] {
  const terms = searchTerms(query);
  if (terms.length === 0) return rows;
  return rows.filter((row) => matchesTerms(row.search, terms));
}

// Ties on the sorted column fall back to the name, then the id, so the order never depends on the
// order of the file and a re-render never shuffles equal rows.
const TIE_BREAKERS: readonly ColumnKey[] = ['familyName', 'givenName'];

/**
 * Rows sorted by one column in the reader's collation. Empty cells go last in either direction:
 * a planner sorting by arrival wants the people with dates, not blanks, at the top.
 */
export function sortRows(rows: readonly PersonRow[], sort: SortState | null): readonly PersonRow[] {
  if (!sort) return rows;
  const sign = sort.direction === 'ascending' ? 1 : -1;
  return rows.toSorted((a, b) => {
    const x = a.sort[sort.key] ?? '';
    const y = b.sort[sort.key] ?? '';
    if (!x !== !y) return x ? -1 : 1;
    const primary = compareText(x, y) * sign;
    if (primary) return primary;
    for (const key of TIE_BREAKERS) {
      const tie = compareText(a.sort[key] ?? '', b.sort[key] ?? '');
      if (tie) return tie;
    }
    return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
  });
}
