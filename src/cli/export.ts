/**
 * `ivlp export pdf|ics <program> --out <dir> (--participant ID | --group ID | --staff ID | --all | --book)`.
 * Reads the program exactly as the app does, projects the itineraries, and writes PDFs (Chromium
 * through playwright-core: CHROMIUM_PATH or /usr/bin/chromium) or iCalendar files. The selector
 * becomes the app's ExportSelection (--all: every participant), and the files are chosen, named and
 * written by the app's own export code (src/main/export/export-files.ts): all files of one run are
 * staged as temp files and renamed into place together, so a failure or Ctrl-C leaves no partial file.
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { ExportSelection } from '../shared/ipc/contract';
import type { Program } from '../shared/program/schema';
import { exportBatch, selectsTravelers, unissued, unknownSubject, writeCalendars, writePdfs } from '../main/export/export-files';
import { isStorageError } from '../main/storage/errors';
import { readProgramFile } from '../main/storage/program-file';
import { createChromiumPrinter } from '../main/print/chromium-printer';
import type { Printer } from '../main/print/printer';
import { StagedWriteError } from '../main/print/staged-files';
import type { Paper } from '../main/print/templates/render';
import { EXIT_FAIL, EXIT_OK, type CliIo } from './io';
import { EXPORT_USAGE } from './usage';

/** Dependencies the tests replace (a printer, the clock). */
export interface ExportDeps {
  createPrinter?: () => Promise<Printer>;
  now?: () => Date;
}

class UsageError extends Error {}

interface Parsed {
  format: 'pdf' | 'ics';
  file: string;
  out: string;
  /** The selector as the app's export names it (--all: every participant). */
  selection: ExportSelection;
  paper: Paper;
  issuedOn: string | null;
  version: number | null;
  /** Version for the "Changes since" page, or null for none. */
  changesSince: number | null;
  /** Version travelers must have changes since to be exported, or null for everyone selected. */
  affectedSince: number | null;
}

function parse(argv: readonly string[]): Parsed {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: {
        out: { type: 'string', short: 'o' },
        participant: { type: 'string' },
        group: { type: 'string' },
        staff: { type: 'string' },
        all: { type: 'boolean' },
        book: { type: 'boolean' },
        paper: { type: 'string' },
        issued: { type: 'string' },
        version: { type: 'string' },
        'changes-since': { type: 'string' },
        'affected-only': { type: 'boolean' },
        since: { type: 'string' },
      },
    });
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
  const { values, positionals } = parsed;
  const [format, file, ...extra] = positionals;
  if (format !== 'pdf' && format !== 'ics') throw new UsageError(format ? `unknown export format "${format}" (use pdf or ics)` : 'export needs a format: pdf or ics');
  if (!file) throw new UsageError(`export ${format} needs a program file`);
  if (extra.length) throw new UsageError(`unexpected argument "${extra[0]}"`);
  if (!values.out) throw new UsageError('--out <dir> is required');
  const selectors: ExportSelection[] = [];
  if (values.participant !== undefined) selectors.push({ kind: 'participant', id: values.participant });
  if (values.group !== undefined) selectors.push({ kind: 'group', id: values.group });
  if (values.staff !== undefined) selectors.push({ kind: 'staff', id: values.staff });
  if (values.all) selectors.push({ kind: 'all-participants' });
  if (values.book) selectors.push({ kind: 'book' });
  if (selectors.length !== 1) throw new UsageError('give exactly one of --participant ID, --group ID, --staff ID, --all, --book');
  const paper = (values.paper ?? 'a4').toLowerCase();
  if (paper !== 'a4' && paper !== 'letter') throw new UsageError(`--paper must be a4 or letter, not "${values.paper}"`);
  const issuedOn = values.issued ?? null;
  if (issuedOn !== null && (!/^\d{4}-\d{2}-\d{2}$/.test(issuedOn) || Number.isNaN(Date.parse(`${issuedOn}T00:00:00Z`)))) throw new UsageError(`--issued must be a date like 2024-04-22, not "${issuedOn}"`);
  const version = values.version === undefined ? null : versionNumber(values.version, '--version');
  if (format === 'ics' && (values.paper !== undefined || values.issued !== undefined || values.version !== undefined || values['changes-since'] !== undefined)) {
    throw new UsageError('--paper, --issued, --version and --changes-since apply to pdf only');
  }
  const changesSince = values['changes-since'] === undefined ? null : versionNumber(values['changes-since'], '--changes-since');
  const since = values.since === undefined ? null : versionNumber(values.since, '--since');
  const selection = selectors[0] as ExportSelection;
  if (since !== null && !values['affected-only']) throw new UsageError('--since N goes with --affected-only');
  if (values['affected-only'] && since === null && changesSince === null) throw new UsageError('--affected-only needs --since N (the version travelers hold)');
  if ((changesSince !== null || values['affected-only']) && !selectsTravelers(selection)) {
    throw new UsageError('--changes-since and --affected-only apply to travelers: --participant, --staff or --all');
  }
  return { format, file, out: values.out, selection, paper, issuedOn, version, changesSince, affectedSince: values['affected-only'] ? (since ?? changesSince) : null };
}

