/**
 * The main-process core: which document each window shows, and every action on documents. Plain
 * Node over injected services (services.ts), so Electron, the Playwright harness and Node tests all
 * drive the very same handler table.
 */
import { randomBytes } from 'node:crypto';
import { basename, join } from 'node:path';
import type { DocumentSnapshot, RosterRead } from '../shared/ipc/contract';
import { emptyProgram } from '../shared/program/factory';
import { loadProgramText, serializeProgram } from '../shared/program/load';
import { Temporal } from '../shared/time';
import type { AppCore } from './app-core-api';
import type { OpenDocument } from './documents/open-document';
import {
  backupHint,
  firstRunSampleCopy,
  lockFor,
  openDocumentAt,
  PROGRAM_EXTENSION,
  siblingPath,
  withProgramExtension,
  writeProgramTo,
  type OpeningDeps,
} from './documents/opening';
import { ExportRunner, type ExportRequest } from './export/export-runner';
import { createHandlers } from './ipc/handlers';
import { HandlerError } from './ipc/wrapper';
import type { Printer } from './print/printer';
import { RecentPrograms } from './recent';
import { readRosterForImport } from './roster/roster-for-import';
import { RosterReadError } from './roster/read-roster';
import { systemClock, type AppPaths, type Clock, type Dialogs, type EventSink, type ExternalOpener, type Identity } from './services';
import { RecoveryJournal } from './storage/journal';
import { backupPathOf, readProgramFile, writeProgramFile } from './storage/program-file';
import { ProgramStore } from './storage/program-store';

export interface AppCoreDeps {
  paths: AppPaths;
  dialogs: Dialogs;
  events: EventSink;
  identity: Identity;
  opener: ExternalOpener;
  appVersion: string;
  platform: string;
  /** Prints export PDFs: Electron's hidden print window in the app, Chromium (playwright-core) in tests. */
  printer: Printer;
  clock?: Clock;
}

/** Locks are refreshed this often so other planners can tell a live holder from a crashed one. */
const LOCK_REFRESH_MS = 60_000;

interface WindowState {
  doc: OpenDocument | null;
  /** The last file this window failed to open, with the reason, until something opens. */
  failed: { path: string; code: 'LOAD_FAILED' | 'LOAD_FAILED_WITH_BACKUP'; message: string } | null;
}

/** Saves what can be saved, stops the document's timers and lets go of its lock. */
async function closeDoc(doc: OpenDocument | null): Promise<void> {
  if (!doc) return;
  await doc.flush();
  doc.dispose();
  await doc.lock.release();
}

/** Everything behind the window's menus and IPC, as one object. */
export type Core = AppCore & ReturnType<typeof createInternals>;

