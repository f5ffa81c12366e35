/**
 * Exports from the app: the planner picks a folder (main's dialog, never a path from the
 * renderer), then itinerary PDFs or iCalendar files of the window's current program are written
 * there with the same functions the command line uses (print once and split; staged temp files
 * renamed into place together, so a failure or a cancel leaves no file behind). Progress goes to the
 * window as `onExportProgress` events; one export runs at a time per document, and `cancel` aborts it.
 */
import { basename, join } from 'node:path';
import { mkdir } from 'node:fs/promises';
import type { ExportPhase, ExportResult, ExportSelection } from '../../shared/ipc/contract';
import { itineraryCalendar, type CalendarSource } from '../../shared/ics/index';
import { groupItinerary, participantItinerary, programBook, staffItinerary, type Itinerary } from '../../shared/itinerary/index';
import { affectedTravelers } from '../../shared/issuing/index';
import type { Program } from '../../shared/program/schema';
import { HandlerError } from '../ipc/wrapper';
import { exportBookPdf, exportItineraryPdfs, itineraryFileName, SplitError, type ExportPdfOptions } from '../print/export-pdf';
import type { Printer } from '../print/printer';
import { StagedFiles } from '../print/staged-files';
import { changesPages, issueInfo } from '../print/issue-pages';
import type { Paper } from '../print/templates/render';
import type { Clock, Dialogs, EventSink } from '../services';
import { errnoCode } from '../storage/errors';

export type ExportRequest =
  | { format: 'pdf'; selection: ExportSelection; paper: Paper; /** Adds a "Changes since version N" page to each traveler's itinerary. */ changesSinceVersion?: number | null }
  | { format: 'ics'; selection: ExportSelection };

export interface ExportRunnerDeps {
  printer: Printer;
  dialogs: Dialogs;
  events: EventSink;
  clock: Clock;
}

/** What the export reads: the document's id and, after the folder dialog, its program at that moment. */
export interface ExportSource {
  docId: string;
  /** Throws (NOT_FOUND) when the document was replaced or closed while the dialog was open. */
  program(): Program;
}

const NOUN: Record<ExportSelection['kind'], string> = {
  'all-participants': 'participant',
  'affected-travelers': 'traveler',
  participant: 'participant',
  group: 'group',
  staff: 'staff member',
  book: 'program',
};

/** Refuses a version number the program never issued. */
function checkIssued(program: Program, version: number): void {
  if (program.issues.some((v) => v.version === version)) return;
  const known = program.issues.map((v) => v.version);
  throw new HandlerError('NOT_FOUND', `Version ${version} of the itineraries was never issued (${known.length ? `issued versions: ${known.join(', ')}` : 'nothing has been issued yet'}).`);
}

/** Refuses a selection that names no one in the program (or a version never issued), before any dialog is shown. */
export function checkSelection(program: Program, selection: ExportSelection, changesSinceVersion: number | null = null): void {
  if (changesSinceVersion !== null) {
    checkIssued(program, changesSinceVersion);
    if (selection.kind === 'group' || selection.kind === 'book') throw new HandlerError('INVALID', 'A “Changes since” page is for travelers’ itineraries, not a group’s or the program book.');
  }
  switch (selection.kind) {
    case 'affected-travelers':
      checkIssued(program, selection.sinceVersion);
      if (affectedTravelers(program, selection.sinceVersion).length === 0) throw new HandlerError('INVALID', `No traveler’s itinerary changed since version ${selection.sinceVersion}; there is nothing to export.`);
      return;
    case 'all-participants':
      if (program.participants.length === 0) throw new HandlerError('INVALID', 'This program has no participants yet; there is nothing to export.');
      return;
    case 'participant':
    case 'group':
    case 'staff': {
      const pool = selection.kind === 'participant' ? program.participants : selection.kind === 'group' ? program.groups : program.staff;
      if (!pool.some((x) => x.id === selection.id)) throw new HandlerError('NOT_FOUND', `There is no ${NOUN[selection.kind]} with id “${selection.id}” in this program.`);
      return;
    }
    case 'book':
      return;
  }
}

