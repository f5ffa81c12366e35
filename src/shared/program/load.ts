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

/** Validates an in-memory program exactly as a loaded file would be validated. */
export function validateProgram(value: unknown): { ok: true; program: Program } | { ok: false; issues: ProgramIssue[] } {
  const parsed = programSchema.safeParse(value);
  if (!parsed.success) return { ok: false, issues: zodIssues(parsed.error) };
  const issues = programIssues(parsed.data);
  return issues.length ? { ok: false, issues } : { ok: true, program: parsed.data };
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
