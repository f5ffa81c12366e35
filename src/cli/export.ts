/**
 * `ivlp export pdf|ics <program> --out <dir> (--participant ID | --group ID | --staff ID | --all | --book)`.
 * Reads the program exactly as the app does, projects the itineraries, and writes PDFs (Chromium
 * through playwright-core: CHROMIUM_PATH or /usr/bin/chromium) or iCalendar files. All files of
 * one run are staged as temp files and renamed into place together: a failure or Ctrl-C leaves no
 * partial file.
 */
import { mkdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { itineraryCalendar, type CalendarSource } from '../shared/ics/index';
import { groupItinerary, participantItinerary, programBook, staffItinerary, type Itinerary } from '../shared/itinerary/index';
import type { Program } from '../shared/program/schema';
import { isStorageError } from '../main/storage/errors';
import { readProgramFile } from '../main/storage/program-file';
import { createChromiumPrinter } from '../main/print/chromium-printer';
import { exportBookPdf, exportItineraryPdfs, itineraryFileName, type ExportPdfOptions } from '../main/print/export-pdf';
import type { Printer } from '../main/print/printer';
import { StagedFiles } from '../main/print/staged-files';
import type { Paper } from '../main/print/templates/render';
import { affectedTravelers } from '../shared/issuing/index';
import { changesPages, issueInfo, localIsoDate } from '../main/print/issue-pages';
import { EXIT_FAIL, EXIT_OK, type CliIo } from './io';

export const EXPORT_USAGE = `  export pdf <program> --out <dir> SELECTOR [--paper a4|letter] [--issued YYYY-MM-DD] [--version N]
             [--changes-since N] [--affected-only --since N]
  export ics <program> --out <dir> SELECTOR [--affected-only --since N]
                               Write itinerary PDFs or iCalendar files into <dir>.
                               SELECTOR is one of: --participant ID, --group ID,
                               --staff ID, --all (every participant), --book.
                               The footer names the last issued version (ivlp issue)
                               and its date unless --version / --issued say otherwise.
                               --changes-since N starts each itinerary with a
                               "Changes since version N" page; --affected-only
                               writes only travelers whose itinerary changed since
                               version N (--since N, or the --changes-since version).
`;

type Selector = { kind: 'participant' | 'group' | 'staff'; id: string } | { kind: 'all' } | { kind: 'book' };

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
  selector: Selector;
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
  const selectors: Selector[] = [];
  if (values.participant !== undefined) selectors.push({ kind: 'participant', id: values.participant });
  if (values.group !== undefined) selectors.push({ kind: 'group', id: values.group });
  if (values.staff !== undefined) selectors.push({ kind: 'staff', id: values.staff });
  if (values.all) selectors.push({ kind: 'all' });
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
  const selector = selectors[0] as Selector;
  if (since !== null && !values['affected-only']) throw new UsageError('--since N goes with --affected-only');
  if (values['affected-only'] && since === null && changesSince === null) throw new UsageError('--affected-only needs --since N (the version travelers hold)');
  if ((changesSince !== null || values['affected-only']) && (selector.kind === 'group' || selector.kind === 'book')) {
    throw new UsageError('--changes-since and --affected-only apply to travelers: --participant, --staff or --all');
  }
  return { format, file, out: values.out, selector, paper, issuedOn, version, changesSince, affectedSince: values['affected-only'] ? (since ?? changesSince) : null };
}

function versionNumber(value: string, option: string): number {
  const n = Number(value);
  if (!/^\d+$/.test(value) || !Number.isInteger(n) || n < 1 || n > 1_000_000) throw new UsageError(`${option} must be a whole number from 1, not "${value}"`);
  return n;
}

function itinerariesFor(program: Program, selector: Selector): Itinerary[] {
  switch (selector.kind) {
    case 'participant':
      return [participantItinerary(program, selector.id)];
    case 'group':
      return [groupItinerary(program, selector.id)];
    case 'staff':
      return [staffItinerary(program, selector.id)];
    case 'all':
      return program.participants.map((p) => participantItinerary(program, p.id));
    case 'book':
      return [];
  }
}