/** The itineraries a selection names (the book is not an itinerary: none). */
export function itinerariesFor(program: Program, selection: ExportSelection): Itinerary[] {
  switch (selection.kind) {
    case 'all-participants':
      return program.participants.map((p) => participantItinerary(program, p.id));
    case 'affected-travelers':
      return affectedTravelers(program, selection.sinceVersion).map((t) => (t.kind === 'participant' ? participantItinerary(program, t.personId) : staffItinerary(program, t.personId)));
    case 'participant':
      return [participantItinerary(program, selection.id)];
    case 'group':
      return [groupItinerary(program, selection.id)];
    case 'staff':
      return [staffItinerary(program, selection.id)];
    case 'book':
      return [];
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

/** Runs exports for every window of the app. */
export class ExportRunner {
  private readonly running = new Map<string, AbortController>();

  constructor(private readonly deps: ExportRunnerDeps) {}

  /** Asks for a folder and writes the files; null when the dialog is cancelled. */
  async run(windowId: number, source: ExportSource, request: ExportRequest): Promise<ExportResult> {
    const { docId } = source;
    if (this.running.has(docId)) throw new HandlerError('BUSY', 'An export of this program is already running. Wait for it to finish or cancel it first.');
    const changesSinceVersion = request.format === 'pdf' ? (request.changesSinceVersion ?? null) : null;
    checkSelection(source.program(), request.selection, changesSinceVersion);
    const controller = new AbortController();
    this.running.set(docId, controller);
    try {
      const title = request.format === 'pdf' ? 'Export PDF Itineraries' : 'Export iCalendar Files';
      const folder = await this.deps.dialogs.chooseExportFolder(windowId, title);
      if (folder === null) return null;
      const program = source.program();
      checkSelection(program, request.selection, changesSinceVersion); // it may have been edited while the dialog was open
      const folderName = basename(folder) || folder;
      const progress = (phase: ExportPhase, done: number, total: number) =>
        this.deps.events.send(windowId, 'onExportProgress', { docId, phase, done, total });
      try {
        const files = request.format === 'pdf' ? await this.writePdfs(program, folder, request.selection, request.paper, changesSinceVersion, controller.signal, progress) : await this.writeIcs(program, folder, request.selection, controller.signal, progress);
        return { folderName, files };
      } catch (error) {
        throw userFacing(error, controller.signal, folderName);
      }
    } finally {
      this.running.delete(docId);
    }
  }

  /** Aborts the document's running export; false when none runs. */
  cancel(docId: string): boolean {
    const controller = this.running.get(docId);
    if (!controller) return false;
    controller.abort(new HandlerError('CANCELLED', 'The export was cancelled; no file was written.'));
    return true;
  }

  private async writePdfs(
    program: Program,
    outDir: string,
    selection: ExportSelection,
    paper: Paper,
    changesSinceVersion: number | null,
    signal: AbortSignal,
    progress: (phase: ExportPhase, done: number, total: number) => void,
  ): Promise<number> {
    const options: ExportPdfOptions = {
      printer: abortable(this.deps.printer, signal),
      outDir,
      paper,
      issue: issueInfo(program, this.deps.clock.now()),
      signal,
      onProgress: (p) => progress(p.phase, p.done, p.total),
    };
    if (changesSinceVersion !== null) options.changes = changesPages(program, changesSinceVersion);
    if (selection.kind === 'book') {
      await exportBookPdf(programBook(program), options);
      return 1;
    }
    return (await exportItineraryPdfs(itinerariesFor(program, selection), options)).length;
  }

  private async writeIcs(
    program: Program,
    outDir: string,
    selection: ExportSelection,
    signal: AbortSignal,
    progress: (phase: ExportPhase, done: number, total: number) => void,
  ): Promise<number> {
    const stamp = this.deps.clock.now().toISOString();
    // The same names and sources as `ivlp export ics`.
    const sources: { name: string; source: CalendarSource }[] =
      selection.kind === 'book'
        ? [{ name: `program-${program.id}.ics`, source: { ...programBook(program), kind: 'book', subject: { name: 'Program calendar' } } }]
        : itinerariesFor(program, selection).map((it) => ({ name: itineraryFileName(it, 'ics'), source: it }));
    await mkdir(outDir, { recursive: true });
    const staged = new StagedFiles();
    try {
      for (const [i, s] of sources.entries()) {
        if (signal.aborted) throw signal.reason;
        await staged.add(join(outDir, s.name), new TextEncoder().encode(itineraryCalendar(s.source, { stamp })));
        progress('render', i + 1, sources.length);
      }
      if (signal.aborted) throw signal.reason;
      return (await staged.commit((done, total) => progress('write', done, total))).length;
    } finally {
      await staged.discard();
    }
  }
}

/** The error the planner sees: a cancel, a full disk, an unwritable folder, a printer that cannot start. */
function userFacing(error: unknown, signal: AbortSignal, folderName: string): unknown {
  if (signal.aborted) return new HandlerError('CANCELLED', 'The export was cancelled; no file was written.');
  if (error instanceof HandlerError) return error;
  const errno = errnoCode(error);
  if (errno === 'ENOSPC') return new HandlerError('DISK_FULL', `The disk holding “${folderName}” is full; no file was written.`);
  if (errno === 'EACCES' || errno === 'EPERM' || errno === 'EROFS') return new HandlerError('EXPORT_FAILED', `IVLP Planner may not write to the folder “${folderName}”; no file was written.`);
  // By name: the app's bundle must not pull in the playwright-core printer to recognise its error.
  if (error instanceof SplitError || (error instanceof Error && error.name === 'PrinterUnavailableError')) return new HandlerError('EXPORT_FAILED', `${error.message.replace(/\.$/, '')}. No file was written.`);
  return error;
}
