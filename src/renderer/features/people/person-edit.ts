/**
 * A cell's typed text turned into the person's next value, validated with the same schema main
 * validates with, so a value the file would refuse is shown beside the cell and never sent. Main
 * checks again: this is the planner's early warning, not the guard.
 */
import { participantSchema, staffRoleSchema, staffSchema, type Participant, type Staff } from '../../../shared/program/schema';
import type { Command } from '../../../shared/commands/types';
import { displayName, type ColumnKey, type Person, type PersonKind } from './people-rows';

export type PersonEdit = { ok: true; entity: Person; changed: boolean } | { ok: false; error: string };

/** Columns edited through this module (groups go through membership.ts). */
export type EditableKey = Exclude<ColumnKey, 'groups'>;

const REQUIRED: Partial<Record<EditableKey, string>> = {
  familyName: 'A family name is required',
  country: 'A country is required',
};

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

function rawValue(key: EditableKey, raw: string): unknown {
  switch (key) {
    case 'languages':
      return parseList(raw);
    case 'arrival':
    case 'departure':
      // An empty date means "not known yet", which the schema writes as null.
      return raw.trim() === '' ? null : raw.trim();
    case 'internalNotes':
      // Notes keep their line breaks and inner spacing; only the ends are trimmed.
      return raw.replace(/^\s+|\s+$/g, '');
    default:
      return raw.trim();
  }
}

function sameValue(a: unknown, b: unknown): boolean {
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => x === b[i]);
  return a === b;
}

/** The text a cell's editor starts from. */
export function editText(person: Person, key: EditableKey): string {
  const value = (person as Record<string, unknown>)[key];
  if (Array.isArray(value)) return value.join(', ');
  return typeof value === 'string' ? value : '';
}

/**
 * Applies one cell's raw text to a person. Refuses what the schema refuses (with its message) and a
 * departure before the arrival (main's own cross-check, worded the same).
 */
export function applyPersonEdit(kind: PersonKind, person: Person, key: EditableKey, raw: string): PersonEdit {
  if (key === 'role' && kind === 'staff' && !staffRoleSchema.safeParse(raw).success) return { ok: false, error: 'Choose a role from the list' };
  if (!(key in person)) return { ok: false, error: `${kind === 'staff' ? 'Staff' : 'Participants'} have no ${key}` };
  const value = rawValue(key, raw);
  const required = REQUIRED[key];
  if (required && value === '') return { ok: false, error: required };
  const candidate = { ...person, [key]: value };
  const schema = kind === 'participants' ? participantSchema : staffSchema;
  const parsed = schema.safeParse(candidate);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return { ok: false, error: issue ? sentence(issue.message) : 'This value cannot be saved' };
  }
  const entity = parsed.data as Person;
  if (entity.arrival && entity.departure && entity.departure < entity.arrival) {
    return { ok: false, error: key === 'arrival' ? 'Arrival is after departure' : 'Departure is before arrival' };
  }
  return { ok: true, entity, changed: !sameValue((person as Record<string, unknown>)[key], value) };
}

function sentence(message: string): string {
  return message.charAt(0).toUpperCase() + message.slice(1);
}

const FIELD_WORDS: Record<EditableKey, string> = {
  familyName: 'family name',
  givenName: 'given name',
  country: 'country',
  languages: 'languages',
  arrival: 'arrival',
  departure: 'departure',
  internalNotes: 'notes',
  role: 'role',
  organization: 'organization',
  email: 'email',
  phone: 'phone',
};

/**
 * One cell edit as ONE undoable command. The entity/update rides in a one-command batch only for
 * its label: history then says "Undo Edit country of Daniela Quesada Jiménez", not "Edit participants".
 */
export function personUpdateCommand(kind: PersonKind, before: Person, after: Person, key: EditableKey): Command {
  return {
    type: 'batch',
    label: `Edit ${FIELD_WORDS[key]} of ${displayName(before)}`,
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

/** The first schema problem of a new person, worded for the add form, or null. */
export function newPersonProblem(kind: PersonKind, person: Person): string | null {
  if (!person.familyName) return REQUIRED.familyName as string;
  if ('country' in person && !person.country) return REQUIRED.country as string;
  const parsed = (kind === 'participants' ? participantSchema : staffSchema).safeParse(person);
  return parsed.success ? null : sentence(parsed.error.issues[0]?.message ?? 'This person cannot be saved');
}