function unknownIdMessage(program: Program, selector: Selector): string | null {
  if (selector.kind === 'all' || selector.kind === 'book') return null;
  const pool = selector.kind === 'participant' ? program.participants : selector.kind === 'group' ? program.groups : program.staff;
  if (pool.some((x) => x.id === selector.id)) return null;
  const sample = pool.slice(0, 3).map((x) => x.id);
  return `no ${selector.kind === 'staff' ? 'staff member' : selector.kind} with id "${selector.id}" in this program${sample.length ? ` (ids look like: ${sample.join(', ')})` : ''}`;
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
  const unknown = unknownIdMessage(program, args.selector);
  if (unknown) {
    io.err(`ivlp export: ${unknown}\n`);
    return EXIT_FAIL;
  }
  for (const v of [args.changesSince, args.affectedSince]) {
    if (v !== null && !program.issues.some((x) => x.version === v)) {
      io.err(`ivlp export: no issued version ${v} in this program (${program.issues.length ? `versions: ${program.issues.map((x) => x.version).join(', ')}` : 'nothing has been issued yet; run ivlp issue'})\n`);
      return EXIT_FAIL;
    }
  }
  // The footer names the version travelers hold: the last issued one (and its date) unless told.
  const held = issueInfo(program, now);
  const issue = {
    issuedOn: args.issuedOn ?? (args.version === null ? held.issuedOn : localIsoDate(now)),
    version: args.version ?? held.version,
  };
  const outDir = resolve(args.out);
  const controller = new AbortController();
  const onSigint = () => controller.abort(new Error('cancelled (interrupted)'));
  process.once('SIGINT', onSigint);
  try {
    const affected = args.affectedSince === null ? null : new Set(affectedTravelers(program, args.affectedSince).map((t) => `${t.kind}:${t.personId}`));
    const itineraries = itinerariesFor(program, args.selector).filter((it) => affected === null || affected.has(`${it.kind}:${it.subject.id}`));
    if (itineraries.length === 0 && args.selector.kind !== 'book') {
      io.out(`no traveler's itinerary changed since version ${args.affectedSince}; nothing written\n`);
      return EXIT_OK;
    }
    if (args.format === 'ics') {
      await mkdir(outDir, { recursive: true });
      const sources: { name: string; source: CalendarSource }[] =
        args.selector.kind === 'book'
          ? [{ name: `program-${program.id}.ics`, source: { ...programBook(program), kind: 'book', subject: { name: 'Program calendar' } } }]
          : itineraries.map((it) => ({ name: itineraryFileName(it, 'ics'), source: it }));
      const staged = new StagedFiles();
      try {
        for (const s of sources) await staged.add(join(outDir, s.name), new TextEncoder().encode(itineraryCalendar(s.source, { stamp: now.toISOString() })));
        if (controller.signal.aborted) throw controller.signal.reason;
        const written = await staged.commit();
        io.out(`wrote ${written.length} calendar ${written.length === 1 ? 'file' : 'files'} to ${args.out}\n`);
      } finally {
        await staged.discard();
      }
      return EXIT_OK;
    }
    const printer = await (deps.createPrinter ?? (() => createChromiumPrinter()))();
    try {
      const options: ExportPdfOptions = { printer, outDir, paper: args.paper, issue, signal: controller.signal };
      if (args.changesSince !== null) options.changes = changesPages(program, args.changesSince);
      const written = args.selector.kind === 'book' ? [await exportBookPdf(programBook(program), options)] : await exportItineraryPdfs(itineraries, options);
      const pages = written.reduce((n, w) => n + w.pages, 0);
      io.out(`wrote ${written.length} PDF ${written.length === 1 ? 'file' : 'files'} (${pages} pages) to ${args.out}\n`);
      return EXIT_OK;
    } finally {
      await printer.close();
    }
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    io.err(`ivlp export: ${message.replace(/\.$/, '')}. No file was written.\n`);
    return EXIT_FAIL;
  } finally {
    process.removeListener('SIGINT', onSigint);
  }
}
