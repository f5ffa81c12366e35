/**
 * Every field of a participant or staff member as a column of the People tables, as data: what the
 * header says, how the cell is edited and read back, and whether it shows until the planner
 * chooses otherwise. The tables, the in-place editors, the column chooser, the add form, search
 * and sorting all read this list, so a new field of the program file (a passport name, an
 * interpreter's language pairs) is one entry here and nothing else.
 */
import type { Group, Participant, Staff } from '../../../shared/program/schema';
import { shortDateText } from '../../model/clock-format';
import { STAFF_ROLE_LABELS as SHARED_STAFF_ROLE_LABELS } from '../../../shared/program/labels';

export type PersonKind = 'participants' | 'staff';
export type Person = Participant | Staff;

/**
 * How a cell is edited and what its text becomes: text (trimmed), optional (empty means none, null
 * in the file), list (comma-separated), date (typed in any common form, null when empty), notes
 * (several lines), role (a list of roles), groups (the group checklist, membership.ts).
 */
export type EditorKind = 'text' | 'optional' | 'list' | 'date' | 'notes' | 'role' | 'groups';

export interface Column {
  /** The person's field ('groups' is the membership, kept on the groups). */
  key: string;
  label: string;
  editor: EditorKind;
  kinds: readonly PersonKind[];
  /** The tables that show it until the planner chooses otherwise (Columns…). */
  shown: readonly PersonKind[];
  /** Refusing an empty value, with this message. */
  required?: string;
  /** Placeholder and hint of the editor. */
  hint?: string;
  /** The words in undo labels: "Undo Edit dietary notes of Ana Pérez". */
  words: string;
}

const BOTH: readonly PersonKind[] = ['participants', 'staff'];
const PARTICIPANTS: readonly PersonKind[] = ['participants'];
const STAFF: readonly PersonKind[] = ['staff'];
const NONE: readonly PersonKind[] = [];

/** In table order. Names first: they are what a planner scans for. */
export const PERSON_COLUMNS: readonly Column[] = [
  { key: 'familyName', label: 'Family name', editor: 'text', kinds: BOTH, shown: BOTH, required: 'A family name is required', words: 'family name' },
  { key: 'givenName', label: 'Given name', editor: 'text', kinds: BOTH, shown: BOTH, words: 'given name' },
  { key: 'passportName', label: 'Passport name', editor: 'text', kinds: PARTICIPANTS, shown: BOTH, hint: 'Latin script, as in the passport', words: 'passport name' },
  { key: 'country', label: 'Country', editor: 'text', kinds: PARTICIPANTS, shown: BOTH, required: 'A country is required', words: 'country' },
  { key: 'role', label: 'Role', editor: 'role', kinds: STAFF, shown: BOTH, words: 'role' },
  { key: 'position', label: 'Position', editor: 'text', kinds: PARTICIPANTS, shown: BOTH, words: 'position' },
  { key: 'organization', label: 'Organization', editor: 'text', kinds: BOTH, shown: BOTH, words: 'organization' },
  { key: 'groups', label: 'Groups', editor: 'groups', kinds: BOTH, shown: BOTH, words: 'groups' },
  { key: 'languages', label: 'Languages', editor: 'list', kinds: BOTH, shown: BOTH, hint: 'separated by commas', words: 'languages' },
  { key: 'interpretation', label: 'Interpretation into', editor: 'optional', kinds: PARTICIPANTS, shown: BOTH, hint: 'a language, or empty for English', words: 'interpretation' },
  { key: 'email', label: 'Email', editor: 'text', kinds: BOTH, shown: STAFF, words: 'email' },
  { key: 'phone', label: 'Phone', editor: 'text', kinds: BOTH, shown: STAFF, words: 'phone' },
  { key: 'arrival', label: 'Arrival', editor: 'date', kinds: BOTH, shown: BOTH, hint: 'e.g. Apr 28, 2024', words: 'arrival' },
  { key: 'departure', label: 'Departure', editor: 'date', kinds: BOTH, shown: BOTH, hint: 'e.g. May 18, 2024', words: 'departure' },
  { key: 'dietaryNotes', label: 'Dietary notes', editor: 'notes', kinds: PARTICIPANTS, shown: NONE, words: 'dietary notes' },
  { key: 'accessibilityNotes', label: 'Accessibility notes', editor: 'notes', kinds: PARTICIPANTS, shown: NONE, words: 'accessibility notes' },
  { key: 'internalNotes', label: 'Planner notes', editor: 'notes', kinds: BOTH, shown: BOTH, words: 'notes' },
];

/** Column widths in pixels by editor (the table lays out at fixed widths). */
export const COLUMN_WIDTHS: Readonly<Record<EditorKind, number>> = { text: 170, optional: 150, list: 170, date: 120, notes: 220, role: 170, groups: 230 };

/** Every column of one table, shown or not. */
export function columnsOf(kind: PersonKind): readonly Column[] {
  return PERSON_COLUMNS.filter((c) => c.kinds.includes(kind));
}

/** The keys shown by default. */
export function defaultShownKeys(kind: PersonKind): string[] {
  return columnsOf(kind)
    .filter((c) => c.shown.includes(kind))
    .map((c) => c.key);
}

/** The shared role labels, except that in a list of roles to choose from "other" reads "Other". */
export const STAFF_ROLE_LABELS: Readonly<Record<Staff['role'], string>> = { ...SHARED_STAFF_ROLE_LABELS, other: 'Other' };

function field(person: Person, key: string): unknown {
  return (person as unknown as Record<string, unknown>)[key];
}

/** What a cell shows (also what sorting compares and search finds). Dates in the window's one style. */
export function cellText(person: Person, groups: readonly Group[], column: Column): string {
  const value = field(person, column.key);
  switch (column.editor) {
    case 'groups':
      return groups.map((g) => g.name).join(', ');
    case 'list':
      return Array.isArray(value) ? value.join(', ') : '';
    case 'date':
      return typeof value === 'string' ? shortDateText(value) : '';
    case 'role':
      return typeof value === 'string' ? (STAFF_ROLE_LABELS[value as Staff['role']] ?? value) : '';
    default:
      return typeof value === 'string' ? value : '';
  }
}

/** The value sorting compares: dates as written in the file (so they sort by time), the rest as shown. */
export function sortText(person: Person, groups: readonly Group[], column: Column): string {
  const value = field(person, column.key);
  return column.editor === 'date' ? (typeof value === 'string' ? value : '') : cellText(person, groups, column);
}
