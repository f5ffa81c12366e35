/**
 * `ivlp check <file> [--json]`: opens a program file exactly as the app does (readProgramFile: size
 * cap, strict UTF-8, parse, migrate, strict validation) and reports every problem with its path.
 * Read-only by construction: readProgramFile never writes, and nothing here does.
 */
import { basename } from 'node:path';
import { formatPath } from '../shared/program/load';
import type { Program } from '../shared/program/schema';
import { isStorageError } from '../main/storage/errors';
import { readProgramFile } from '../main/storage/program-file';
import { EXIT_FAIL, EXIT_OK, type CliIo } from './io';

/** Counts shown for a valid file. */
export interface CheckSummary {
  participants: number;
  staff: number;
  groups: number;
  activities: number;
  cities: number;
}

/** The `--json` report; `summary` is null when the file could not be loaded. */
export interface CheckReport {
  ok: boolean;
  file: string;
  errors: { path: string; message: string }[];
  summary: CheckSummary | null;
  /** Set when the file opens but must not be saved (for example, written by a newer app). */
  readOnlyReason?: string;
  /** The storage error code when the file failed (LOAD_FAILED: read but invalid; others: unreadable). */
  code?: string;
}

/** Checks one file and builds the report; never throws for a bad or missing file. */
export async function checkFile(file: string): Promise<CheckReport> {
  try {
    const opened = await readProgramFile(file);
    const report: CheckReport = { ok: true, file, errors: [], summary: summarize(opened.program) };
    if (opened.readOnlyReason) report.readOnlyReason = opened.readOnlyReason;
    return report;
  } catch (error) {
    if (!isStorageError(error)) throw error;
    const issues = error.loadError?.issues ?? [];
    const errors = issues.length
      ? issues.map((issue) => ({ path: formatPath(issue.path), message: issue.message }))
      : // No per-field issues (not JSON, cut off, not UTF-8, missing): the whole file is the problem.
        [{ path: formatPath([]), message: error.loadError?.message ?? error.message }];
    return { ok: false, file, errors, summary: null, code: error.code };
  }
}

/** Runs `ivlp check`; returns the exit code. */
export async function runCheck(file: string, options: { json: boolean }, io: CliIo): Promise<number> {
  const report = await checkFile(file);
  if (options.json) {
    io.out(`${JSON.stringify(report, null, 2)}\n`);
    return report.ok ? EXIT_OK : EXIT_FAIL;
  }
  const name = basename(file);
  if (report.ok && report.summary) {
    const s = report.summary;
    io.out(`${name}: valid program: ${s.participants} participants, ${s.staff} staff, ${s.groups} groups, ${s.activities} activities, ${s.cities} cities\n`);
    if (report.readOnlyReason) io.out(`note: ${report.readOnlyReason}\n`);
    return EXIT_OK;
  }
  if (report.code !== 'LOAD_FAILED') {
    io.err(`${name}: cannot be opened: ${report.errors[0]?.message ?? 'unknown problem'}\n`);
    return EXIT_FAIL;
  }
  const problems = report.errors.length === 1 ? '1 problem' : `${report.errors.length} problems`;
  // Every issue, not the app dialog's first twenty: the command line is where one fixes them all.
  const lines = report.errors.map((e) => `${e.path}: ${e.message}`).join('\n');
  io.err(`${name}: not a valid program (${problems}):\n${indent(lines)}\n`);
  return EXIT_FAIL;
}

function summarize(program: Program): CheckSummary {
  return {
    participants: program.participants.length,
    staff: program.staff.length,
    groups: program.groups.length,
    activities: program.activities.length,
    cities: program.cities.length,
  };
}

function indent(text: string): string {
  return text
    .split('\n')
    .map((line) => `  ${line}`)
    .join('\n');
}
