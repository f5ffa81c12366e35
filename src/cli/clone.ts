/**
 * `ivlp clone <source> --start YYYY-MM-DD --out <file>`: next year's program from this year's
 * (shared/clone). Reads the source exactly as the app opens it, checks the clone against the
 * strict schema, and writes it as a new file (never over one, unless --force). Exit 0 written; 2
 * bad input (another weekday, a file that does not load, an existing output).
 */
import { parseArgs } from 'node:util';
import { cloneProgram, CloneError } from '../shared/clone/index';
import { describeIssues, serializeProgram, validateProgram } from '../shared/program/load';
import { isStorageError } from '../main/storage/errors';
import { readProgramFile } from '../main/storage/program-file';
import { EXIT_FAIL, EXIT_OK, type CliIo } from './io';
import { writeNewFile } from './new-file';
import { CLONE_USAGE } from './usage';

/** Runs `ivlp clone`; returns the exit code. */
export async function runClone(argv: readonly string[], io: CliIo): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: {
        start: { type: 'string' },
        out: { type: 'string' },
        appointments: { type: 'string' },
        'keep-roster': { type: 'boolean' },
        'keep-issues': { type: 'boolean' },
        'keep-dismissals': { type: 'boolean' },
        force: { type: 'boolean' },
        json: { type: 'boolean' },
      },
    });
  } catch (error) {
    return usage(io, error instanceof Error ? error.message : String(error));
  }
  const { values, positionals } = parsed;
  if (positionals.length !== 1) return usage(io, 'clone takes one source program');
  if (!values.start) return usage(io, 'clone needs --start YYYY-MM-DD (the new first day)');
  if (!values.out) return usage(io, 'clone needs --out <file> for the new program');
  const appointments = values.appointments ?? 'requested';
  if (appointments !== 'idea' && appointments !== 'requested') return usage(io, `--appointments is "idea" or "requested", not "${appointments}"`);
  const source = positionals[0] as string;

  let opened;
  try {
    opened = await readProgramFile(source);
  } catch (error) {
    if (!isStorageError(error)) throw error;
    io.err(`ivlp: ${source} cannot be cloned: ${error.message}\n`);
    return EXIT_FAIL;
  }
  let result;
  try {
    result = cloneProgram(opened.program, {
      start: values.start,
      appointments,
      keepRoster: values['keep-roster'] === true,
      keepIssues: values['keep-issues'] === true,
      keepDismissals: values['keep-dismissals'] === true,
    });
  } catch (error) {
    if (!(error instanceof CloneError)) throw error;
    io.err(`ivlp: ${error.message}\n`);
    return EXIT_FAIL;
  }
  // The clone must be a program this app writes; a failure here is a bug, said as one.
  const checked = validateProgram(result.program);
  if (!checked.ok) {
    io.err(`ivlp: the clone is not a valid program (a bug; please report it):\n${describeIssues(checked.issues)}\n`);
    return EXIT_FAIL;
  }
  const quiet: CliIo = values.json ? { out: () => undefined, err: io.err } : io;
  const code = await writeNewFile(values.out, serializeProgram(checked.program), values.force === true, quiet);
  if (code !== EXIT_OK) return code;
  const r = result.report;
  if (values.json) {
    io.out(`${JSON.stringify({ file: values.out, id: checked.program.id, title: checked.program.title, startDate: checked.program.startDate, endDate: checked.program.endDate, ...r }, null, 2)}\n`);
    return EXIT_OK;
  }
  io.out(
    `${checked.program.title}: ${checked.program.startDate} to ${checked.program.endDate} (every date ${r.shiftDays >= 0 ? '+' : ''}${r.shiftDays} days, same weekdays)\n` +
      `  ${r.activities} activities: ${r.appointments} appointments ${appointments === 'idea' ? 'are ideas again' : 'to request again'}, ${r.rebook} bookings to make again\n` +
      `  not copied: ${r.droppedCalledOff} cancelled or declined, ${r.droppedPersonal} that only last year's participants attended\n` +
      (r.movedOutOfGap.length ? `  ${r.movedOutOfGap.length} times fell in a daylight-saving gap and moved later: ${r.movedOutOfGap.map((m) => m.activityId).join(', ')}\n` : '') +
      `  run "ivlp check ${values.out}" to see what to arrange\n`,
  );
  return EXIT_OK;
}

function usage(io: CliIo, problem: string): number {
  io.err(`ivlp: ${problem}\n\n${CLONE_USAGE}`);
  return EXIT_FAIL;
}
