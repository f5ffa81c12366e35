/**
 * What one export writes, shared by the app's export (export-runner.ts) and `ivlp export`: whom a
 * selection names, which itineraries that gives, the PDF footer and "Changes since" pages, and the
 * iCalendar files. Every file of a batch is staged as a temp file and renamed into place with the
 * others, so a failure or an abort leaves no file behind. No dialogs, IPC or process signals here:
 * each caller checks its own input and words its own errors.
 */
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { ExportPhase, ExportSelection } from '../../shared/ipc/contract';
import { itineraryCalendar, type CalendarSource } from '../../shared/ics/index';
import {
  cityPacket,
  groupItinerary,
  mealCityIds,
  mealSheet,
  participantItinerary,
  partnerCityIds,
  programBook,
  staffItinerary,
  type CityPacket,
  type Itinerary,
  type MealSheet,
  type ProgramBook,
} from '../../shared/itinerary/index';
import type { TranslationLanguage } from '../../shared/program/schema';
import { affectedTravelers } from '../../shared/issuing/index';
import type { Program } from '../../shared/program/schema';
import { exportBookPdf, exportItineraryPdfs, exportMealSheetPdfs, exportPacketPdfs, itineraryFileName, type ExportPdfOptions, type WrittenPdf } from '../print/export-pdf';
import { changesPages, issueInfo, type IssueOverride } from '../print/issue-pages';
import type { Printer } from '../print/printer';
import { StagedFiles } from '../print/staged-files';
import type { Paper } from '../print/templates/render';

/**
 * When a selection names an id the program does not have: the kind of person or group in words
 * ("staff member"), the id, and a few ids the program does have, for the caller's message; else null.
 */
export function unknownSubject(program: Program, selection: ExportSelection): { noun: string; id: string; knownIds: string[] } | null {
  if (selection.kind !== 'participant' && selection.kind !== 'group' && selection.kind !== 'staff' && selection.kind !== 'partner') return null;
  const pool: readonly { id: string }[] =
    selection.kind === 'participant' ? program.participants : selection.kind === 'group' ? program.groups : selection.kind === 'staff' ? program.staff : program.cities;
  if (pool.some((x) => x.id === selection.id)) return null;
  const noun = selection.kind === 'staff' ? 'staff member' : selection.kind === 'partner' ? 'city' : selection.kind;
  return { noun, id: selection.id, knownIds: pool.slice(0, 3).map((x) => x.id) };
}

/** Whether a selection is of travelers (participants, staff): what "Changes since" pages and affected-only exports apply to. */
export function selectsTravelers(selection: ExportSelection): boolean {
  return selection.kind === 'all-participants' || selection.kind === 'all-staff' || selection.kind === 'affected-travelers' || selection.kind === 'participant' || selection.kind === 'staff';
}

/** Whether a selection is of itineraries (what can be bilingual); packets, meal sheets and the book are English. */
export function selectsItineraries(selection: ExportSelection): boolean {
  return selectsTravelers(selection) || selection.kind === 'group';
}

/** Whether a selection has iCalendar files (itineraries and the program calendar; not packets or meal sheets). */
export function hasCalendars(selection: ExportSelection): boolean {
  return selection.kind !== 'partner' && selection.kind !== 'all-partners' && selection.kind !== 'meals';
}

/** Whether `version` was issued; otherwise the versions that were, for the message. */
export function unissued(program: Program, version: number): { issued: number[] } | null {
  return program.issues.some((v) => v.version === version) ? null : { issued: program.issues.map((v) => v.version) };
}

/** The documents of one export: the program book, itineraries, partner packets or meal sheets (one kind per export). */
export interface ExportBatch {
  program: Program;
  /** The program book when the book was selected (then there is nothing else). */
  book: ProgramBook | null;
  itineraries: Itinerary[];
  packets: CityPacket[];
  mealSheets: MealSheet[];
}

/** The documents a selection names; with `changedSince`, only the travelers whose itinerary changed since that issued version. */
export function exportBatch(program: Program, selection: ExportSelection, changedSince: number | null = null): ExportBatch {
  const none = { program, book: null, itineraries: [], packets: [], mealSheets: [] };
  switch (selection.kind) {
    case 'book':
      return { ...none, book: programBook(program) };
    case 'partner':
      return { ...none, packets: [cityPacket(program, selection.id)] };
    case 'all-partners':
      return { ...none, packets: partnerCityIds(program).map((id) => cityPacket(program, id)) };
    case 'meals':
      return { ...none, mealSheets: mealCityIds(program).map((id) => mealSheet(program, id)) };
    default: {
      const affected = changedSince === null ? null : new Set(affectedTravelers(program, changedSince).map((t) => `${t.kind}:${t.personId}`));
      const itineraries = itinerariesFor(program, selection).filter((it) => affected === null || affected.has(`${it.kind}:${it.subject.id}`));
      return { ...none, itineraries };
    }
  }
}

