/**
 * A cell's typed text turned into the person's next value, validated with the same schema main
 * validates with, so a value the file would refuse is shown beside the cell and never sent. Main
 * checks again: this is the planner's early warning, not the guard.
 */
import { participantSchema, staffRoleSchema, staffSchema, type Participant, type Staff } from '../../../shared/program/schema';
import type { Command } from '../../../shared/commands/types';
import { parseDate, shortDateText } from '../../model/clock-format';
import { columnsOf, type Column, type Person, type PersonKind } from './people-columns';
import { displayName } from './people-rows';

export type PersonEdit = { ok: true; entity: Person; changed: boolean } | { ok: false; error: string };

/** Columns edited through this module (groups go through membership.ts). */
export type EditableKey = string;

function columnOf(kind: PersonKind, key: EditableKey): Column | undefined {
  return columnsOf(kind).find((c) => c.key === key && c.editor !== 'groups');
}

/** "Spanish, K'iche'; English" -> ["Spanish", "K'iche'", "English"]: trimmed, no blanks, no repeats. */
export function parseList(raw: string): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const part of raw.split(/[,;\n]/)) {
    const item = part.trim().replace(/\s+/g, ' ');
    if (item && !seen.has(item.toLowerCase())) {
      seen.add(item.toLowerCase());
      out.push(item);
    }
  }
  return out;
}

/** The typed text as the field's value, or a refusal. `year` completes a date typed without one. */
function rawValue(column: Column, raw: string, year: number): { value: unknown } | { error: string } {
  switch (column.editor) {
    case 'list':
      return { value: parseList(raw) };
    case 'date': {
      // An empty date means "not known yet", which the schema writes as null.
      if (raw.trim() === '') return { value: null };
      const date = parseDate(raw, year);
      return date ? { value: date } : { error: `“${raw.trim()}” is not a date: type it like ${shortDateText(`${year}-05-06`)} or ${year}-05-06` };
    }
    case 'optional':
      return { value: raw.trim() === '' ? null : raw.trim() };
    case 'notes':
      // Notes keep their line breaks and inner spacing; only the ends are trimmed.
      return { value: raw.replace(/^\s+|\s+$/g, '') };
    default:
      return { value: raw.trim() };
  }
}

function sameValue(a: unknown, b: unknown): boolean {
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => x === b[i]);
  return a === b;
}

/** The text a cell's editor starts from: dates as the table shows them. */
export function editText(person: Person, key: EditableKey): string {
  const value = (person as unknown as Record<string, unknown>)[key];
  if (Array.isArray(value)) return value.join(', ');
  if (typeof value !== 'string') return '';
  return /^\d{4}-\d{2}-\d{2}$/.test(value) ? shortDateText(value) : value;
}

/**
 * Applies one cell's raw text to a person. Refuses what the schema refuses (with its message) and a
 * departure before the arrival (main's own cross-check, worded the same). `year` completes dates
 * typed without a year (the program's).
 */
export function applyPersonEdit(kind: PersonKind, person: Person, key: EditableKey, raw: string, year = new Date().getFullYear()): PersonEdit {
  const column = columnOf(kind, key);
  if (!column || !(key in person)) return { ok: false, error: `${kind === 'staff' ? 'Staff' : 'Participants'} have no ${key}` };
  if (column.editor === 'role' && !staffRoleSchema.safeParse(raw).success) return { ok: false, error: 'Choose a role from the list' };
  const parsed = rawValue(column, raw, year);
  if ('error' in parsed) return { ok: false, error: parsed.error };
  const value = parsed.value;
  if (column.required && value === '') return { ok: false, error: column.required };
  const candidate = { ...person, [key]: value };
  const schema = kind === 'participants' ? participantSchema : staffSchema;
  const checked = schema.safeParse(candidate);
  if (!checked.success) {
    const issue = checked.error.issues[0];
    return { ok: false, error: issue ? sentence(issue.message) : 'This value cannot be saved' };
  }
  const entity = checked.data as Person;
  if (entity.arrival && entity.departure && entity.departure < entity.arrival) {
    return { ok: false, error: key === 'arrival' ? 'Arrival is after departure' : 'Departure is before arrival' };
  }
  return { ok: true, entity, changed: !sameValue((person as unknown as Record<string, unknown>)[key], value) };
}

function sentence(message: string): string {
  return message.charAt(0).toUpperCase() + message.slice(1);
}

/**
 * One cell edit as ONE undoable command. The entity/update rides in a one-command batch only for
 * its label: history then says "Undo Edit country of Daniela Quesada Jiménez", not "Edit participants".
 */
export function personUpdateCommand(kind: PersonKind, before: Person, after: Person, key: EditableKey): Command {
  return {
    type: 'batch',
    label: `Edit ${columnOf(kind, key)?.words ?? key} of ${displayName(before)}`,
    commands: [{ type: 'entity/update', collection: kind, entity: after }],
  };
}

/** A new participant with the fields a roster row needs; the rest start empty. */
export function newParticipant(id: string, init: { givenName: string; familyName: string; country: string }): Participant {
  return {
    id,
    givenName: init.givenName.trim(),
    familyName: init.familyName.trim(),
    languages: [],
    phone: '',
    email: '',
    arrival: null,
    departure: null,
    internalNotes: '',
    passportName: '',
    country: init.country.trim(),
    position: '',
    organization: '',
    interpretation: null,
    dietaryNotes: '',
    accessibilityNotes: '',
  };
}

export function newStaff(id: string, init: { givenName: string; familyName: string; role: Staff['role'] }): Staff {
  return {
    id,
    givenName: init.givenName.trim(),
    familyName: init.familyName.trim(),
    languages: [],
    phone: '',
    email: '',
    arrival: null,
    departure: null,
    internalNotes: '',
    role: init.role,
    organization: '',
    languagePairs: [],
  };
}

/**
 * A new person from the add form's typed fields (any column but groups), each read as its cell
 * editor reads it. Returns the person, or the first field's refusal.
 */
export function personFromFields(kind: PersonKind, id: string, fields: Readonly<Record<string, string>>, year: number): { ok: true; person: Person } | { ok: false; error: string } {
  let person: Person = kind === 'participants' ? newParticipant(id, { givenName: '', familyName: '', country: '' }) : newStaff(id, { givenName: '', familyName: '', role: 'interpreter' });
  for (const column of columnsOf(kind)) {
    const raw = fields[column.key];
    if (column.editor === 'groups' || raw === undefined) continue;
    if (column.editor === 'role') {
      if (!staffRoleSchema.safeParse(raw).success) return { ok: false, error: 'Choose a role from the list' };
      person = { ...person, role: raw } as Person;
      continue;
    }
    const parsed = rawValue(column, raw, year);
    if ('error' in parsed) return { ok: false, error: `${column.label}: ${parsed.error}` };
    person = { ...person, [column.key]: parsed.value } as Person;
  }
  const problem = newPersonProblem(kind, person);
  return problem ? { ok: false, error: problem } : { ok: true, person };
}

/** The first schema problem of a new person, worded for the add form, or null. */
export function newPersonProblem(kind: PersonKind, person: Person): string | null {
  for (const column of columnsOf(kind)) {
    if (column.required && !(person as unknown as Record<string, unknown>)[column.key]) return column.required;
  }
  const parsed = (kind === 'participants' ? participantSchema : staffSchema).safeParse(person);
  if (!parsed.success) return sentence(parsed.error.issues[0]?.message ?? 'This person cannot be saved');
  if (person.arrival && person.departure && person.departure < person.arrival) return 'Departure is before arrival';
  return null;
}
