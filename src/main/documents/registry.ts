/**
 * Which document each window shows. The registry opens, replaces and closes documents per window,
 * remembers a window's last failed open (the renderer asks for it after loading), keeps the window
 * title in step with the save state, and keeps lock files fresh. Actions look documents up here;
 * nothing else holds on to an OpenDocument.
 */
import { basename, join } from 'node:path';
import type { DocumentSnapshot } from '../../shared/ipc/contract';
import { AppError } from '../../shared/errors';
import type { AppPaths, Clock, EventSink, Identity } from '../services';
import { RecoveryJournal } from '../storage/journal';
import { ProgramFileStore } from '../storage/program-file-store';
import type { OpenDocument } from './open-document';
import { backupHint, lockFor, openDocumentAt, writeProgramTo, type OpeningDeps } from './opening';
import { RecentPrograms } from './recent';

/** Locks are refreshed this often so other planners can tell a live holder from a crashed one. */
const LOCK_REFRESH_MS = 60_000;

export interface FailedOpen {
  path: string;
  code: 'LOAD_FAILED' | 'LOAD_FAILED_WITH_BACKUP';
  message: string;
}

export type CloseReason = 'replaced' | 'window-closed';

interface WindowState {
  doc: OpenDocument | null;
  /** The last file this window failed to open, with the reason, until something opens. */
  failed: FailedOpen | null;
}

export interface RegistryDeps {
  paths: AppPaths;
  identity: Identity;
  events: EventSink;
  clock: Clock;
}

const TITLE_SUFFIX: Record<string, string> = {
  saved: '',
  pending: ' — Edited',
  saving: ' — Saving…',
  error: ' — Cannot save',
  conflict: ' — Changed on disk',
  'read-only': ' — Read-only',
};

/** Saves what can be saved, stops the document's timers and lets go of its lock. */
async function closeDoc(doc: OpenDocument | null): Promise<void> {
  if (!doc) return;
  await doc.flush();
  doc.dispose();
  await doc.lock.release();
}

export class DocumentRegistry {
  readonly journal: RecoveryJournal;
  readonly recent: RecentPrograms;
  private readonly opening: OpeningDeps;
  private readonly windows = new Map<number, WindowState>();
  private readonly titleListeners: ((windowId: number, title: string) => void)[] = [];
  private readonly closeListeners: ((doc: OpenDocument, reason: CloseReason) => void)[] = [];
  private readonly openListeners: ((doc: OpenDocument) => void)[] = [];
  private readonly refreshTimer: ReturnType<typeof setInterval>;

  constructor(private readonly deps: RegistryDeps) {
    this.journal = new RecoveryJournal(join(deps.paths.userData, 'recovery'));
    this.recent = new RecentPrograms(deps.paths.userData);
    this.opening = { paths: deps.paths, identity: deps.identity, journal: this.journal, clock: deps.clock };
    this.refreshTimer = setInterval(() => {
      for (const { doc } of this.windows.values()) void doc?.lock.refresh().catch(() => undefined);
    }, LOCK_REFRESH_MS);
    this.refreshTimer.unref?.();
  }

  /** The window's state, created on first use (a window exists before its first program opens). */
  private state(windowId: number): WindowState {
    let state = this.windows.get(windowId);
    if (!state) {
      state = { doc: null, failed: null };
      this.windows.set(windowId, state);
    }
    return state;
  }

  /** The document a window shows, or null. */
  current(windowId: number): OpenDocument | null {
    return this.windows.get(windowId)?.doc ?? null;
  }

  /** The window's last failed open, while nothing else has opened. */
  failed(windowId: number): FailedOpen | null {
    return this.windows.get(windowId)?.failed ?? null;
  }

  /** Every window the registry knows (with a program or not), for notices that concern them all. */
  windowIds(): number[] {
    return [...this.windows.keys()];
  }

  /** Every open document. */
  documents(): OpenDocument[] {
    return [...this.windows.values()].flatMap(({ doc }) => (doc ? [doc] : []));
  }

  /** The document of a window, checked against the id the renderer sent. */
  docFor(windowId: number, docId: string): OpenDocument {
    const doc = this.current(windowId);
    if (!doc || doc.docId !== docId) throw new AppError('NOT_FOUND', 'That program is no longer open in this window; it was replaced or closed.');
    return doc;
  }