function createInternals(deps: AppCoreDeps) {
  const clock = deps.clock ?? systemClock;
  const journal = new RecoveryJournal(join(deps.paths.userData, 'recovery'));
  const recent = new RecentPrograms(deps.paths.userData);
  const opening: OpeningDeps = { paths: deps.paths, identity: deps.identity, journal, clock };
  const windows = new Map<number, WindowState>();
  const titleListeners: ((windowId: number, title: string) => void)[] = [];
  const exports = new ExportRunner({ printer: deps.printer, dialogs: deps.dialogs, events: deps.events, clock });

  const windowState = (windowId: number): WindowState => {
    let state = windows.get(windowId);
    if (!state) {
      state = { doc: null, failed: null };
      windows.set(windowId, state);
    }
    return state;
  };

  const windowOf = (doc: OpenDocument): number | undefined => [...windows].find(([, w]) => w.doc === doc)?.[0];

  const chooseSavePath = async (suggested: string): Promise<string | null> => {
    const path = await deps.dialogs.chooseProgramSavePath(suggested);
    return path ? withProgramExtension(path) : null;
  };

  const windowTitle = (windowId: number): string => {
    const doc = windows.get(windowId)?.doc;
    if (!doc) return 'IVLP Planner';
    const suffix: Record<string, string> = {
      saved: '',
      pending: ' — Edited',
      saving: ' — Saving…',
      error: ' — Cannot save',
      conflict: ' — Changed on disk',
      'read-only': ' — Read-only',
    };
    return `${doc.program.title} — ${basename(doc.path)}${suffix[doc.saveState.status] ?? ''}`;
  };

  const notifyTitle = (windowId: number) => {
    const title = windowTitle(windowId);
    for (const listener of titleListeners) listener(windowId, title);
  };

  const onDocChange = (doc: OpenDocument) => {
    const windowId = windowOf(doc);
    if (windowId === undefined) return;
    deps.events.send(windowId, 'onSaveState', { docId: doc.docId, saveState: doc.saveState });
    notifyTitle(windowId);
  };

  /** Opens `path` in a window, replacing its document. Failures are remembered for the renderer. */
  const openInWindow = async (windowId: number, path: string): Promise<DocumentSnapshot> => {
    const state = windowState(windowId);
    let doc: OpenDocument;
    try {
      doc = await openDocumentAt(path, opening, onDocChange);
    } catch (error) {
      const hint = await backupHint(path);
      const message = `${basename(path)} could not be opened. ${error instanceof Error ? error.message : String(error)}${hint}`;
      // The code, not the wording, tells the renderer a backup can be opened.
      const code = hint ? 'LOAD_FAILED_WITH_BACKUP' : 'LOAD_FAILED';
      state.failed = { path, code, message };
      throw new HandlerError(code, message);
    }
    await closeDoc(state.doc);
    state.doc = doc;
    state.failed = null;
    await recent.touch(path, clock.now());
    notifyTitle(windowId);
    return doc.snapshot();
  };

  /** The document of a window, checked against the id the renderer sent. */
  const docFor = (windowId: number, docId: string): OpenDocument => {
    const doc = windows.get(windowId)?.doc;
    if (!doc || doc.docId !== docId) throw new HandlerError('NOT_FOUND', 'That program is no longer open in this window; it was replaced or closed.');
    return doc;
  };

  const newProgram = async (windowId: number): Promise<DocumentSnapshot | null> => {
    const path = await chooseSavePath(`New program${PROGRAM_EXTENSION}`);
    if (!path) return null;
    const today = Temporal.Now.instant().toZonedDateTimeISO('America/New_York').toPlainDate();
    const title = basename(path).replace(/\.ivlp\.json$|\.json$/i, '') || 'New program';
    const program = emptyProgram({
      id: `p-${randomBytes(6).toString('hex')}`,
      title,
      startDate: today.toString(),
      endDate: today.add({ days: 20 }).toString(),
      homeTimeZone: 'America/New_York',
    });
    await writeProgramTo(path, program);
    return openInWindow(windowId, path);
  };

  const openProgramDialog = async (windowId: number): Promise<DocumentSnapshot | null> => {
    const path = await deps.dialogs.chooseProgramToOpen();
    return path ? openInWindow(windowId, path) : null;
  };

  /** Writes the document to a new path and carries on there (Save As, or "my copy" after a conflict). */
  const continueAt = async (windowId: number, doc: OpenDocument, path: string): Promise<DocumentSnapshot> => {
    await writeProgramTo(path, doc.program);
    const store = await ProgramStore.open(path);
    await doc.lock.release();
    doc.lock = await lockFor(path, deps.identity);
    doc.switchStore(store);
    await recent.touch(path, clock.now());
    notifyTitle(windowId);
    return doc.snapshot();
  };

  const saveAs = async (windowId: number, docId: string): Promise<DocumentSnapshot | null> => {
    const doc = docFor(windowId, docId);
    const path = await chooseSavePath(basename(doc.path));
    if (!path) return null;
    if (path === doc.path) {
      await doc.flush();
      return doc.snapshot();
    }
    return continueAt(windowId, doc, path);
  };

  const saveCopy = async (windowId: number, docId: string): Promise<{ name: string } | null> => {
    const doc = docFor(windowId, docId);
    const path = await chooseSavePath(basename(siblingPath(doc.path, 'copy')));
    if (!path) return null;
    await writeProgramTo(path, doc.program);
    return { name: basename(path) };
  };

  const revertToBackup = async (windowId: number, docId: string): Promise<DocumentSnapshot> => {
    const doc = docFor(windowId, docId);
    await doc.flush();
    const program = await doc.store.revertToBackup();
    doc.replaceProgram(program, { dirty: false });
    return doc.snapshot();
  };

  const resolveConflict = async (windowId: number, docId: string, choice: 'reload' | 'overwrite' | 'save-copy'): Promise<DocumentSnapshot | null> => {
    const doc = docFor(windowId, docId);
    if (choice === 'overwrite') {
      await doc.overwrite();
      return doc.snapshot();
    }
    if (choice === 'reload') {
      // Nothing is lost: edits the file does not have are written beside it before reloading.
      if (doc.dirty) await writeProgramFile(siblingPath(doc.path, `my unsaved edits ${clock.now().toISOString().slice(0, 10)}`), serializeProgram(doc.program), { expectedHash: null });
      await doc.store.reload();
      doc.replaceProgram(doc.store.program, { dirty: false });
      return doc.snapshot();
    }
    const path = await chooseSavePath(basename(siblingPath(doc.path, 'my copy')));
    if (!path) return null;
    return continueAt(windowId, doc, path);
  };

  const restoreRecovery = async (windowId: number, docId: string): Promise<DocumentSnapshot> => {
    const doc = docFor(windowId, docId);
    if (!doc.recovery) throw new HandlerError('NOT_FOUND', 'There are no recovered edits for this program.');
    const loaded = loadProgramText(doc.recovery.text);
    if (!loaded.ok) throw new HandlerError('INVALID', `The recovered edits cannot be used: ${loaded.error.message}`);
    doc.recovery = null;
    doc.replaceProgram(loaded.program, { dirty: true });
    return doc.snapshot();
  };

  const discardRecovery = async (windowId: number, docId: string): Promise<DocumentSnapshot> => {
    const doc = docFor(windowId, docId);
    await journal.discard(doc.path);
    doc.recovery = null;
    return doc.snapshot();
  };

  const recoverFromBackup = async (windowId: number): Promise<DocumentSnapshot> => {
    const failed = windows.get(windowId)?.failed;
    if (!failed) throw new HandlerError('NOT_FOUND', 'No program failed to open in this window.');
    const backup = await readProgramFile(backupPathOf(failed.path));
    const target = siblingPath(failed.path, 'recovered from backup');
    await writeProgramFile(target, backup.text, { expectedHash: null });
    return openInWindow(windowId, target);
  };

  /** Exports from the window's current program into a folder the planner picks (null: dialog cancelled). */
  const exportForWindow = (windowId: number, docId: string, request: ExportRequest) => {
    docFor(windowId, docId);
    return exports.run(windowId, { docId, program: () => docFor(windowId, docId).program }, request);
  };

  const cancelExport = (windowId: number, docId: string): boolean => {
    docFor(windowId, docId);
    return exports.cancel(docId);
  };

  /**
   * Asks for a roster and reads it for the window's import dialog (null: cancelled). Only for the
   * window's open document: an import needs a program to go into. Nothing changes here; the import
   * itself arrives later as one program/apply.
   */
  const readRosterForWindow = async (windowId: number, docId: string): Promise<RosterRead | null> => {
    docFor(windowId, docId);
    const path = await deps.dialogs.chooseRosterToOpen(windowId);
    if (!path) return null;
    try {
      return await readRosterForImport(path);
    } catch (error) {
      if (error instanceof RosterReadError) throw new HandlerError(error.tooLarge ? 'TOO_LARGE' : 'ROSTER_UNREADABLE', error.message);
      throw error;
    }
  };

  const openInitial = async (windowId: number, requestedPath: string | null): Promise<void> => {
    windowState(windowId);
    const path = requestedPath ?? (await recent.list())[0]?.path ?? (await firstRunSampleCopy(deps.paths));
    await openInWindow(windowId, path).catch(() => undefined); // the failure is kept for getCurrentProgram
  };

  const refreshTimer = setInterval(() => {
    for (const { doc } of windows.values()) void doc?.lock.refresh().catch(() => undefined);
  }, LOCK_REFRESH_MS);
  refreshTimer.unref?.();

  return {
    clock,
    recent,
    windows,
    windowState,
    windowTitle,
    docFor,
    openInWindow,
    newProgramForWindow: newProgram,
    openProgramDialogForWindow: openProgramDialog,
    saveAsForWindow: saveAs,
    saveCopyForWindow: saveCopy,
    revertToBackupForWindow: revertToBackup,
    resolveConflict,
    restoreRecovery,
    discardRecovery,
    recoverFromBackup,
    exportForWindow,
    cancelExport,
    readRosterForWindow,
    /** Stops a closing window's export (its files are discarded). */
    cancelExportOf: (docId: string) => exports.cancel(docId),
    openInitial,
    onTitleChange: (listener: (windowId: number, title: string) => void) => void titleListeners.push(listener),
    closeDoc,
    stop: () => clearInterval(refreshTimer),
  };
}

