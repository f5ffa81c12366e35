/**
 * Turning file text into a Program: parse, check the version, migrate, validate strictly, check
 * cross-references. Pure, so the app, the command line and the fuzz tests use the same code. Every
 * failure is a typed error naming the problem; nothing here ever throws for bad input.
 */
import { z } from 'zod';
import { CURRENT_SCHEMA_VERSION, programSchema, type Program } from './schema';
import { migrate, MIGRATIONS, OLDEST_SCHEMA_VERSION, type JsonObject, type Migration } from './migrate';
import { programIssues, type PathSegment, type ProgramIssue } from './validate';

/** Program files larger than this are refused before parsing (a 20,000-activity program is ~17 MB). */
export const MAX_PROGRAM_BYTES = 200 * 1024 * 1024;

export type LoadErrorCode =
  | 'EMPTY'
  | 'NOT_JSON'
  | 'NOT_A_PROGRAM'
  | 'UNSUPPORTED_VERSION'
  | 'FUTURE_VERSION'
  | 'INVALID';

export interface LoadError {
  code: LoadErrorCode;
  message: string;
  issues: ProgramIssue[];
}

export type LoadResult =
  | {
      ok: true;
      program: Program;
      /** The version the file was written in (lower than current when it was migrated). */
      fileVersion: number;
      /** Set when the file must not be written: it was made by a newer app. */
      readOnlyReason: string | null;
    }
  | { ok: false; error: LoadError };

/** Formats an issue path as `activities[3].timing.start`. */
export function formatPath(path: readonly PathSegment[]): string {
  let out = '';
  for (const segment of path) {
    if (typeof segment === 'number') out += `[${segment}]`;
    else out += out ? `.${segment}` : segment;
  }
  return out || '(file)';
}

/** One line per issue, for error dialogs and the command line. */
export function describeIssues(issues: readonly ProgramIssue[], limit = 20): string {
  const lines = issues.slice(0, limit).map((issue) => `${formatPath(issue.path)}: ${issue.message}`);
  if (issues.length > limit) lines.push(`... and ${issues.length - limit} more`);
  return lines.join('\n');
}

function fail(code: LoadErrorCode, message: string, issues: ProgramIssue[] = []): LoadResult {
  return { ok: false, error: { code, message, issues } };
}

function zodIssues(error: z.ZodError): ProgramIssue[] {
  return error.issues.map((issue) => ({
    path: issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p)),
    message: issue.message,
  }));
}

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

/** Deep-freezes a value of a known schema. */
type Freeze = (value: unknown) => void;
const NOTHING_TO_FREEZE: Freeze = () => undefined;

/**
 * A deep freeze that follows the schema: it visits only the keys that hold objects or lists, which
 * is ~3.5x faster than walking every key (3.6 vs 12.8 ms for 20,000 activities). Any kind of schema
 * it does not know falls back to walking the value itself, so nothing is left unfrozen.
 */
function freezerFor(schema: z.ZodType): Freeze {
  if (schema instanceof z.ZodString || schema instanceof z.ZodNumber || schema instanceof z.ZodBoolean) return NOTHING_TO_FREEZE;
  if (schema instanceof z.ZodEnum || schema instanceof z.ZodLiteral || schema instanceof z.ZodNull) return NOTHING_TO_FREEZE;
  if (schema instanceof z.ZodNullable || schema instanceof z.ZodOptional) {
    const inner = freezerFor(schema.unwrap() as z.ZodType);
    return inner === NOTHING_TO_FREEZE ? inner : (value) => value !== null && value !== undefined && inner(value);
  }
  if (schema instanceof z.ZodArray) {
    const element = freezerFor(schema.element as z.ZodType);
    if (element === NOTHING_TO_FREEZE) return (value) => Object.freeze(value);
    return (value) => {
      for (const item of value as unknown[]) element(item);
      Object.freeze(value);
    };
  }
  // Strict objects (catchall never) hold only their shape's keys; others may hold more: walk those.
  if (schema instanceof z.ZodObject && (!schema.def.catchall || schema.def.catchall instanceof z.ZodNever)) {
    const children = Object.entries(schema.shape as Record<string, z.ZodType>)
      .map(([key, child]) => [key, freezerFor(child)] as const)
      .filter(([, freeze]) => freeze !== NOTHING_TO_FREEZE);
    return (value) => {
      for (const [key, freeze] of children) freeze((value as Record<string, unknown>)[key]);
      Object.freeze(value);
    };
  }
  if (schema instanceof z.ZodDiscriminatedUnion) {
    const byTag = new Map<unknown, Freeze>();
    const key = schema.def.discriminator;
    for (const option of schema.options as z.ZodType[]) {
      const tag = option instanceof z.ZodObject ? (option.shape as Record<string, z.ZodType>)[key] : undefined;
      const tags = tag instanceof z.ZodLiteral ? [...tag.values] : tag instanceof z.ZodEnum ? tag.options : [];
      for (const value of tags) byTag.set(value, freezerFor(option));
    }
    return (value) => (byTag.get((value as Record<string, unknown>)[key]) ?? deepFreeze)(value);
  }
  return deepFreeze;
}