  /** The id of the window's document, for actions started in main (menus) rather than by the renderer. */
  currentDocId(windowId: number): string {
    const doc = this.current(windowId);
    if (!doc) throw new AppError('NOT_FOUND', 'No program is open in this window.');
    return doc.docId;
  }

  windowOf(doc: OpenDocument): number | undefined {
    return [...this.windows].find(([, w]) => w.doc === doc)?.[0];
  }

  /** Opens `path` in a window, replacing its document. A failure is remembered for the renderer. */
  async open(windowId: number, path: string): Promise<DocumentSnapshot> {
    const state = this.state(windowId);
    let doc: OpenDocument;
    try {
      doc = await openDocumentAt(path, this.opening, (changed) => this.onDocChange(changed));
    } catch (error) {
      const hint = await backupHint(path);
      const message = `${basename(path)} could not be opened. ${error instanceof Error ? error.message : String(error)}${hint}`;
      // The code, not the wording, tells the renderer a backup can be opened.
      const code = hint ? 'LOAD_FAILED_WITH_BACKUP' : 'LOAD_FAILED';
      state.failed = { path, code, message };
      throw new AppError(code, message);
    }
    await this.closeDocument(state.doc, 'replaced');
    state.doc = doc;
    state.failed = null;
    await this.recent.touch(path, this.deps.clock.now());
    this.notifyTitle(windowId);
    // Listeners hear of it before anyone can edit it; what they start that takes time (team sync)
    // they defer, so the program's first paint never waits for it.
    for (const listener of this.openListeners) listener(doc);
    return doc.snapshot();
  }

  /** Called with a document as it opens in a window, before any edit can reach it. */
  onOpened(listener: (doc: OpenDocument) => void): void {
    this.openListeners.push(listener);
  }

  /** Writes the document to a new path and carries on there (Save As, or "my copy" after a conflict). */
  async continueAt(windowId: number, doc: OpenDocument, path: string): Promise<DocumentSnapshot> {
    await writeProgramTo(path, doc.program);
    const store = await ProgramFileStore.open(path);
    await doc.lock.release();
    doc.lock = await lockFor(path, this.deps.identity);
    doc.switchStore(store);
    await this.recent.touch(path, this.deps.clock.now());
    this.notifyTitle(windowId);
    return doc.snapshot();
  }

  /** Title for the window: "<program title> — <file name>", then the save state when it is not "saved". */
  title(windowId: number): string {
    const doc = this.current(windowId);
    if (!doc) return 'IVLP Planner';
    return `${doc.program.title} — ${basename(doc.path)}${TITLE_SUFFIX[doc.saveState.status] ?? ''}`;
  }

  onTitleChange(listener: (windowId: number, title: string) => void): void {
    this.titleListeners.push(listener);
  }

  /** Called with a document before it is closed: its window closed, or another document replaced it. */
  onClose(listener: (doc: OpenDocument, reason: CloseReason) => void): void {
    this.closeListeners.push(listener);
  }

  /** Writes every pending edit now; lists the files that could not be saved (their edits stay in the recovery journal). */
  async flushAll(): Promise<{ unsaved: string[] }> {
    const unsaved: string[] = [];
    for (const doc of this.documents()) {
      await doc.flush();
      if (doc.dirty) unsaved.push(basename(doc.path));
    }
    return { unsaved };
  }

  /** The window closed: flush, release its lock, forget its document. */
  async closeWindow(windowId: number): Promise<void> {
    const state = this.windows.get(windowId);
    this.windows.delete(windowId);
    await this.closeDocument(state?.doc ?? null, 'window-closed');
  }

  stop(): void {
    clearInterval(this.refreshTimer);
  }

  private async closeDocument(doc: OpenDocument | null, reason: CloseReason): Promise<void> {
    if (!doc) return;
    for (const listener of this.closeListeners) listener(doc, reason);
    await closeDoc(doc);
  }

  private notifyTitle(windowId: number): void {
    const title = this.title(windowId);
    for (const listener of this.titleListeners) listener(windowId, title);
  }

  private onDocChange(doc: OpenDocument): void {
    const windowId = this.windowOf(doc);
    if (windowId === undefined) return;
    this.deps.events.send(windowId, 'onSaveState', { docId: doc.docId, saveState: doc.saveState });
    this.notifyTitle(windowId);
  }
}
