/**
 * `ivlp issue <program> [--note TEXT]` records a numbered version of every traveler's itinerary in
 * the program file, through the app's own durable writer (temp file, fsync, backup, atomic rename:
 * never a partial file). `ivlp changes <program> --since N [--json]` lists, per traveler, what
 * changed since version N.
 */
import { parseArgs } from 'node:util';
import { applyCommand } from '../shared/commands/apply';
import { changesSince, describeChange, issuedVersion, issueSnapshot, type TravelerChanges } from '../shared/issuing/index';
import { serializeProgram } from '../shared/program/load';
import { isStorageError } from '../main/storage/errors';
import { readProgramFile, sweepStaleTempsBeside, writeProgramFile } from '../main/storage/program-file';
import { EXIT_FAIL, EXIT_OK, type CliIo } from './io';
import { ISSUE_USAGE } from './usage';

class UsageError extends Error {}

function usageError(error: unknown): UsageError {
  return new UsageError(error instanceof Error ? error.message : String(error));
}

/** A version number from the command line: a whole number from 1. */
export function parseVersion(value: string | undefined, option: string): number {
  const n = Number(value);
  if (value === undefined || !/^\d+$/.test(value) || !Number.isSafeInteger(n) || n < 1) throw new UsageError(`${option} must be a version number (1, 2, ...), not "${value ?? ''}"`);
  return n;
}

function fail(io: CliIo, command: string, message: string, usage = false): number {
  io.err(`ivlp ${command}: ${message}\n${usage ? `\nUsage:\n${ISSUE_USAGE}` : ''}`);
  return EXIT_FAIL;
}

/** Runs `ivlp issue ...` (argv after "issue"); returns the exit code. */
export async function runIssue(argv: readonly string[], io: CliIo, deps: { now?: () => Date } = {}): Promise<number> {
  let file: string;
  let note: string;
  try {
    let parsed;
    try {
      parsed = parseArgs({ args: [...argv], allowPositionals: true, strict: true, options: { note: { type: 'string' } } });
    } catch (error) {
      throw usageError(error);
    }
    const { values, positionals } = parsed;
    if (positionals.length !== 1) throw new UsageError('issue takes one program file');
    file = positionals[0] as string;
    note = values.note ?? '';
    if (note.length > 2000) throw new UsageError('--note is limited to 2000 characters');
  } catch (error) {
    if (error instanceof UsageError) return fail(io, 'issue', error.message, true);
    throw error;
  }
  try {
    // A writer of the program, like the app when it opens one: first our own stale temps go.
    await sweepStaleTempsBeside(file);
    const opened = await readProgramFile(file);
    if (opened.readOnlyReason) return fail(io, 'issue', `${opened.readOnlyReason} Nothing was recorded.`);
    const issued = issueSnapshot(opened.program, { issuedAt: (deps.now?.() ?? new Date()).toISOString(), note });
    const next = applyCommand(opened.program, { type: 'program/issue', issued }).program;
    await writeProgramFile(file, serializeProgram(next), { expectedHash: opened.hash, mode: opened.mode });
    const participants = issued.travelers.filter((t) => t.kind === 'participant').length;
    const staff = issued.travelers.length - participants;
    io.out(`issued version ${issued.version} to ${issued.travelers.length} travelers (${participants} participants, ${staff} staff)\n`);
    return EXIT_OK;
  } catch (error) {
    if (isStorageError(error)) return fail(io, 'issue', error.message);
    throw error;
  }
}

function textReport(since: number, issuedAt: string, all: readonly TravelerChanges[]): string {
  const affected = all.filter((t) => t.changes.length > 0);
  const lines = [`Changes since version ${since} (issued ${issuedAt}): ${affected.length} of ${all.length} travelers affected.`];
  for (const t of affected) {
    lines.push('', `${t.name} (${t.kind} ${t.personId})${t.heldVersion === null ? ': joined after this version; everything is new' : ''}`);
    for (const c of t.changes) lines.push(`  - ${describeChange(c)}`);
  }
  return `${lines.join('\n')}\n`;
}

/** Runs `ivlp changes ...` (argv after "changes"); returns the exit code. */
export async function runChanges(argv: readonly string[], io: CliIo): Promise<number> {
  let file: string;
  let since: number;
  let json: boolean;
  try {
    let parsed;
    try {
      parsed = parseArgs({ args: [...argv], allowPositionals: true, strict: true, options: { since: { type: 'string' }, json: { type: 'boolean' } } });
    } catch (error) {
      throw usageError(error);
    }
    const { values, positionals } = parsed;
    if (positionals.length !== 1) throw new UsageError('changes takes one program file');
    file = positionals[0] as string;
    since = parseVersion(values.since, '--since');
    json = values.json === true;
  } catch (error) {
    if (error instanceof UsageError) return fail(io, 'changes', error.message, true);
    throw error;
  }
  try {
    const { program } = await readProgramFile(file);
    let issuedAt: string;
    let all: TravelerChanges[];
    try {
      issuedAt = issuedVersion(program, since).issuedAt;
      all = changesSince(program, since);
    } catch (error) {
      if (error instanceof RangeError) return fail(io, 'changes', error.message);
      throw error;
    }
    if (json) {
      const travelers = all.filter((t) => t.changes.length > 0).map((t) => ({ ...t, changes: t.changes.map((c) => ({ ...c, text: describeChange(c) })) }));
      io.out(`${JSON.stringify({ since, issuedAt, travelers, unchanged: all.length - travelers.length }, null, 2)}\n`);
    } else {
      io.out(textReport(since, issuedAt, all));
    }
    return EXIT_OK;
  } catch (error) {
    if (isStorageError(error)) return fail(io, 'changes', error.message);
    throw error;
  }
}
