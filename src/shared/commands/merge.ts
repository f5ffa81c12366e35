/**
 * Applying `program/merge`: teammates' changes as they stand in the shared program. Unlike a
 * planner's own edits it applies no planning policy (a city's zone may change under its activities,
 * a venue in use may go): the shared program already holds the result, and every copy must reach
 * it. What it does check is that every entity fits its schema and every reference resolves, so a
 * merge can never leave a file that fails to load; the sync layer repairs dangling references
 * before it builds the command (docs/team-planning.md).
 */
import { programSchema, entitySchemas, type CollectionName, type EntityOf, type Program } from '../program/schema';
import { programIssues } from '../program/validate';
import { formatPath } from '../program/load';
import { CommandError, type Applied, type Command } from './types';

type MergeCommand = Extract<Command, { type: 'program/merge' }>;
type Upsert = MergeCommand['upserts'][number];

/** The program-level fields a merge may set: every top-level field but the collections and what is local to a copy. */
const NOT_INFO = new Set(['schemaVersion', 'id', 'shared', 'cities', 'venues', 'participants', 'staff', 'groups', 'activities', 'phases', 'dismissals', 'issues']);

export function applyMerge(program: Program, command: MergeCommand): Applied {
  let next: Program = { ...program };
  const inverseUpserts: Upsert[] = [];
  const inverseRemoves: MergeCommand['removes'] = [];

  const removedByCollection = new Map<CollectionName, Set<string>>();
  for (const { collection, id } of command.removes) {
    const list = next[collection] as { id: string }[];
    const index = list.findIndex((item) => item.id === id);
    if (index < 0) continue; // already gone here: a merge is idempotent
    inverseUpserts.push({ collection, entity: list[index], index });
    let set = removedByCollection.get(collection);
    if (!set) removedByCollection.set(collection, (set = new Set()));
    set.add(id);
  }
  for (const [collection, ids] of removedByCollection) {
    next = { ...next, [collection]: (next[collection] as { id: string }[]).filter((item) => !ids.has(item.id)) };
  }

  // Upserts arrive in ascending target index per collection, so inserting each at its index
  // rebuilds the shared program's order.
  for (const upsert of command.upserts) {
    const entity = parse(upsert.collection, upsert.entity);
    const list = (next[upsert.collection] as EntityOf<typeof upsert.collection>[]).slice();
    const at = list.findIndex((item) => item.id === entity.id);
    if (at >= 0) {
      inverseUpserts.push({ collection: upsert.collection, entity: list[at], index: at });
      list.splice(at, 1);
    } else {
      inverseRemoves.push({ collection: upsert.collection, id: entity.id });
    }
    list.splice(Math.min(upsert.index, list.length), 0, entity);
    next = { ...next, [upsert.collection]: list };
  }

  const inverseInfo: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(command.info ?? {})) {
    if (NOT_INFO.has(key) || !Object.hasOwn(programSchema.shape, key)) throw new CommandError('INVALID', `a merge cannot set the program field "${key}"`);
    const parsed = (programSchema.shape as Record<string, { safeParse(v: unknown): { success: boolean; data?: unknown } }>)[key]!.safeParse(value);
    if (!parsed.success) throw new CommandError('INVALID', `a merge set an invalid value for the program's ${key}`);
    inverseInfo[key] = (program as Record<string, unknown>)[key];
    next = { ...next, [key]: parsed.data };
  }
  const inverse: MergeCommand = { type: 'program/merge', by: command.by, upserts: inverseUpserts.toReversed(), removes: inverseRemoves, ...(command.info ? { info: inverseInfo } : {}) };
  if (command.dismissals) {
    inverse.dismissals = program.dismissals;
    next = { ...next, dismissals: command.dismissals };
  }
  if (command.issues) {
    inverse.issues = program.issues;
    next = { ...next, issues: command.issues };
  }

  const issues = programIssues(next);
  if (issues.length) {
    const first = issues[0]!;
    throw new CommandError('INVALID', `the merged program would not be valid: ${formatPath(first.path)}: ${first.message}`);
  }
  return { program: next, inverse };
}

/**
 * The entity checked against its schema. When the schema's copy is the same as what was given (the
 * sync layer's entities already are), the given object is kept: the next merge then finds it
 * unchanged by identity instead of comparing thousands of entities field by field.
 */
function parse<C extends CollectionName>(collection: C, value: unknown): EntityOf<C> {
  const parsed = entitySchemas[collection].safeParse(value);
  if (parsed.success && JSON.stringify(parsed.data) === JSON.stringify(value)) return value as EntityOf<C>;
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    throw new CommandError('INVALID', `a merged ${collection} entry is not valid: ${first ? formatPath(first.path.map((p) => (typeof p === 'symbol' ? String(p) : p))) : ''}: ${first?.message ?? 'unknown problem'}`);
  }
  return parsed.data as EntityOf<C>;
}
