/**
 * Writes a change of a program into the shared documents, field by field: only fields whose value
 * changed are written, so teammates' concurrent edits of other fields of the same entity survive,
 * and edits of the same field become Automerge conflicts the app shows (docs/team-planning.md).
 * Each field goes to the document its sensitivity decides (shared/sync/fields.ts).
 */
import { isHostField, isPrivateField, PRIVATE_PROGRAM_FIELDS } from '../../shared/sync/fields';
import { entityChanges, infoFields, same, type EntityChange } from '../../shared/sync/merge-command';
import type { CollectionName, Program } from '../../shared/program/schema';
import { encodeValue, entityFieldKind, nestedKinds, programFieldKind, storedKeys, type FieldKind, type StoredKey } from './codec';
import { ORDER, type HostsDoc, type PlanDoc, type PrivateDoc, type StoredEntity } from './docs';

type Mutator<D> = (mutate: (doc: D) => void) => void;

/** Where this copy may write. A copy without a private document does not write private fields. */
export interface DocWriters {
  plan: Mutator<PlanDoc>;
  private: Mutator<PrivateDoc> | null;
  /** The hosts document of a city, or null when this copy does not hold it. */
  hosts(cityId: string): Mutator<HostsDoc> | null;
}

type Ops<D> = ((doc: D) => void)[];

/** Writes what differs between `before` and `after` (a whole program when `before` is empty). */
export function writeChange(before: Program, after: Program, writers: DocWriters): void {
  const plan: Ops<PlanDoc> = [];
  const secret: Ops<PrivateDoc> = [];
  const hosts = new Map<string, Ops<HostsDoc>>();
  const hostOps = (cityId: string) => {
    let ops = hosts.get(cityId);
    if (!ops) hosts.set(cityId, (ops = []));
    return ops;
  };

  for (const change of entityChanges(before, after)) {
    entityOps(change, after, plan, secret, hostOps);
  }
  programOps(before, after, plan, secret);
  dismissalOps(before, after, plan);
  issueOps(before, after, plan);

  if (plan.length) writers.plan((doc) => plan.forEach((op) => op(doc)));
  if (secret.length && writers.private) writers.private((doc) => secret.forEach((op) => op(doc)));
  for (const [cityId, ops] of hosts) writers.hosts(cityId)?.((doc) => ops.forEach((op) => op(doc)));
}

const fieldsOf = (entity: { id: string } | undefined) => (entity ? Object.keys(entity).filter((field) => field !== 'id') : []);
const get = (entity: { id: string } | undefined, field: string) => (entity as Record<string, unknown> | undefined)?.[field];

/** The city whose hosts document holds an activity's host: its own city, for activities at one place. */
function hostCity(entity: { id: string } | undefined): string | null {
  const cityId = get(entity, 'cityId');
  return typeof cityId === 'string' && get(entity, 'host') !== undefined ? cityId : null;
}

function entityOps(change: EntityChange, after: Program, plan: Ops<PlanDoc>, secret: Ops<PrivateDoc>, hostOps: (cityId: string) => Ops<HostsDoc>): void {
  const { collection, id, before: old, after: next } = change;
  const oldCity = collection === 'activities' ? hostCity(old) : null;
  const newCity = collection === 'activities' ? hostCity(next) : null;

  if (!next) {
    plan.push((doc) => {
      const map = doc.collections[collection];
      if (map && id in map) delete map[id];
    });
    if (fieldsOf(old).some((field) => isPrivateField(collection, field))) {
      secret.push((doc) => {
        const map = doc.collections[collection];
        if (map && id in map) delete map[id];
      });
    }
    if (oldCity) hostOps(oldCity).push((doc) => void (id in doc.hosts && delete doc.hosts[id]));
    return;
  }

  const planFields = fieldsOf(next).filter((field) => !isPrivateField(collection, field) && !isHostField(collection, field));
  const secretFields = fieldsOf(next).filter((field) => isPrivateField(collection, field));
  const list = after[collection] as readonly { id: string }[];

  plan.push((doc) => {
    const map = child(doc.collections, collection) as Record<string, StoredEntity>;
    let stored = map[id];
    if (!stored) {
      map[id] = { [ORDER]: orderKey(map, list, change.index) };
      stored = map[id]!;
    }
    writeStored(stored, collection, storedKeys(collection, planFields), old, next);
    // A key the entity no longer has (an activity that changed type) goes too.
    const keep = new Set(storedKeys(collection, planFields).map((k) => k.key));
    for (const key of Object.keys(stored)) if (key !== ORDER && !keep.has(key)) delete stored[key];
  });

  if (secretFields.length) {
    secret.push((doc) => {
      const map = child(doc.collections, collection) as Record<string, StoredEntity>;
      const stored = child(map, id) as StoredEntity;
      writeStored(stored, collection, secretFields.map((field) => ({ key: field, fields: [field] })), old, next);
    });
  }

  if (collection === 'activities') {
    if (oldCity && oldCity !== newCity) hostOps(oldCity).push((doc) => void (id in doc.hosts && delete doc.hosts[id]));
    if (newCity && (oldCity !== newCity || !same(get(old, 'host'), get(next, 'host')))) {
      const host = encodeValue('json', get(next, 'host'));
      hostOps(newCity).push((doc) => void (doc.hosts[id] = host as HostsDoc['hosts'][string]));
    }
  }
}

