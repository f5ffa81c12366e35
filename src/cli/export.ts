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
import { EXIT_FAIL, EXIT_OK, type CliIo } from './io';

export const EXPORT_USAGE = `  export pdf <program> --out <dir> SELECTOR [--paper a4|letter] [--issued YYYY-MM-DD] [--version N]
  export ics <program> --out <dir> SELECTOR
                               Write itinerary PDFs or iCalendar files into <dir>.
                               SELECTOR is one of: --participant ID, --group ID,
                               --staff ID, --all (every participant), --book.
`;

type Selector = { kind: 'participant' | 'group' | 'staff'; id: string } | { kind: 'all' } | { kind: 'book' };

/** Dependencies the tests replace (a printer, the clock). */
export interface ExportDeps {
  createPrinter?: () => Promise<Printer>;
  now?: () => Date;
}

class UsageError extends Error {}

function localIsoDate(d: Date): string {
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

interface Parsed {
  format: 'pdf' | 'ics';
  file: string;
  out: string;
  selector: Selector;
  paper: Paper;
  issuedOn: string;
  version: number;
}

function parse(argv: readonly string[], now: Date): Parsed {
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
  const issuedOn = values.issued ?? localIsoDate(now);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(issuedOn) || Number.isNaN(Date.parse(`${issuedOn}T00:00:00Z`))) throw new UsageError(`--issued must be a date like 2024-04-22, not "${issuedOn}"`);
  const version = values.version === undefined ? 1 : Number(values.version);
  if (!Number.isInteger(version) || version < 1 || version > 1_000_000) throw new UsageError(`--version must be a whole number from 1, not "${values.version}"`);
  if (format === 'ics' && (values.paper !== undefined || values.issued !== undefined || values.version !== undefined)) {
    throw new UsageError('--paper, --issued and --version apply to pdf only');
  }
  return { format, file, out: values.out, selector: selectors[0] as Selector, paper, issuedOn, version };
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
    args = parse(argv, now);
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
  const outDir = resolve(args.out);
  const controller = new AbortController();
  const onSigint = () => controller.abort(new Error('cancelled (interrupted)'));
  process.once('SIGINT', onSigint);
  try {
    const itineraries = itinerariesFor(program, args.selector);
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
      const options: ExportPdfOptions = { printer, outDir, paper: args.paper, issue: { issuedOn: args.issuedOn, version: args.version }, signal: controller.signal };
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
