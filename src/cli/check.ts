/**
 * `ivlp check <file> [--json]`: opens a program file exactly as the app does (readProgramFile: size
 * cap, strict UTF-8, parse, migrate, strict validation) and reports every problem with its path;
 * then runs the conflict engine over a valid program and lists what the app's problems panel would
 * (dismissed ones flagged). Exit 0: valid, no open errors; 1: valid, open errors; 2: invalid or
 * unreadable. Read-only by construction: readProgramFile never writes, and nothing here does.
 */
import { basename } from 'node:path';
import { checkProgram, compareProblems, optionsOfProgram, type Problem, type Severity } from '../shared/conflicts';
import { formatPath } from '../shared/program/load';
import type { Program } from '../shared/program/schema';
import { isPlainDate, Temporal } from '../shared/time';
import { isStorageError } from '../main/storage/errors';
import { readProgramFile } from '../main/storage/program-file';
import { EXIT_FAIL, EXIT_OK, EXIT_PROBLEMS, type CliIo } from './io';

/** Counts shown for a valid file. */
export interface CheckSummary {
  participants: number;
  staff: number;
  groups: number;
  activities: number;
  cities: number;
}

/** One conflict-engine problem as the report lists it. */
export interface ProblemReport {
  /** Stable id: what a dismissal in the file refers to. */
  id: string;
  ruleId: string;
  severity: Severity;
  message: string;
  /** Local date (YYYY-MM-DD) the problem is about. */
  day: string;
  activityIds: readonly string[];
  personIds: readonly string[];
  groupIds: readonly string[];
  dismissed: boolean;
}

/** The `--json` report; `summary` and `problems` are null when the file could not be loaded. */
export interface CheckReport {
  /** Whether the file is a valid program (problems do not make it invalid). */
  ok: boolean;
  file: string;
  errors: { path: string; message: string }[];
  summary: CheckSummary | null;
  /** Every problem the conflict engine finds, errors first; dismissed ones included and flagged. */
  problems: ProblemReport[] | null;
  /** Problems not dismissed, by severity. */
  openProblems: Record<Severity, number> | null;
  /** Set when the file opens but must not be saved (for example, written by a newer app). */
  readOnlyReason?: string;
  /** The storage error code when the file failed (LOAD_FAILED: read but invalid; others: unreadable). */
  code?: string;
}

/** Checks one file and builds the report; never throws for a bad or missing file. `today` (YYYY-MM-DD): the planner's date, for the rule about unconfirmed appointments. */
export async function checkFile(file: string, today: string | null = null): Promise<CheckReport> {
  try {
    const opened = await readProgramFile(file);
    const problems = conflicts(opened.program, today);
    const report: CheckReport = { ok: true, file, errors: [], summary: summarize(opened.program), problems, openProblems: countOpen(problems) };
    if (opened.readOnlyReason) report.readOnlyReason = opened.readOnlyReason;
    return report;
  } catch (error) {
    if (!isStorageError(error)) throw error;
    const issues = error.loadError?.issues ?? [];
    const errors = issues.length
      ? issues.map((issue) => ({ path: formatPath(issue.path), message: issue.message }))
      : // No per-field issues (not JSON, cut off, not UTF-8, missing): the whole file is the problem.
        [{ path: formatPath([]), message: error.loadError?.message ?? error.message }];
    return { ok: false, file, errors, summary: null, problems: null, openProblems: null, code: error.code };
  }
}

/** Runs `ivlp check`; returns the exit code. `today` defaults to this computer's date. */
export async function runCheck(file: string, options: { json: boolean; today?: string }, io: CliIo): Promise<number> {
  const today = options.today ?? Temporal.Now.plainDateISO().toString();
  if (!isPlainDate(today)) {
    io.err(`ivlp: --today must be a date as YYYY-MM-DD, not "${today}"\n`);
    return EXIT_FAIL;
  }
  const report = await checkFile(file, today);
  if (options.json) {
    io.out(`${JSON.stringify(report, null, 2)}\n`);
    return exitCode(report);
  }
  const name = basename(file);
  if (report.ok && report.summary) {
    const s = report.summary;
    io.out(`${name}: valid program: ${s.participants} participants, ${s.staff} staff, ${s.groups} groups, ${s.activities} activities, ${s.cities} cities\n`);
    if (report.readOnlyReason) io.out(`note: ${report.readOnlyReason}\n`);
    io.out(formatProblems(report.problems ?? []));
    return exitCode(report);
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

/** 0: valid without open errors; 1: valid with open errors; 2: invalid or unreadable. */
function exitCode(report: CheckReport): number {
  if (!report.ok) return EXIT_FAIL;
  return report.openProblems && report.openProblems.error > 0 ? EXIT_PROBLEMS : EXIT_OK;
}

/** The conflict engine's problems, with the file's dismissals applied, in the panel's order. */
function conflicts(program: Program, today: string | null): ProblemReport[] {
  return [...checkProgram(program, optionsOfProgram(program, today))].sort(compareProblems).map((p: Problem) => ({
    id: p.id,
    ruleId: p.ruleId,
    severity: p.severity,
    message: p.message,
    day: p.day,
    activityIds: p.activityIds,
    personIds: p.personIds,
    groupIds: p.groupIds,
    dismissed: p.dismissed,
  }));
}

function countOpen(problems: readonly ProblemReport[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const p of problems) if (!p.dismissed) counts[p.severity]++;
  return counts;
}

function count(n: number, word: string): string {
  return `${n} ${word}${n === 1 || word === 'info' ? '' : 's'}`;
}

/** "problems: 0 errors, 2 warnings, 4 info (1 dismissed)" and one entry per problem, dismissed last. */
function formatProblems(problems: readonly ProblemReport[]): string {
  const open = countOpen(problems);
  const dismissed = problems.filter((p) => p.dismissed);
  let text = `problems: ${count(open.error, 'error')}, ${count(open.warning, 'warning')}, ${count(open.info, 'info')}${dismissed.length ? ` (${dismissed.length} dismissed)` : ''}\n`;
  for (const p of [...problems.filter((x) => !x.dismissed), ...dismissed]) {
    const ids = [p.activityIds.length ? `activities ${list(p.activityIds)}` : '', p.personIds.length ? `people ${list(p.personIds)}` : ''].filter(Boolean).join('; ');
    text += `  ${p.dismissed ? 'dismissed ' : ''}${p.severity} ${p.ruleId}: ${p.message}\n`;
    if (ids) text += `    ${ids}\n`;
  }
  return text;
}

// A group's problem names every member; the text keeps to a line (--json has them all).
function list(ids: readonly string[], max = 8): string {
  return ids.length > max ? `${ids.slice(0, max).join(', ')} and ${ids.length - max} more` : ids.join(', ');
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
