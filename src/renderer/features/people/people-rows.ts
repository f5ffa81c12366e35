/**
 * The rows of the Participants and Staff tables as plain data: each person's cell texts computed
 * once per program change, a folded search text, and pure filtering and sorting over them. The
 * table memoizes `buildRows` on the program's collections and `visibleRows` on rows + query + sort,
 * so typing in a cell or ticking a box does no work proportional to the roster.
 */
import { personName, STAFF_ROLE_LABELS as SHARED_STAFF_ROLE_LABELS } from '../../../shared/program/labels';
import type { Group, Participant, Program, Staff, StaffRole } from '../../../shared/program/schema';
import { compareText, foldForSearch, matchesTerms, searchTerms } from './search-text';

export type PersonKind = 'participants' | 'staff';
export type PersonOf<K extends PersonKind> = K extends 'participants' ? Participant : Staff;
export type Person = Participant | Staff;

/** How a cell is edited in place; 'groups' opens the group checklist, 'role' a list of roles. */
export type EditorKind = 'text' | 'date' | 'list' | 'notes' | 'role' | 'groups';

export type ColumnKey =
  | 'familyName'
  | 'givenName'
  | 'passportName'
  | 'country'
  | 'groups'
  | 'languages'
  | 'arrival'
  | 'departure'
  | 'internalNotes'
  | 'role'
  | 'organization'
  | 'email'
  | 'phone';

export interface Column {
  key: ColumnKey;
  label: string;
  editor: EditorKind;
  /** Names the placeholder and the hint of the cell's editor. */
  hint?: string;
}

export const PARTICIPANT_COLUMNS: readonly Column[] = [
  { key: 'familyName', label: 'Family name', editor: 'text' },
  { key: 'givenName', label: 'Given name', editor: 'text' },
  { key: 'passportName', label: 'Passport name', editor: 'text', hint: 'Latin script, as in the passport' },
  { key: 'country', label: 'Country', editor: 'text' },
  { key: 'groups', label: 'Groups', editor: 'groups' },
  { key: 'languages', label: 'Languages', editor: 'list', hint: 'separated by commas' },
  { key: 'arrival', label: 'Arrival', editor: 'date', hint: 'YYYY-MM-DD' },
  { key: 'departure', label: 'Departure', editor: 'date', hint: 'YYYY-MM-DD' },
  { key: 'internalNotes', label: 'Planner notes', editor: 'notes' },
];

export const STAFF_COLUMNS: readonly Column[] = [
  { key: 'familyName', label: 'Family name', editor: 'text' },
  { key: 'givenName', label: 'Given name', editor: 'text' },
  { key: 'role', label: 'Role', editor: 'role' },
  { key: 'email', label: 'Email', editor: 'text' },
  { key: 'phone', label: 'Phone', editor: 'text' },
  { key: 'groups', label: 'Groups', editor: 'groups' },
  { key: 'languages', label: 'Languages', editor: 'list', hint: 'separated by commas' },
  { key: 'internalNotes', label: 'Planner notes', editor: 'notes' },
];

export function columnsOf(kind: PersonKind): readonly Column[] {
  return kind === 'participants' ? PARTICIPANT_COLUMNS : STAFF_COLUMNS;
}

/** The shared role labels, except that in a list of roles to choose from "other" reads "Other". */
export const STAFF_ROLE_LABELS: Readonly<Record<StaffRole, string>> = { ...SHARED_STAFF_ROLE_LABELS, other: 'Other' };

export interface PersonRow {
  id: string;
  person: Person;
  /** The groups the person is in (participants) or staffs (staff), in the program's group order. */
  groups: readonly Group[];
  /** What each cell shows, also what sorting compares. */
  text: Readonly<Partial<Record<ColumnKey, string>>>;
  /** Every cell's text, folded for search. */
  search: string;
}

/** "Given Family", or the family name alone (the shared personName). */
export const displayName = personName;

function cellText(person: Person, groups: readonly Group[], key: ColumnKey): string {
  switch (key) {
    case 'groups':
      return groups.map((g) => g.name).join(', ');
    case 'languages':
      return person.languages.join(', ');
    case 'arrival':
      return person.arrival ?? '';
    case 'departure':
      return person.departure ?? '';
    case 'role':
      return 'role' in person ? STAFF_ROLE_LABELS[person.role] : '';
    case 'country':
      return 'country' in person ? person.country : '';
    case 'passportName':
      return 'passportName' in person ? person.passportName : '';
    default:
      return person[key];
  }
}

/** One row per person, in the program's order. O(people + memberships). */
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
  const columns = columnsOf(kind);
  const people: readonly Person[] = program[kind];
  return people.map((person) => {
    const groups = groupsOf.get(person.id) ?? [];
    const text: Partial<Record<ColumnKey, string>> = {};
    for (const column of columns) text[column.key] = cellText(person, groups, column.key);
    // Fields no column shows are searched too: a participant's ministry, a staff member's agency.
    const extra = 'position' in person ? [person.position, person.organization, person.email, person.phone] : [person.organization];
    return { id: person.id, person, groups, text, search: foldForSearch([...Object.values(text), ...extra].join(' \u0000 ')) };
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
    const x = a.text[sort.key] ?? '';
    const y = b.text[sort.key] ?? '';
    if (!x !== !y) return x ? -1 : 1;
    const primary = compareText(x, y) * sign;
    if (primary) return primary;
    for (const key of TIE_BREAKERS) {
      const tie = compareText(a.text[key] ?? '', b.text[key] ?? '');
      if (tie) return tie;
    }
    return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
  });
}
