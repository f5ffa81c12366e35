/**
 * Turning file text into a Program: parse, check the version, migrate, validate strictly, check
 * cross-references. Pure, so the app, the command line and the fuzz tests use the same code. Every
 * failure is a typed error naming the problem; nothing here ever throws for bad input.
 */
import { CURRENT_SCHEMA_VERSION, type Program } from './schema';
import { migrate, MIGRATIONS, OLDEST_SCHEMA_VERSION, type JsonObject, type Migration } from './migrate';
import type { ProgramIssue } from './validate';
import { describeIssues, type LoadErrorCode, type LoadResult } from './load-errors';
import { validateProgram } from './load-validate';

export { describeIssues, formatPath, type LoadError, type LoadErrorCode, type LoadResult } from './load-errors';
export { isRememberedEntity, validateProgram } from './load-validate';

/** Program files larger than this are refused before parsing (a 20,000-activity program is ~17 MB). */
export const MAX_PROGRAM_BYTES = 200 * 1024 * 1024;

function fail(code: LoadErrorCode, message: string, issues: ProgramIssue[] = []): LoadResult {
  return { ok: false, error: { code, message, issues } };
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