function versionNumber(value: string, option: string): number {
  const n = Number(value);
  if (!/^\d+$/.test(value) || !Number.isInteger(n) || n < 1 || n > 1_000_000) throw new UsageError(`${option} must be a whole number from 1, not "${value}"`);
  return n;
}

/** Runs `ivlp export ...` (argv after "export"); returns the exit code. */
export async function runExport(argv: readonly string[], io: CliIo, deps: ExportDeps = {}): Promise<number> {
  const now = deps.now?.() ?? new Date();
  let args: Parsed;
  try {
    args = parse(argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.err(`ivlp export: ${error.message}\n\nUsage:\n${EXPORT_USAGE}`);
    return EXIT_FAIL;
  }
  let program: Program;
  try {
    program = (await readProgramFile(args.file)).program;
  } catch (error) {
    if (!isStorageError(error)) throw error;
    io.err(`ivlp export: ${error.message}\n`);
    return EXIT_FAIL;
  }
  const unknown = unknownSubject(program, args.selection);
  if (unknown) {
    const sample = unknown.knownIds.length ? ` (ids look like: ${unknown.knownIds.join(', ')})` : '';
    io.err(`ivlp export: no ${unknown.noun} with id "${unknown.id}" in this program${sample}\n`);
    return EXIT_FAIL;
  }
  for (const v of [args.changesSince, args.affectedSince]) {
    const missing = v === null ? null : unissued(program, v);
    if (missing) {
      io.err(`ivlp export: no issued version ${v} in this program (${missing.issued.length ? `versions: ${missing.issued.join(', ')}` : 'nothing has been issued yet; run ivlp issue'})\n`);
      return EXIT_FAIL;
    }
  }
  const outDir = resolve(args.out);
  const controller = new AbortController();
  const onSigint = () => controller.abort(new Error('cancelled (interrupted)'));
  process.once('SIGINT', onSigint);
  try {
    const batch = exportBatch(program, args.selection, args.affectedSince);
    if (!batch.book && batch.itineraries.length === 0) {
      io.out(`no traveler's itinerary changed since version ${args.affectedSince}; nothing written\n`);
      return EXIT_OK;
    }
    const options = { outDir, now, signal: controller.signal };
    if (args.format === 'ics') {
      const written = await writeCalendars(batch, options);
      io.out(`wrote ${written} calendar ${written === 1 ? 'file' : 'files'} to ${args.out}\n`);
      return EXIT_OK;
    }
    const printer = await (deps.createPrinter ?? (() => createChromiumPrinter()))();
    try {
      // The footer names the version travelers hold: the last issued one (and its date) unless told.
      const written = await writePdfs(batch, { ...options, printer, paper: args.paper, changesSince: args.changesSince, footer: { issuedOn: args.issuedOn, version: args.version } });
      const pages = written.reduce((n, w) => n + w.pages, 0);
      io.out(`wrote ${written.length} PDF ${written.length === 1 ? 'file' : 'files'} (${pages} pages) to ${args.out}\n`);
      return EXIT_OK;
    } finally {
      await printer.close();
    }
  } catch (error) {
    const message = (error instanceof Error ? error.message : String(error)).replace(/\.$/, '');
    io.err(`ivlp export: ${message}. ${error instanceof StagedWriteError && error.changed.length ? `These files were changed and could not be restored: ${error.changed.join(', ')}` : 'No file was written'}.\n`);
    return EXIT_FAIL;
  } finally {
    process.removeListener('SIGINT', onSigint);
  }
}
