/**
 * The fast, incremental validation behind validateProgram: entities that passed once are frozen
 * and remembered, so a save after a one-activity edit checks only what changed.
 */
import { z } from 'zod';
import { programSchema, type Program } from './schema';
import { programIssues, type ProgramIssue } from './validate';
import { zodIssues } from './load-errors';
import { freezerFor, type Freeze } from './load-freeze';

/**
 * Validates an in-memory program exactly as a loaded file would be validated: the strict schema,
 * then programIssues. Returns the schema's copy (keys in schema order, so serializing it gives the
 * canonical file text).
 *
 * Entity objects (the members of the program's lists) that pass are remembered and frozen, and a
 * later call skips their schema check: that is what makes saving after a one-activity edit cheap
 * (commands share every untouched entity with the previous program). Freezing is what makes the
 * skip sound: a remembered object cannot have changed since it passed. Cross-references and time
 * consistency (programIssues) are still checked over the whole program on every call.
 */
export function validateProgram(value: unknown): { ok: true; program: Program } | { ok: false; issues: ProgramIssue[] } {
  const fresh: Fresh = { entities: [], lists: [] };
  let program = validateShape(value, fresh);
  if (program === null) {
    // Either invalid or a shape the fast path does not take: the runtime schema decides and words
    // the problems exactly as zod does.
    const parsed = programSchema.safeParse(value);
    if (!parsed.success) return { ok: false, issues: zodIssues(parsed.error) };
    program = parsed.data;
    fresh.entities.length = 0;
    fresh.lists.length = 0;
  }
  const issues = programIssues(program);
  if (issues.length) return { ok: false, issues };
  rememberValid(fresh);
  return { ok: true, program };
}

/**
 * Whether `value` is an entity validateProgram validated as a member of the program list `list`
 * and froze (deeply): it cannot change, so anything derived from it (its serialized bytes) may be
 * kept by identity.
 */
export function isRememberedEntity(list: string, value: unknown): boolean {
  if (typeof value !== 'object' || value === null) return false;
  return validationPlan().lists.get(list)?.known.has(value) ?? false;
}

/** How validateProgram splits the program schema: the lists of entities, and everything else. */
interface ValidationPlan {
  /** The program's keys in schema order (the order of the validated copy). */
  keys: readonly string[];
  /** The program without its entity lists (still strict: an unknown key fails here). */
  head: z.ZodType;
  /** Each entity list: its element schema, how to freeze one, and the members already validated. */
  lists: ReadonlyMap<string, EntityList>;
}

interface EntityList {
  element: z.ZodType;
  freeze: Freeze;
  known: WeakSet<object>;
}

let plan: ValidationPlan | null = null;

/** Copies of new entities that passed their schema, and the `known` set of the list each belongs to. */
interface Fresh {
  entities: object[];
  lists: EntityList[];
}

/**
 * Built from programSchema on first use, so a list added to the schema is covered without a change
 * here. z.compile turns a schema into generated code (4-5x faster than zod's interpreter on a
 * 20,000-activity program); it needs `new Function`, so where zod runs jitless (the renderer, under
 * its CSP) the schemas are used as they are.
 */
function validationPlan(): ValidationPlan {
  if (plan) return plan;
  const shape = programSchema.shape as Record<string, z.ZodType>;
  const lists = new Map<string, EntityList>();
  const omit: Partial<Record<keyof typeof programSchema.shape, true>> = {};
  for (const [key, schema] of Object.entries(shape)) {
    // A list with checks of its own (length limits) is validated whole, as part of the head.
    if (schema instanceof z.ZodArray && !schema.def.checks?.length) {
      const element = schema.element as z.ZodType;
      lists.set(key, { element: compiled(element), freeze: freezerFor(element), known: new WeakSet() });
      omit[key as keyof typeof programSchema.shape] = true;
    }
  }
  plan = { keys: Object.keys(shape), head: compiled(programSchema.omit(omit)), lists };
  return plan;
}

/** The schema as generated code where zod may generate code (see validationPlan), else as it is. */
function compiled<T extends z.ZodType>(schema: T): T {
  return z.config().jitless ? schema : z.compile(schema);
}

/**
 * The schema-checked copy of `value`, or null when it fails (or has an own `__proto__` key, which
 * copying it here would turn into a prototype). Members already known valid are reused as they are;
 * new members' copies are collected in `fresh` to be remembered once the whole program passes.
 */
function validateShape(value: unknown, fresh: Fresh): Program | null {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return null;
  const input = value as Record<string, unknown>;
  const { keys, head, lists } = validationPlan();
  const rest: Record<string, unknown> = {};
  // for-in, like zod's strict check: an enumerable inherited key counts as a key of the program.
  for (const key in input) {
    if (key === '__proto__') return null;
    if (!lists.has(key)) rest[key] = input[key];
  }
  const checkedHead = head.safeParse(rest);
  if (!checkedHead.success) return null;
  const headOut = checkedHead.data as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const key of keys) {
    const list = lists.get(key);
    if (!list) {
      if (key in headOut) out[key] = headOut[key];
      continue;
    }
    const items = input[key];
    if (!Array.isArray(items)) return null;
    const copy: unknown[] = items.slice();
    for (let i = 0; i < items.length; i++) {
      const item: unknown = items[i];
      if (typeof item === 'object' && item !== null && list.known.has(item)) continue; // kept as it is
      const checked = list.element.safeParse(item);
      if (!checked.success) return null;
      const entity: unknown = checked.data;
      copy[i] = entity;
      if (typeof entity === 'object' && entity !== null) {
        fresh.entities.push(entity);
        fresh.lists.push(list);
      }
    }
    out[key] = copy;
  }
  return out as Program;
}

/** Freezes the new entities of a program that passed and remembers each as valid in its list. */
function rememberValid(fresh: Fresh): void {
  for (let i = 0; i < fresh.entities.length; i++) {
    const entity = fresh.entities[i] as object;
    const list = fresh.lists[i] as EntityList;
    list.freeze(entity);
    list.known.add(entity);
  }
}
