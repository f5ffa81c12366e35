/**
 * `ivlp import-roster <program> <roster.csv|.xlsx> [--map column=field ...] [--day-first|--month-first]
 * [--dry-run] [--json]`: reads a roster, lists the rows it accepts and rejects (each with its reason)
 * and the dates that need confirming, then applies the import as ONE undoable batch and writes the
 * program through the app's durable writer. All-or-nothing: on --dry-run, unanswered date questions,
 * or any error, the program file is not touched.
 *
 * Exit 0: every data row imported (or would be, on --dry-run). 1: some rows were rejected; the rest
 * were imported (or would be) - the rejected rows are listed so the planner can fix and re-import
 * them. 2: bad usage, an unreadable roster or program, unanswered ambiguous dates, or a refused write.
 */
import { parseArgs } from 'node:util';
import { applyCommand } from '../shared/commands/apply';
import { CommandError } from '../shared/commands/types';
import { serializeProgram } from '../shared/program/load';
import { detectMapping, isRosterField, normalizeHeader, planRosterImport, ROSTER_FIELDS, type RosterField, type RosterPlan } from '../shared/roster/index';
import { isStorageError } from '../main/storage/errors';
import { readProgramFile, sweepStaleTempsBeside, writeProgramFile } from '../main/storage/program-file';
import { readRosterFile, RosterReadError } from '../main/roster/read-roster';
import { EXIT_FAIL, EXIT_OK, EXIT_PROBLEMS, type CliIo } from './io';
import { IMPORT_ROSTER_USAGE } from './usage';

class UsageError extends Error {}

function fail(io: CliIo, message: string, usage = false): number {
  io.err(`ivlp import-roster: ${message}\n${usage ? `\nUsage:\n${IMPORT_ROSTER_USAGE}` : ''}`);
  return EXIT_FAIL;
}

/** Applies `--map` overrides (column by header name or 1-based number) to the detected mapping. */
export function applyMapOptions(header: readonly string[], detected: Map<number, RosterField>, maps: readonly string[]): Map<number, RosterField> {
  const mapping = new Map(detected);
  for (const option of maps) {
    const eq = option.lastIndexOf('=');
    if (eq <= 0) throw new UsageError(`--map takes column=field, not "${option}"`);
    const column = option.slice(0, eq).trim();
    const field = option.slice(eq + 1).trim();
    if (field !== 'ignore' && !isRosterField(field)) throw new UsageError(`--map: "${field}" is not a field (${ROSTER_FIELDS.join(', ')}, or ignore)`);
    let index = header.findIndex((h) => normalizeHeader(h) === normalizeHeader(column) && normalizeHeader(column) !== '');
    if (index < 0 && /^\d+$/.test(column)) index = Number(column) - 1;
    if (index < 0 || index >= Math.max(header.length, 1)) throw new UsageError(`--map: the roster has no column "${column}"`);
    if (field === 'ignore') {
      mapping.delete(index);
      continue;
    }
    for (const [i, f] of mapping) if (f === field) mapping.delete(i); // one column per field
    mapping.set(index, field);
  }
  return mapping;
}

function textReport(plan: RosterPlan, header: readonly string[], mapping: ReadonlyMap<number, RosterField>, dryRun: boolean, written: boolean): string {
  const lines: string[] = [];
  const mapped = [...mapping].sort((a, b) => a[0] - b[0]).map(([i, f]) => `${header[i]?.trim() || `column ${i + 1}`} -> ${f}`);
  lines.push(`Columns: ${mapped.join(', ') || 'none recognised'}`);
  for (const w of plan.warnings) lines.push(`warning: ${w}`);
  lines.push(`Accepted: ${plan.accepted.length}`);
  for (const a of plan.accepted) {
    const p = a.participant;
    lines.push(`  row ${a.row}: ${[p.givenName, p.familyName].filter(Boolean).join(' ')} (${p.country}) as ${p.id}${a.groupId ? ` in ${a.groupId}` : ''}`);
  }
  lines.push(`Rejected: ${plan.rejected.length}`);
  for (const r of plan.rejected) lines.push(`  row ${r.row}: ${r.reason}`);
  if (plan.questions.length) {
    lines.push(`Dates to confirm (run again with --day-first or --month-first): ${plan.questions.length}`);
    for (const q of plan.questions) lines.push(`  row ${q.row}: ${q.column} "${q.value}" is ${q.readings.dayFirst} day first, or ${q.readings.monthFirst} month first`);
  }
  if (written) lines.push(`Imported ${plan.accepted.length} participants as one undoable step.`);
  else if (dryRun) lines.push('Dry run: nothing was written.');
  else lines.push('Nothing was written.');
  return `${lines.join('\n')}\n`;
}