/** How many files a batch writes. */
export function batchSize(batch: ExportBatch): number {
  return (batch.book ? 1 : 0) + batch.itineraries.length + batch.packets.length + batch.mealSheets.length;
}

function itinerariesFor(program: Program, selection: Exclude<ExportSelection, { kind: 'book' | 'partner' | 'all-partners' | 'meals' }>): Itinerary[] {
  switch (selection.kind) {
    case 'all-participants':
      return program.participants.map((p) => participantItinerary(program, p.id));
    case 'all-staff':
      return program.staff.map((s) => staffItinerary(program, s.id));
    case 'affected-travelers':
      return affectedTravelers(program, selection.sinceVersion).map((t) => (t.kind === 'participant' ? participantItinerary(program, t.personId) : staffItinerary(program, t.personId)));
    case 'participant':
      return [participantItinerary(program, selection.id)];
    case 'group':
      return [groupItinerary(program, selection.id)];
    case 'staff':
      return [staffItinerary(program, selection.id)];
  }
}

/** The names of the files an export of `batch` writes, so they can be checked before anything is printed. */
export function exportFileNames(batch: ExportBatch, format: 'pdf' | 'ics'): string[] {
  if (batch.book) return [format === 'pdf' ? `program-book-${batch.program.id}.pdf` : `program-${batch.program.id}.ics`];
  return batch.itineraries.map((it) => itineraryFileName(it, format));
}

type Progress = (phase: ExportPhase, done: number, total: number) => void;

export interface WriteOptions {
  outDir: string;
  /** When the files are made: the calendars' DTSTAMP, the footer's date before any issue. */
  now: Date;
  signal: AbortSignal;
  onProgress?: Progress;
}

export interface PdfWriteOptions extends WriteOptions {
  printer: Printer;
  paper: Paper;
  /** Starts each traveler's itinerary with a "Changes since version N" page. */
  changesSince?: number | null;
  /** Another version or date for the footer than the last issued one (`ivlp export --version / --issued`). */
  footer?: IssueOverride;
  /** Itineraries in English beside this language. */
  language?: TranslationLanguage | null;
}

/** Prints the batch (one print, split into one PDF per itinerary) and writes every file or none. */
export async function writePdfs(batch: ExportBatch, options: PdfWriteOptions): Promise<WrittenPdf[]> {
  const { program } = batch;
  const { onProgress } = options;
  const pdf: ExportPdfOptions = {
    printer: abortable(options.printer, options.signal),
    outDir: options.outDir,
    paper: options.paper,
    issue: issueInfo(program, options.now, options.footer),
    signal: options.signal,
    language: options.language ?? null,
  };
  if (onProgress) pdf.onProgress = (p) => onProgress(p.phase, p.done, p.total);
  if (options.changesSince != null) pdf.changes = changesPages(program, options.changesSince);
  if (batch.book) return [await exportBookPdf(batch.book, pdf)];
  if (batch.packets.length) return exportPacketPdfs(batch.packets, pdf);
  if (batch.mealSheets.length) return exportMealSheetPdfs(batch.mealSheets, pdf);
  return exportItineraryPdfs(batch.itineraries, pdf);
}

/** Writes one iCalendar file per itinerary (or the program calendar for the book), every file or none; returns how many. */
export async function writeCalendars(batch: ExportBatch, options: WriteOptions): Promise<number> {
  const { outDir, signal, onProgress } = options;
  const stamp = options.now.toISOString();
  const sources: { name: string; source: CalendarSource }[] = batch.book
    ? [{ name: `program-${batch.program.id}.ics`, source: { ...batch.book, kind: 'book', subject: { name: 'Program calendar' } } }]
    : batch.itineraries.map((it) => ({ name: itineraryFileName(it, 'ics'), source: it }));
  await mkdir(outDir, { recursive: true });
  const staged = new StagedFiles();
  try {
    for (const [i, s] of sources.entries()) {
      if (signal.aborted) throw signal.reason;
      await staged.add(join(outDir, s.name), new TextEncoder().encode(itineraryCalendar(s.source, { stamp })));
      onProgress?.('render', i + 1, sources.length);
    }
    if (signal.aborted) throw signal.reason;
    return (await staged.commit(onProgress && ((done, total) => onProgress('write', done, total)))).length;
  } finally {
    await staged.discard();
  }
}

/** A printer whose print() gives up as soon as the signal aborts (the page it started is dropped). */
function abortable(printer: Printer, signal: AbortSignal): Printer {
  return {
    print: (html, options) =>
      new Promise<Uint8Array>((resolve, reject) => {
        const onAbort = () => reject(signal.reason);
        if (signal.aborted) return onAbort();
        signal.addEventListener('abort', onAbort, { once: true });
        printer.print(html, options).then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
      }),
    close: () => printer.close(),
  };
}
