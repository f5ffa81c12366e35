/**
 * Reads the shared documents back into a program: the inverse of write.ts. What a copy's role does
 * not receive (private fields, other cities' hosts) reads as empty, so a partner's or viewer's copy
 * is still a complete, valid program file. Entities are checked against their schemas; one that
 * fails (a newer app's data, a damaged document) is set aside and reported, never allowed to make
 * the file unloadable. Dangling references are repaired the same way on every copy (repair.ts).
 *
 * Reading is memoized per entity on the identity of its stored objects: Automerge's documents share
 * every untouched object between versions, so after a teammate's edit only what changed is decoded
 * and checked again.
 */
import { entitySchemas, programSchema, type CollectionName, type Program } from '../../shared/program/schema';
import { isHostField, isPrivateField, PRIVATE_PROGRAM_FIELDS } from '../../shared/sync/fields';
import { MERGE_ORDER } from '../../shared/sync/merge-command';
import { repairProgram, type Repair } from '../../shared/sync/repair';
import { decodeSet, decodeValue, entityFieldKind, fieldsOfKey, nestedKinds, programFieldKind, type FieldKind } from './codec';
import { ORDER, type DocSet, type StoredEntity } from './docs';

export interface ReadResult {
  program: Program;
  repairs: Repair[];
  /** Entities or fields that could not be read (set aside), in words. */
  unreadable: { collection: CollectionName | 'program'; id: string; message: string }[];
}

type Schema = { safeParse(value: unknown): { success: true; data: unknown } | { success: false; error: { issues: { path: PropertyKey[]; message: string }[] } } };
type ZodLike = { def: { type: string; innerType?: ZodLike; options?: unknown[]; entries?: Record<string, string> }; shape?: Record<string, ZodLike>; options?: { shape: Record<string, ZodLike> }[] };

/** The value a field takes when this copy does not hold it: empty text, no list, null. */
function emptyOf(type: ZodLike | undefined): unknown {
  const def = type?.def;
  switch (def?.type) {
    case 'nullable':
      return null;
    case 'optional':
    case 'default':
      return def.innerType ? emptyOf(def.innerType) : null;
    case 'string':
      return '';
    case 'array':
      return [];
    case 'boolean':
      return false;
    case 'number':
    case 'int':
      return 0;
    default:
      return null;
  }
}

function shapeOf(collection: CollectionName, type?: string): Record<string, ZodLike> {
  const schema = entitySchemas[collection] as unknown as ZodLike;
  if (schema.options) {
    const option = schema.options.find((o) => {
      const literal = o.shape['type'] as unknown as { def: { values?: unknown[] } } | undefined;
      const values = literal?.def.values ?? [];
      const enumValues = Object.values((o.shape['type'] as ZodLike | undefined)?.def.entries ?? {});
      return values.includes(type) || enumValues.includes(type as string);
    });
    return option?.shape ?? schema.options[0]!.shape;
  }
  return schema.shape ?? {};
}

/** Decodes a stored field by its kind. */
function decodeField(stored: unknown, kind: FieldKind, owner: string): unknown {
  if (kind === 'set') return decodeSet(stored);
  if (kind === 'nested') {
    const out: Record<string, unknown> = {};
    const kinds = nestedKinds(owner);
    for (const [sub, value] of Object.entries((stored ?? {}) as Record<string, unknown>)) out[sub] = decodeField(value, kinds[sub] ?? 'json', `${owner}.${sub}`);
    return out;
  }
  return decodeValue(kind, stored);
}

/** A stored entity's fields as the program holds them (before the schema check). */
function decodeStored(collection: CollectionName, stored: StoredEntity | undefined): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(stored ?? {})) {
    if (key === ORDER) continue;
    const fields = fieldsOfKey(key);
    if (fields.length > 1) {
      const values = decodeValue('json', value) as unknown[];
      fields.forEach((field, i) => (out[field] = values?.[i]));
    } else {
      out[key] = decodeField(value, entityFieldKind(collection, key), `${collection}.${key}`);
    }
  }
  return out;
}

interface Memo {
  plan: unknown;
  secret: unknown;
  host: unknown;
  entity: { id: string } | null;
  problem: string | null;
}

export class ProgramReader {
  private readonly memos = new Map<string, Memo>();

