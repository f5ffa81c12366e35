/**
 * The `program/merge` command that turns a copy of a program into the shared program as it now
 * stands: what the sync layer applies, through the same action table as every other edit, when
 * teammates' changes arrive (docs/team-planning.md). Pure, and cheap when little changed: lists the
 * two programs share are skipped, entities compared by identity first.
 */
import type { Command } from '../commands/types';
import type { CollectionName, Program } from '../program/schema';

type MergeCommand = Extract<Command, { type: 'program/merge' }>;

/** Collections in the order their members may refer to each other (a venue names a city, an activity its host...). */
export const MERGE_ORDER: readonly CollectionName[] = ['cities', 'venues', 'hosts', 'participants', 'staff', 'groups', 'phases', 'activities'];

/** Top-level fields that are not program information: collections, lists with their own commands, and what is local to a copy. */
const NOT_INFO = new Set<string>(['schemaVersion', 'id', 'shared', 'dismissals', 'issues', ...MERGE_ORDER]);

/** The program-level fields a merge compares (every field of the program that is not a list or local). */
export function infoFields(program: Program): string[] {
  return Object.keys(program).filter((key) => !NOT_INFO.has(key));
}

/** Deep equality of two plain JSON values (entities come out of their schemas with keys in one order). */
export const same = (a: unknown, b: unknown): boolean => a === b || JSON.stringify(a) === JSON.stringify(b);

/** An entity that differs between two programs: added (no before), removed (no after) or changed. */
export interface EntityChange {
  collection: CollectionName;
  id: string;
  before: { id: string } | undefined;
  after: { id: string } | undefined;
  /** The entity's position in the later program's list (when it is there). */
  index: number;
}

/** Every entity that differs between `before` and `after`, collections in MERGE_ORDER. */
export function entityChanges(before: Program, after: Program): EntityChange[] {
  const changes: EntityChange[] = [];
  for (const collection of MERGE_ORDER) {
    const older = before[collection] as readonly { id: string }[];
    const newer = after[collection] as readonly { id: string }[];
    if (older === newer) continue;
    const byId = new Map(older.map((entity) => [entity.id, entity]));
    const kept = new Set<string>();
    newer.forEach((entity, index) => {
      kept.add(entity.id);
      const old = byId.get(entity.id);
      if (old === entity || (old !== undefined && same(old, entity))) return;
      changes.push({ collection, id: entity.id, before: old, after: entity, index });
    });
    for (const entity of older) if (!kept.has(entity.id)) changes.push({ collection, id: entity.id, before: entity, after: undefined, index: -1 });
  }
  return changes;
}

/** The merge turning `local` into `target`, or null when they already hold the same. */
export function mergeCommand(local: Program, target: Program, by: readonly string[]): MergeCommand | null {
  const upserts: MergeCommand['upserts'] = [];
  const removes: MergeCommand['removes'] = [];
  for (const change of entityChanges(local, target)) {
    if (change.after) upserts.push({ collection: change.collection, entity: change.after, index: change.index });
    else removes.push({ collection: change.collection, id: change.id });
  }
  const info: Record<string, unknown> = {};
  for (const key of infoFields(target)) {
    const value = (target as Record<string, unknown>)[key];
    if (!same((local as Record<string, unknown>)[key], value)) info[key] = value;
  }
  const command: MergeCommand = { type: 'program/merge', by: [...by], upserts, removes };
  if (Object.keys(info).length) command.info = info;
  if (local.dismissals !== target.dismissals && !same(local.dismissals, target.dismissals)) command.dismissals = target.dismissals;
  if (local.issues !== target.issues && !same(local.issues, target.issues)) command.issues = target.issues;
  const empty = !upserts.length && !removes.length && !command.info && !command.dismissals && !command.issues;
  return empty ? null : command;
}
