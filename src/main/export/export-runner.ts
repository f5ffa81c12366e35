/**
 * Exports from the app: the planner picks a folder (main's dialog, never a path from the
 * renderer), then itinerary PDFs or iCalendar files of the window's current program are written
 * there with the same functions the command line uses (print once and split; staged temp files
 * renamed into place together, so a failure or a cancel leaves no file behind). Progress goes to the
 * window as `onExportProgress` events; one export runs at a time per document, and `cancel` aborts it.
 */
import { basename } from 'node:path';
import type { ExportPhase, ExportResult, ExportSelection } from '../../shared/ipc/contract';
import { affectedTravelers } from '../../shared/issuing/index';
import type { Program } from '../../shared/program/schema';
import { AppError } from '../../shared/errors';
import { SplitError } from '../print/export-pdf';
import type { Printer } from '../print/printer';
import { StagedWriteError } from '../print/staged-files';
import type { Paper } from '../print/templates/render';
import type { Clock, Dialogs, EventSink } from '../services';
import { errnoCode } from '../storage/errors';
import { exportBatch, selectsTravelers, unissued, unknownSubject, writeCalendars, writePdfs } from './export-files';

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

/** Refuses a version number the program never issued. */
function checkIssued(program: Program, version: number): void {
  const missing = unissued(program, version);
  if (!missing) return;
  const known = missing.issued;
  throw new AppError('NOT_FOUND', `Version ${version} of the itineraries was never issued (${known.length ? `issued versions: ${known.join(', ')}` : 'nothing has been issued yet'}).`);
}

/** Refuses a selection that names no one in the program (or a version never issued), before any dialog is shown. */
export function checkSelection(program: Program, selection: ExportSelection, changesSinceVersion: number | null = null): void {
  if (changesSinceVersion !== null) {
    checkIssued(program, changesSinceVersion);
    if (!selectsTravelers(selection)) throw new AppError('INVALID', 'A “Changes since” page is for travelers’ itineraries, not a group’s or the program book.');
  }
  switch (selection.kind) {
    case 'affected-travelers':
      checkIssued(program, selection.sinceVersion);
      if (affectedTravelers(program, selection.sinceVersion).length === 0) throw new AppError('INVALID', `No traveler’s itinerary changed since version ${selection.sinceVersion}; there is nothing to export.`);
      return;
    case 'all-participants':
      if (program.participants.length === 0) throw new AppError('INVALID', 'This program has no participants yet; there is nothing to export.');
      return;
    case 'participant':
    case 'group':
    case 'staff': {
      const unknown = unknownSubject(program, selection);
      if (unknown) throw new AppError('NOT_FOUND', `There is no ${unknown.noun} with id “${unknown.id}” in this program.`);
      return;
    }
    case 'book':
      return;
  }
}

/** Runs exports for every window of the app. */
export class ExportRunner {
  private readonly running = new Map<string, AbortController>();

  constructor(private readonly deps: ExportRunnerDeps) {}

  /** Asks for a folder and writes the files; null when the dialog is cancelled. */
  async run(windowId: number, source: ExportSource, request: ExportRequest): Promise<ExportResult> {
    const { docId } = source;
    if (this.running.has(docId)) throw new AppError('BUSY', 'An export of this program is already running. Wait for it to finish or cancel it first.');
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
        const batch = exportBatch(program, request.selection);
        const options = { outDir: folder, now: this.deps.clock.now(), signal: controller.signal, onProgress: progress };
        const files = request.format === 'pdf' ? (await writePdfs(batch, { ...options, printer: this.deps.printer, paper: request.paper, changesSince: changesSinceVersion })).length : await writeCalendars(batch, options);
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
    controller.abort(new AppError('CANCELLED', 'The export was cancelled; no file was written.'));
    return true;
  }
}

/** The error the planner sees: a cancel, a full disk, an unwritable folder, a printer that cannot start. */
function userFacing(error: unknown, signal: AbortSignal, folderName: string): unknown {
  if (signal.aborted) return new AppError('CANCELLED', 'The export was cancelled; no file was written.');
  // The export's own failures get the folder and what happened to its files; other AppErrors pass as they are.
  if (error instanceof StagedWriteError) {
    if (error.changed.length) return new AppError('EXPORT_FAILED', `${error.message}. These files in “${folderName}” were changed and could not be restored: ${error.changed.join(', ')}.`);
    const code = errnoCode(error.cause) === 'ENOSPC' ? 'DISK_FULL' : 'EXPORT_FAILED';
    return new AppError(code, `${error.message}; no file was written to “${folderName}”.`);
  }
  // By name: the app's bundle must not pull in the playwright-core printer to recognise its error.
  if (error instanceof SplitError || (error instanceof Error && error.name === 'PrinterUnavailableError')) return new AppError('EXPORT_FAILED', `${error.message.replace(/\.$/, '')}. No file was written.`);
  if (error instanceof AppError) return error;
  const errno = errnoCode(error);
  if (errno === 'ENOSPC') return new AppError('DISK_FULL', `The disk holding “${folderName}” is full; no file was written.`);
  if (errno === 'EACCES' || errno === 'EPERM' || errno === 'EROFS') return new AppError('EXPORT_FAILED', `IVLP Planner may not write to the folder “${folderName}”; no file was written.`);
  return error;
}