  /** The program the documents hold, repaired; `local` supplies what is local to this copy. */
  read(docs: DocSet, local: Pick<Program, 'id' | 'schemaVersion' | 'shared'>): ReadResult {
    const unreadable: ReadResult['unreadable'] = [];
    const seen = new Set<string>();
    const collections = {} as Record<CollectionName, { id: string }[]>;
    for (const collection of MERGE_ORDER) {
      const stored = docs.plan.collections[collection] ?? {};
      const entries = Object.entries(stored)
        .map(([id, entity]) => ({ id, entity, order: typeof entity[ORDER] === 'number' ? entity[ORDER] : 0 }))
        .sort((a, b) => (a.order === b.order ? (a.id < b.id ? -1 : a.id > b.id ? 1 : 0) : a.order - b.order));
      const list: { id: string }[] = [];
      for (const { id, entity } of entries) {
        const key = `${collection}\u0000${id}`;
        seen.add(key);
        const memo = this.entity(docs, collection, id, entity, key);
        if (memo.entity) list.push(memo.entity);
        else unreadable.push({ collection, id, message: memo.problem ?? 'unreadable' });
      }
      collections[collection] = list;
    }
    for (const key of this.memos.keys()) if (!seen.has(key)) this.memos.delete(key);

    // Built in the schema's key order, so the file's bytes depend only on its content.
    const program: Record<string, unknown> = {};
    const shape = programSchema.shape as unknown as Record<string, ZodLike & Schema>;
    for (const field of Object.keys(shape)) {
      if (field === 'schemaVersion') program[field] = local.schemaVersion;
      else if (field === 'id') program[field] = local.id;
      else if (field === 'shared') program[field] = local.shared;
      else if (field === 'dismissals') program[field] = readDismissals(docs);
      else if (field === 'issues') program[field] = readIssues(docs);
      else if (field in collections) program[field] = collections[field as CollectionName];
      else program[field] = this.programField(docs, field, shape[field]!, unreadable);
    }

    const { program: repaired, repairs } = repairProgram(program as Program);
    return { program: repaired, repairs, unreadable };
  }

  private programField(docs: DocSet, field: string, type: ZodLike & Schema, unreadable: ReadResult['unreadable']): unknown {
    let value: unknown;
    if (PRIVATE_PROGRAM_FIELDS.includes(field)) {
      const stored = docs.private?.program[field];
      value = stored === undefined ? emptyOf(type) : decodeValue('json', stored);
    } else {
      const group = Object.keys(docs.plan.program).find((key) => key.includes('+') && fieldsOfKey(key).includes(field));
      if (group) value = (decodeValue('json', docs.plan.program[group]) as unknown[])[fieldsOfKey(group).indexOf(field)];
      else if (field in docs.plan.program) value = decodeField(docs.plan.program[field], programFieldKind(field), `program.${field}`);
      else value = emptyOf(type);
    }
    const parsed = type.safeParse(value);
    if (parsed.success) return parsed.data;
    unreadable.push({ collection: 'program', id: field, message: parsed.error.issues[0]?.message ?? 'invalid' });
    const fallback = type.safeParse(emptyOf(type));
    return fallback.success ? fallback.data : value;
  }

  /** One entity, from the memo when none of its stored objects changed. */
  private entity(docs: DocSet, collection: CollectionName, id: string, plan: StoredEntity, key: string): Memo {
    const secret = docs.private?.collections[collection]?.[id];
    const city = collection === 'activities' ? cityOf(plan) : null;
    const host = city ? docs.hosts.get(city)?.hosts[id] : undefined;
    const memo = this.memos.get(key);
    if (memo && memo.plan === plan && memo.secret === secret && memo.host === host) return memo;

    const fields = decodeStored(collection, plan);
    const shape = shapeOf(collection, fields['type'] as string | undefined);
    const raw: Record<string, unknown> = { id };
    for (const field of Object.keys(shape)) {
      if (field === 'id') continue;
      if (isPrivateField(collection, field)) raw[field] = secret && field in secret ? decodeValue(entityFieldKind(collection, field) === 'json' ? 'json' : 'scalar', secret[field]) : emptyOf(shape[field]);
      else if (isHostField(collection, field)) raw[field] = host === undefined ? emptyOf(shape[field]) : decodeValue('json', host);
      else raw[field] = field in fields ? fields[field] : emptyOf(shape[field]);
    }
    // Fields the schema does not know (a newer app's) are left out rather than failing the entity.
    const parsed = (entitySchemas[collection] as unknown as Schema).safeParse(raw);
    const next: Memo = parsed.success
      ? { plan, secret, host, entity: parsed.data as { id: string }, problem: null }
      : { plan, secret, host, entity: null, problem: `${parsed.error.issues[0]?.path.join('.') ?? ''}: ${parsed.error.issues[0]?.message ?? 'invalid'}` };
    this.memos.set(key, next);
    return next;
  }
}

function readDismissals(docs: DocSet): Program['dismissals'] {
  return Object.entries(docs.plan.dismissals ?? {})
    .map(([problemId, value]) => ({ problemId, ...(decodeValue('json', value) as { reason: string; dismissedAt: string; o: number }) }))
    .sort((a, b) => (a.o === b.o ? (a.problemId < b.problemId ? -1 : 1) : a.o - b.o))
    .map(({ o: _o, ...dismissal }) => dismissal);
}

function readIssues(docs: DocSet): Program['issues'] {
  return Object.values(docs.plan.issues ?? {})
    .map((value) => decodeValue('json', value) as Program['issues'][number])
    .sort((a, b) => a.version - b.version);
}

/** The city of a stored activity at one place (its place and timing are stored together). */
function cityOf(stored: StoredEntity): string | null {
  const placed = stored['cityId+timing'];
  if (placed === undefined) return null;
  const values = decodeValue('json', placed) as unknown[];
  return typeof values?.[0] === 'string' ? values[0] : null;
}