/** Runs `ivlp import-roster ...` (argv after "import-roster"); returns the exit code. */
export async function runImportRoster(argv: readonly string[], io: CliIo): Promise<number> {
  let programFile: string;
  let rosterFile: string;
  let values;
  try {
    let parsed;
    try {
      parsed = parseArgs({
        args: [...argv],
        allowPositionals: true,
        strict: true,
        options: {
          map: { type: 'string', multiple: true },
          'day-first': { type: 'boolean' },
          'month-first': { type: 'boolean' },
          'dry-run': { type: 'boolean' },
          json: { type: 'boolean' },
        },
      });
    } catch (error) {
      throw new UsageError(error instanceof Error ? error.message : String(error));
    }
    values = parsed.values;
    if (parsed.positionals.length !== 2) throw new UsageError('import-roster takes a program file and a roster file');
    [programFile, rosterFile] = parsed.positionals as [string, string];
    if (values['day-first'] && values['month-first']) throw new UsageError('--day-first and --month-first contradict each other');
  } catch (error) {
    if (error instanceof UsageError) return fail(io, error.message, true);
    throw error;
  }
  const dryRun = values['dry-run'] === true;
  try {
    // A writer of the program, like the app when it opens one: first our own stale temps go (not
    // on --dry-run, which changes nothing on disk).
    if (!dryRun) await sweepStaleTempsBeside(programFile);
    const opened = await readProgramFile(programFile);
    if (opened.readOnlyReason && !dryRun) return fail(io, `${opened.readOnlyReason} Nothing was imported.`);
    const roster = await readRosterFile(rosterFile);
    const header = roster.rows[0] ?? [];
    let mapping;
    try {
      mapping = applyMapOptions(header, detectMapping(header), values.map ?? []);
    } catch (error) {
      if (error instanceof UsageError) return fail(io, error.message, true);
      throw error;
    }
    const dayFirst = values['day-first'] ? true : values['month-first'] ? false : undefined;
    const plan = planRosterImport(opened.program, roster.rows, mapping, { ...(dayFirst === undefined ? {} : { dayFirst }), date1904: roster.date1904 });
    let written = false;
    if (!dryRun && plan.command && plan.questions.length === 0) {
      const next = applyCommand(opened.program, plan.command).program;
      await writeProgramFile(programFile, serializeProgram(next), { expectedHash: opened.hash, mode: opened.mode });
      written = true;
    }
    if (values.json) {
      const report = {
        file: programFile,
        roster: { file: rosterFile, format: roster.format, encoding: roster.encoding, delimiter: roster.delimiter, date1904: roster.date1904 },
        mapping: Object.fromEntries([...mapping].map(([i, f]) => [header[i]?.trim() || String(i + 1), f])),
        accepted: plan.accepted.map((a) => ({ row: a.row, groupId: a.groupId, participant: a.participant })),
        rejected: plan.rejected,
        questions: plan.questions,
        warnings: plan.warnings,
        dryRun,
        written,
      };
      io.out(`${JSON.stringify(report, null, 2)}\n`);
    } else {
      io.out(textReport(plan, header, mapping, dryRun, written));
    }
    if (plan.questions.length) {
      if (!values.json) io.err('ivlp import-roster: some dates read two ways; say --day-first or --month-first. Nothing was written.\n');
      return EXIT_FAIL;
    }
    return plan.rejected.length ? EXIT_PROBLEMS : EXIT_OK;
  } catch (error) {
    if (isStorageError(error) || error instanceof RosterReadError) return fail(io, `${error.message} Nothing was written.`);
    if (error instanceof CommandError) return fail(io, `the import does not apply: ${error.message}. Nothing was written.`);
    throw error;
  }
}