/** Builds the core over the given services. */
export function createAppCore(deps: AppCoreDeps): Core {
  const internals = createInternals(deps);
  /** Menu-initiated actions tell the renderer what opened; failures reach it as a notice-free reload of state. */
  const pushOpened = async (windowId: number, action: Promise<DocumentSnapshot | null>): Promise<void> => {
    const snapshot = await action;
    if (snapshot) deps.events.send(windowId, 'onProgramOpened', snapshot);
  };
  const currentDocId = (windowId: number): string => {
    const doc = internals.windows.get(windowId)?.doc;
    if (!doc) throw new HandlerError('NOT_FOUND', 'No program is open in this window.');
    return doc.docId;
  };
  const core = {
    ...internals,
    handlers: undefined as unknown as AppCore['handlers'],
    openPath: (windowId: number, path: string) => pushOpened(windowId, internals.openInWindow(windowId, path)),
    newProgram: (windowId: number) => pushOpened(windowId, internals.newProgramForWindow(windowId)),
    openProgramDialog: (windowId: number) => pushOpened(windowId, internals.openProgramDialogForWindow(windowId)),
    saveAs: (windowId: number) => pushOpened(windowId, internals.saveAsForWindow(windowId, currentDocId(windowId))),
    saveCopy: async (windowId: number) => void (await internals.saveCopyForWindow(windowId, currentDocId(windowId))),
    revertToBackup: (windowId: number) => pushOpened(windowId, internals.revertToBackupForWindow(windowId, currentDocId(windowId))),
    openRecent: async (windowId: number, id: string) => {
      const entry = await internals.recent.find(id);
      if (!entry) throw new HandlerError('NOT_FOUND', 'That program is no longer in the recent list (it may have been moved or deleted).');
      await pushOpened(windowId, internals.openInWindow(windowId, entry.path));
    },
    recentPrograms: async () => (await internals.recent.list()).map(({ id, name, folder }) => ({ id, name, folder })),
    flushAll: async () => {
      const unsaved: string[] = [];
      for (const { doc } of internals.windows.values()) {
        if (!doc) continue;
        await doc.flush();
        if (doc.dirty) unsaved.push(basename(doc.path));
      }
      return { unsaved };
    },
    closeWindow: async (windowId: number) => {
      const state = internals.windows.get(windowId);
      if (state?.doc) internals.cancelExportOf(state.doc.docId);
      internals.windows.delete(windowId);
      await internals.closeDoc(state?.doc ?? null);
    },
  };
  core.handlers = createHandlers(core, deps);
  return core;
}
