/**
 * Concurrent edits of one field: Automerge keeps one value on every copy and the others as
 * conflicts (getConflicts). The app shows each conflict as a problem naming both people and both
 * values, with a one-click choice that is itself a change everyone receives (docs/team-planning.md).
 * Who made a value is read from the message of the change that made it: every change this app
 * writes says who made it.
 */
import * as A from '@automerge/automerge';
import { ImmutableString } from '@automerge/automerge';
import type { CollectionName } from '../../shared/program/schema';
import type { SyncConflict } from '../../shared/sync/conflict';
import { decodeValue, entityFieldKind, fieldsOfKey, programFieldKind } from './codec';
import { ORDER, type HostsDoc, type PlanDoc, type PrivateDoc } from './docs';

export type { SyncConflict };

type Where = 'plan' | 'private' | 'hosts';

/** Finds who made an operation, from the messages of the changes in a document. */
class Authors {
  private byActor: Map<string, A.ChangeMetadata[]> | null = null;

  constructor(private readonly doc: A.Doc<unknown>) {}

  of(opId: string): string {
    const [counter, actor] = opId.split('@') as [string, string];
    this.byActor ??= group(A.getChangesMetaSince(this.doc, []));
    const op = Number(counter);
    const change = this.byActor.get(actor)?.find((meta) => meta.startOp <= op && op <= meta.maxOp);
    try {
      const by = (JSON.parse(change?.message ?? '{}') as { by?: unknown }).by;
      return typeof by === 'string' && by ? by : 'a teammate';
    } catch {
      return 'a teammate';
    }
  }
}

function group(metas: A.ChangeMetadata[]): Map<string, A.ChangeMetadata[]> {
  const map = new Map<string, A.ChangeMetadata[]>();
  for (const meta of metas) {
    const list = map.get(meta.actor) ?? [];
    list.push(meta);
    map.set(meta.actor, list);
  }
  return map;
}

const text = (value: unknown) => (value instanceof ImmutableString ? value.toString() : JSON.stringify(value));

/** The conflict on one stored key of a map, or null when its value is settled. */
function conflictAt(
  where: Where,
  owner: Record<string, unknown>,
  key: string,
  decode: (stored: unknown) => unknown[],
  authors: Authors,
  place: { collection: CollectionName | 'program'; entityId: string | null; cityId?: string },
): SyncConflict | null {
  const conflicts = A.getConflicts(owner as A.Doc<unknown>, key);
  if (!conflicts || Object.keys(conflicts).length < 2) return null;
  const winner = text(owner[key]);
  const values = Object.entries(conflicts)
    .map(([opId, value]) => ({ opId, by: authors.of(opId), values: decode(value), won: text(value) === winner }))
    .sort((a, b) => Number(b.won) - Number(a.won) || (a.opId < b.opId ? -1 : 1));
  return {
    id: `${where}/${place.collection}/${place.entityId ?? ''}/${key}`,
    where,
    collection: place.collection,
    entityId: place.entityId,
    cityId: place.cityId ?? null,
    key,
    fields: fieldsOfKey(key),
    values: values.map(({ opId, by, values: v }) => ({ opId, by, values: v })),
  };
}

function entityDecoder(collection: CollectionName, key: string): (stored: unknown) => unknown[] {
  const fields = fieldsOfKey(key);
  if (fields.length > 1) return (stored) => decodeValue('json', stored) as unknown[];
  const kind = entityFieldKind(collection, key);
  return (stored) => [decodeValue(kind === 'json' ? 'json' : 'scalar', stored)];
}

/** Every conflict in the shared documents this copy holds (optionally only for some entities). */
export function findConflicts(docs: { plan: A.Doc<PlanDoc>; private: A.Doc<PrivateDoc> | null; hosts: ReadonlyMap<string, A.Doc<HostsDoc>> }, only?: ReadonlySet<string>): SyncConflict[] {
  const out: SyncConflict[] = [];
  const scan = (where: Where, doc: A.Doc<PlanDoc> | A.Doc<PrivateDoc>) => {
    const authors = new Authors(doc);
    const program = doc.program as Record<string, unknown>;
    if (!only || only.has('program')) {
      for (const key of Object.keys(program)) {
        const fields = fieldsOfKey(key);
        const kind = fields.length > 1 ? 'json' : programFieldKind(key);
        const decode = (stored: unknown) => (fields.length > 1 ? (decodeValue('json', stored) as unknown[]) : [decodeValue(kind === 'json' ? 'json' : 'scalar', stored)]);
        const found = conflictAt(where, program, key, decode, authors, { collection: 'program', entityId: null });
        if (found) out.push(found);
      }
    }
    for (const [collection, entities] of Object.entries(doc.collections ?? {}) as [CollectionName, Record<string, Record<string, unknown>>][]) {
      for (const [id, stored] of Object.entries(entities)) {
        if (only && !only.has(`${collection}/${id}`)) continue;
        for (const key of Object.keys(stored)) {
          if (key === ORDER) continue;
          const kind = entityFieldKind(collection, key);
          if (kind === 'set' || kind === 'nested') continue; // sets merge; nested fields are checked one level down
          const found = conflictAt(where, stored, key, entityDecoder(collection, key), authors, { collection, entityId: id });
          if (found) out.push(found);
        }
        const attendees = stored['attendees'];
        if (attendees && typeof attendees === 'object') {
          const found = conflictAt(where, attendees as Record<string, unknown>, 'everyone', (v) => [v], authors, { collection, entityId: id });
          if (found) out.push({ ...found, id: `${found.id}.attendees`, key: 'attendees.everyone', fields: ['attendees.everyone'] });
        }
      }
    }
  };
  scan('plan', docs.plan);
  if (docs.private) scan('private', docs.private);
  for (const [cityId, doc] of docs.hosts) {
    const authors = new Authors(doc);
    for (const id of Object.keys(doc.hosts ?? {})) {
      if (only && !only.has(`activities/${id}`)) continue;
      const found = conflictAt('hosts', doc.hosts as Record<string, unknown>, id, (v) => [decodeValue('json', v)], authors, { collection: 'activities', entityId: id, cityId });
      if (found) out.push({ ...found, key: 'host', fields: ['host'] });
    }
  }
  return out;
}
