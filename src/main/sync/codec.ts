/**
 * How each field of a program is stored in the shared Automerge documents, and back. The choice is
 * per field, and it is what decides how concurrent edits merge (docs/team-planning.md):
 *
 * - a scalar (text, number, yes/no) is one register: concurrent edits keep one winner on every
 *   copy, and Automerge keeps the other value as a conflict the app shows. Text is stored as an
 *   ImmutableString, so two edits of a title never interleave letters;
 * - an object or list (an activity's timing, a host, a phase's list of cities) is ONE value, stored
 *   as JSON text: a move replaces start and end together, so no merge can ever combine one
 *   planner's start with another's end;
 * - membership lists (group members, an activity's attendees) are sets: an id added on one copy and
 *   another id added on another both stay; each id keeps a number that orders it;
 * - an activity's attendees and the program's settings are maps of the above, field by field.
 *
 * The kinds are read off the zod schemas, so a field added to the schema is stored correctly
 * without touching this file; only a new SET or nested field needs a line here.
 */
import { ImmutableString } from '@automerge/automerge';
import type { z } from 'zod';
import { entitySchemas, programSchema, type CollectionName } from '../../shared/program/schema';

export type FieldKind = 'scalar' | 'json' | 'set' | 'nested';

/**
 * Fields that must change together, stored as ONE JSON value under the key `a+b`: an activity's
 * place and its timing (times are written in the place's zone), a person's arrival and departure,
 * a program's or phase's first and last day. A group applies to an entity that has all its fields.
 */
const GROUPS: Readonly<Partial<Record<CollectionName | 'program', readonly (readonly string[])[]>>> = {
  program: [['startDate', 'endDate']],
  phases: [['startDate', 'endDate']],
  participants: [['arrival', 'departure']],
  staff: [['arrival', 'departure']],
  activities: [['cityId', 'timing'], ['originVenueId', 'destinationVenueId', 'timing'], ['hotelVenueId', 'timing']],
};

/** A stored key: one field, or a group of fields that change together. */
export interface StoredKey {
  key: string;
  fields: readonly string[];
}

/** How the fields of `object` are stored: groups first (when all their fields are there), then the rest one by one. */
export function storedKeys(owner: CollectionName | 'program', fields: readonly string[]): StoredKey[] {
  const present = new Set(fields);
  const keys: StoredKey[] = [];
  for (const group of GROUPS[owner] ?? []) {
    if (group.every((field) => present.has(field))) {
      keys.push({ key: group.join('+'), fields: group });
      for (const field of group) present.delete(field);
    }
  }
  for (const field of fields) if (present.has(field)) keys.push({ key: field, fields: [field] });
  return keys;
}

/** The fields a stored key holds ("cityId+timing" -> cityId, timing). */
export function fieldsOfKey(key: string): string[] {
  return key.split('+');
}

/** Membership lists, merged as sets. */
const SETS: Readonly<Partial<Record<CollectionName, readonly string[]>>> = {
  groups: ['participantIds', 'staffIds'],
  phases: ['cityIds'],
};

/** Objects stored field by field, with the kinds of their own fields. */
const NESTED: Readonly<Record<string, Readonly<Record<string, FieldKind>>>> = {
  'activities.attendees': { everyone: 'scalar', groupIds: 'set', participantIds: 'set', staffIds: 'set' },
  'program.settings': {},
};

type AnyZod = z.ZodType & { def: { type: string; innerType?: AnyZod; options?: AnyZod[] } };

/** 'json' for objects, lists and unions of them; 'scalar' for text, numbers, yes/no, enums, null. */
function zodKind(type: AnyZod): 'scalar' | 'json' {
  const def = type.def;
  switch (def.type) {
    case 'nullable':
    case 'optional':
    case 'default':
    case 'readonly':
      return def.innerType ? zodKind(def.innerType) : 'scalar';
    case 'object':
    case 'array':
    case 'record':
    case 'tuple':
    case 'map':
    case 'set':
      return 'json';
    case 'union':
      return (def.options ?? []).some((option) => zodKind(option) === 'json') ? 'json' : 'scalar';
    default:
      return 'scalar';
  }
}

function shapeOf(schema: AnyZod): Record<string, AnyZod> {
  const options = (schema as unknown as { options?: { shape: Record<string, AnyZod> }[] }).options;
  if (options) return Object.assign({}, ...options.map((option) => option.shape));
  return (schema as unknown as { shape: Record<string, AnyZod> }).shape;
}

function kindsOf(collection: CollectionName | 'program', shape: Record<string, AnyZod>): Record<string, FieldKind> {
  const kinds: Record<string, FieldKind> = {};
  for (const [field, type] of Object.entries(shape)) {
    if (NESTED[`${collection}.${field}`]) kinds[field] = 'nested';
    else if (collection !== 'program' && SETS[collection]?.includes(field)) kinds[field] = 'set';
    else kinds[field] = zodKind(type);
  }
  return kinds;
}

const ENTITY_KINDS = Object.fromEntries(
  (Object.keys(entitySchemas) as CollectionName[]).map((collection) => [collection, kindsOf(collection, shapeOf(entitySchemas[collection] as unknown as AnyZod))]),
) as Record<CollectionName, Record<string, FieldKind>>;
const PROGRAM_KINDS = kindsOf('program', programSchema.shape as unknown as Record<string, AnyZod>);
const SETTINGS_SHAPE = (programSchema.shape.settings as unknown as { shape: Record<string, AnyZod> }).shape;
const SETTINGS_KINDS = Object.fromEntries(Object.entries(SETTINGS_SHAPE).map(([field, type]) => [field, zodKind(type)])) as Record<string, FieldKind>;

/** The kind of a field of an entity; unknown fields (from a newer app) are JSON. */
export function entityFieldKind(collection: CollectionName, field: string): FieldKind {
  return ENTITY_KINDS[collection][field] ?? 'json';
}

/** The kind of a program-level field. */
export function programFieldKind(field: string): FieldKind {
  return PROGRAM_KINDS[field] ?? 'json';
}

/** The kinds of a nested object's own fields. */
export function nestedKinds(owner: string): Readonly<Record<string, FieldKind>> {
  return owner === 'program.settings' ? SETTINGS_KINDS : (NESTED[owner] ?? {});
}

/** A scalar or JSON value as stored. */
export function encodeValue(kind: 'scalar' | 'json', value: unknown): unknown {
  if (kind === 'json') return new ImmutableString(JSON.stringify(value));
  return typeof value === 'string' ? new ImmutableString(value) : value;
}

/** A stored scalar or JSON value as the program holds it. */
export function decodeValue(kind: 'scalar' | 'json', stored: unknown): unknown {
  const text = stored instanceof ImmutableString ? stored.toString() : typeof stored === 'string' ? stored : null;
  if (kind === 'json') return text === null ? stored : JSON.parse(text);
  return text ?? stored;
}

/** A set as stored: id -> the number that orders it. */
export function decodeSet(stored: unknown): string[] {
  if (!stored || typeof stored !== 'object') return [];
  return Object.entries(stored as Record<string, number>)
    .sort(([a, x], [b, y]) => (x === y ? (a < b ? -1 : a > b ? 1 : 0) : x - y))
    .map(([id]) => id);
}