/** Writes the stored keys whose value changed between `old` and `next` into a stored map. */
function writeStored(stored: StoredEntity, collection: CollectionName, keys: readonly StoredKey[], old: { id: string } | undefined, next: { id: string }): void {
  for (const { key, fields } of keys) {
    const oldValues = fields.map((field) => get(old, field));
    const newValues = fields.map((field) => get(next, field));
    const fresh = !(key in stored);
    if (!fresh && same(oldValues, newValues)) continue;
    if (fields.length > 1) {
      stored[key] = encodeValue('json', newValues);
      continue;
    }
    writeField(stored, key, entityFieldKind(collection, key), `${collection}.${key}`, fresh ? undefined : oldValues[0], newValues[0]);
  }
}

/** Writes one field of a stored map according to its kind. */
function writeField(stored: Record<string, unknown>, field: string, kind: FieldKind, owner: string, old: unknown, next: unknown): void {
  switch (kind) {
    case 'scalar':
    case 'json':
      stored[field] = encodeValue(kind, next);
      return;
    case 'set': {
      const ids = (next as string[]) ?? [];
      const set = child(stored, field) as Record<string, number>;
      const keep = new Set(ids);
      for (const id of Object.keys(set)) if (!keep.has(id)) delete set[id];
      ids.forEach((id, index) => {
        if (!(id in set)) set[id] = index;
      });
      return;
    }
    case 'nested': {
      const map = child(stored, field);
      const kinds = nestedKinds(owner);
      const before = (old ?? {}) as Record<string, unknown>;
      const after = (next ?? {}) as Record<string, unknown>;
      for (const [sub, value] of Object.entries(after)) {
        if (sub in map && same(before[sub], value)) continue;
        writeField(map, sub, kinds[sub] ?? (value !== null && typeof value === 'object' ? 'json' : 'scalar'), `${owner}.${sub}`, sub in map ? before[sub] : undefined, value);
      }
      for (const sub of Object.keys(map)) if (!(sub in after)) delete map[sub];
      return;
    }
  }
}

/**
 * The map under `key`, created if missing. Inside an Automerge change, assigning an object stores a
 * copy: the object assigned is not the document's map, so the map must be read back after.
 */
function child(parent: Record<string, unknown>, key: string): Record<string, unknown> {
  if (!(key in parent)) parent[key] = {};
  return parent[key] as Record<string, unknown>;
}

/** A number placing an entity between its neighbours in the list, from their numbers in the document. */
function orderKey(map: Record<string, StoredEntity>, list: readonly { id: string }[], index: number): number {
  const neighbour = (i: number) => (i >= 0 && i < list.length ? (map[list[i]!.id]?.[ORDER] as number | undefined) : undefined);
  const lo = neighbour(index - 1);
  const hi = neighbour(index + 1);
  if (lo === undefined && hi === undefined) return index;
  if (lo === undefined) return (hi as number) - 1;
  if (hi === undefined) return lo + 1;
  return (lo + hi) / 2;
}

function programOps(before: Program, after: Program, plan: Ops<PlanDoc>, secret: Ops<PrivateDoc>): void {
  const fields = infoFields(after);
  const shared = fields.filter((field) => !PRIVATE_PROGRAM_FIELDS.includes(field));
  const privateFields = fields.filter((field) => PRIVATE_PROGRAM_FIELDS.includes(field));
  const changed = (field: string) => !same((before as Record<string, unknown>)[field], (after as Record<string, unknown>)[field]);
  const keys = storedKeys('program', shared).filter((k) => k.fields.some(changed) || before.id !== after.id);
  if (keys.length) {
    plan.push((doc) => {
      for (const { key, fields: group } of keys) {
        const fresh = !(key in doc.program);
        const values = group.map((field) => (after as Record<string, unknown>)[field]);
        if (group.length > 1) doc.program[key] = encodeValue('json', values);
        else writeField(doc.program, key, programFieldKind(key), `program.${key}`, fresh ? undefined : (before as Record<string, unknown>)[key], values[0]);
      }
    });
  }
  const secrets = privateFields.filter(changed);
  if (secrets.length) {
    secret.push((doc) => {
      for (const field of secrets) doc.program[field] = encodeValue('json', (after as Record<string, unknown>)[field]);
    });
  }
}

function dismissalOps(before: Program, after: Program, plan: Ops<PlanDoc>): void {
  if (before.dismissals === after.dismissals || same(before.dismissals, after.dismissals)) return;
  const kept = new Set(after.dismissals.map((d) => d.problemId));
  const old = new Map(before.dismissals.map((d, i) => [d.problemId, { ...d, o: i }]));
  plan.push((doc) => {
    for (const problemId of old.keys()) if (!kept.has(problemId) && problemId in doc.dismissals) delete doc.dismissals[problemId];
    after.dismissals.forEach((dismissal, o) => {
      const value = { ...dismissal, o };
      if (!same(old.get(dismissal.problemId), value) || !(dismissal.problemId in doc.dismissals)) {
        doc.dismissals[dismissal.problemId] = encodeValue('json', value) as PlanDoc['dismissals'][string];
      }
    });
  });
}

function issueOps(before: Program, after: Program, plan: Ops<PlanDoc>): void {
  if (before.issues === after.issues) return;
  const old = new Map(before.issues.map((issued) => [String(issued.version), issued]));
  const kept = new Set(after.issues.map((issued) => String(issued.version)));
  plan.push((doc) => {
    for (const version of old.keys()) if (!kept.has(version) && version in doc.issues) delete doc.issues[version];
    for (const issued of after.issues) {
      const version = String(issued.version);
      if (!same(old.get(version), issued) || !(version in doc.issues)) doc.issues[version] = encodeValue('json', issued) as PlanDoc['issues'][string];
    }
  });
}