/** Object.freeze on a value and everything inside it. */
function deepFreeze(value: unknown): void {
  if (typeof value !== 'object' || value === null) return;
  Object.freeze(value);
  if (Array.isArray(value)) {
    for (const item of value) deepFreeze(item);
    return;
  }
  for (const key in value) deepFreeze((value as Record<string, unknown>)[key]);
}

/** Parses the text of a program file (already decoded as strict UTF-8, BOM removed). */
export function loadProgramText(text: string, migrations: Readonly<Record<number, Migration>> = MIGRATIONS): LoadResult {
  if (text.trim() === '') return fail('EMPTY', 'The file is empty.');
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    // A file cut between tokens fails at its very end with a message that does not say so
    // ("Expected ',' or '}' ... at position N", N = the text's length): that is a cut-off file too.
    const position = /at position (\d+)/.exec(detail)?.[1];
    const atEnd = position !== undefined && Number(position) >= text.trimEnd().length;
    const truncated = atEnd || /end of (JSON )?input|Unterminated/i.test(detail);
    return fail(
      'NOT_JSON',
      truncated
        ? `The file is cut off before its end (it may have been partly written): ${detail}`
        : `The file is not valid JSON: ${detail}`,
    );
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    return fail('NOT_A_PROGRAM', `The file holds ${raw === null ? 'null' : Array.isArray(raw) ? 'a list' : `a ${typeof raw}`}, not an IVLP program.`);
  }
  const doc = raw as JsonObject;
  const version = doc['schemaVersion'];
  if (version === undefined) return fail('NOT_A_PROGRAM', 'The file has no schemaVersion, so it is not an IVLP program file.');
  if (typeof version !== 'number' || !Number.isInteger(version)) {
    return fail('NOT_A_PROGRAM', `schemaVersion must be a whole number, found ${JSON.stringify(version)}.`);
  }
  if (version < OLDEST_SCHEMA_VERSION) {
    return fail('UNSUPPORTED_VERSION', `Schema version ${version} is older than any this app can read (oldest: ${OLDEST_SCHEMA_VERSION}).`);
  }

  if (version > CURRENT_SCHEMA_VERSION) {
    // A newer app wrote this. If it still reads as our version, show it but never write it back:
    // saving would drop whatever the newer version added.
    const result = validateProgram({ ...doc, schemaVersion: CURRENT_SCHEMA_VERSION });
    const reason = `This file was saved by a newer IVLP Planner (schema version ${version}; this app knows up to ${CURRENT_SCHEMA_VERSION}). It is open read-only; update the app to edit it.`;
    if (!result.ok) return fail('FUTURE_VERSION', reason.replace('It is open read-only; update', 'Update'), result.issues);
    return { ok: true, program: result.program, fileVersion: version, readOnlyReason: reason };
  }

  let current: JsonObject;
  try {
    current = migrate(doc, version, migrations);
  } catch (error) {
    return fail('UNSUPPORTED_VERSION', `Could not upgrade the file from schema version ${version}: ${error instanceof Error ? error.message : String(error)}`);
  }
  const result = validateProgram(current);
  if (!result.ok) {
    return fail('INVALID', `The file is not a valid program (${result.issues.length} problem${result.issues.length === 1 ? '' : 's'}):\n${describeIssues(result.issues)}`, result.issues);
  }
  return { ok: true, program: result.program, fileVersion: version, readOnlyReason: null };
}

/** The canonical text of a program file: stable key order from the schema, two-space indent, final newline. */
export function serializeProgram(program: Program): string {
  return `${JSON.stringify(program, null, 2)}\n`;
}
