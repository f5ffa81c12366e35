/**
 * One program file open in one window: the in-memory program (ahead of the disk by at most one
 * autosave debounce), its revision and undo history, autosave, the recovery journal and the lock.
 * Every edit is a command applied here first; the renderer mirrors what this accepts.
 */
import { basename, dirname } from 'node:path';
import { applyCommand } from '../../shared/commands/apply';
import { describeCommand } from '../../shared/commands/describe';
import { UndoHistory } from '../../shared/commands/history';
import type { Command } from '../../shared/commands/types';
import { AppError } from '../../shared/errors';
import type { AppliedResult, DocumentSnapshot, SaveState } from '../../shared/ipc/contract';
import { serializeProgram } from '../../shared/program/load';
import type { Program } from '../../shared/program/schema';
import type { Clock } from '../services';
import { StorageError } from '../storage/errors';
import type { RecoveryJournal } from '../storage/journal';
import type { ProgramFileStore } from '../storage/program-file-store';
import { TeammateEdits, touchedBy } from './teammate-edits';

/** Autosave waits this long after the last edit: short enough that a crash loses almost nothing. */
export const AUTOSAVE_DELAY_MS = 300;
/** The journal is written this long after an edit that is still unsaved (docs/reliability.md §7). */
export const JOURNAL_DELAY_MS = 1000;
/** A save that failed for a reason that may pass (disk full, network share) is retried this often. */
export const SAVE_RETRY_MS = 5000;

/** Where an edit came from: this copy's planner, or teammates (merged by the sync layer; never undone here). */
export type EditOrigin = 'local' | 'remote';

/** An edit the document took: what it was, before and after. `command` is null for a whole replace. */
export interface Committed {
  before: Program;
  after: Program;
  command: Command | null;
  origin: EditOrigin;
  revision: number;
}

export interface LockInfo {
  holder: { user: string; host: string; since: string } | null;
  release(): Promise<void>;
  refresh(): Promise<void>;
}

export interface OpenDocumentOptions {
  docId: string;
  store: ProgramFileStore;
  journal: RecoveryJournal;
  clock: Clock;
  lock: LockInfo;
  onChange: (document: OpenDocument) => void;
}

export class OpenDocument {
  readonly docId: string;
  private storeRef: ProgramFileStore;
  private programRef: Program;
  /** The program as last read from or written to the file. */
  private savedRef: Program;
  private revisionRef = 0;
  private readonly history = new UndoHistory();
  private state: SaveState;
  private saveTimer: ReturnType<typeof setTimeout> | null = null;
  private journalTimer: ReturnType<typeof setTimeout> | null = null;
  private saving: Promise<void> | null = null;
  private lockOverridden = false;
  private lockRef: LockInfo;
  /** The revision of the last whole replace: an edit made on an older copy cannot apply. */
  private replacedAt = 0;
  /** The entities teammates changed, and when: what undo and redo must not overwrite. */
  private readonly teammates = new TeammateEdits();
  private readonly commitListeners = new Set<(committed: Committed) => void>();
  private readonly saveListeners = new Set<(saved: Program) => void>();
  /**
   * Checks a planner's edit before it applies: in a shared program, what this copy's role may
   * change (shared/sync/roles.ts). Returns why not, or null.
   */
  guard: ((command: Command, program: Program) => string | null) | null = null;
  /** Edits from the crash-recovery journal, and the hash of the file they were made on. */
  recovery: { text: string; journaledAt: string; baseHash: string } | null = null;

  constructor(private readonly options: OpenDocumentOptions) {
    this.docId = options.docId;
    this.storeRef = options.store;
    this.programRef = options.store.program;
    this.savedRef = this.programRef;
    this.lockRef = options.lock;
    this.state = this.idleState();
  }

  get program(): Program {
    return this.programRef;
  }
  get path(): string {
    return this.storeRef.path;
  }
  get revision(): number {
    return this.revisionRef;
  }
  get saveState(): SaveState {
    return this.state;
  }
  get lock(): LockInfo {
    return this.lockRef;
  }
  /** After Save As the document holds the lock of its new file. */
  set lock(lock: LockInfo) {
    this.lockRef = lock;
  }
  /** True while the in-memory program holds edits the file does not. */
  get dirty(): boolean {
    return this.programRef !== this.savedRef;
  }

  /** Why this document cannot be edited, or null. */
  get readOnlyReason(): string | null {
    if (this.storeRef.readOnlyReason) return this.storeRef.readOnlyReason;
    const holder = this.lockRef.holder;
    if (holder && !this.lockOverridden) {
      return `${holder.user} on ${holder.host} has had this program open since ${holder.since}. It is open read-only; choose “Edit anyway” to edit it (changes they save will be detected).`;
    }
    return null;
  }

  snapshot(): DocumentSnapshot {
    const holder = this.lockRef.holder;
    return {
      docId: this.docId,
      name: basename(this.path),
      folder: dirname(this.path),
      revision: this.revisionRef,
      json: serializeProgram(this.programRef),
      readOnlyReason: this.readOnlyReason,
      saveState: this.state,
      history: this.history.labels,
      recovery: this.recovery ? { journaledAt: this.recovery.journaledAt } : null,
      lockHolder: holder && !this.lockOverridden ? holder : null,
    };
  }

  /**
   * Applies a planner's edit made against `baseRevision`. Teammates' changes merged since that
   * revision do not make it stale (the renderer receives them in order and replays on top); a whole
   * replace (reload, revert) does.
   */
  apply(baseRevision: number, command: Command): AppliedResult {
    this.assertWritable();
    if (baseRevision < this.replacedAt || baseRevision > this.revisionRef) {
      throw new AppError('STALE_REVISION', `The program changed (revision ${this.revisionRef}, edit made on ${baseRevision}); reload and try again.`);
    }
    this.checkGuard(command);
    const label = describeCommand(command, this.programRef);
    const before = this.programRef;
    const applied = applyCommand(before, command);
    this.history.record({ command, inverse: applied.inverse, label, touched: touchedBy(before, applied.program), revision: this.revisionRef + 1 });
    return this.commit(applied.program, command, 'local');
  }

  undo(): AppliedResult | null {
    this.assertWritable();
    const entry = this.history.peekUndo();
    if (!entry) return null;
    this.teammates.refuse(entry, 'undo');
    this.checkGuard(entry.inverse);
    const applied = applyCommand(this.programRef, entry.inverse);
    this.history.commitUndo();
    return this.commit(applied.program, entry.inverse, 'local');
  }

  redo(): AppliedResult | null {
    this.assertWritable();
    const entry = this.history.peekRedo();
    if (!entry) return null;
    this.teammates.refuse(entry, 'redo');
    this.checkGuard(entry.command);
    const applied = applyCommand(this.programRef, entry.command);
    this.history.commitRedo(applied.inverse, this.revisionRef + 1);
    return this.commit(applied.program, entry.command, 'local');
  }

  /**
   * Applies teammates' changes (a program/merge from the sync layer). They never enter this copy's
   * undo history; an undo that would overwrite them is refused instead (TeammateEdits).
   */
  applyRemote(command: Command, by: readonly string[]): AppliedResult {
    const before = this.programRef;
    const applied = applyCommand(before, command);
    this.teammates.record(before, applied.program, this.revisionRef + 1, by);
    return this.commit(applied.program, command, 'remote');
  }

  /** Listens to every edit the document takes (the sync layer writes local ones to the shared program). */
  onCommit(listener: (committed: Committed) => void): () => void {
    this.commitListeners.add(listener);
    return () => this.commitListeners.delete(listener);
  }

  /** Listens to every program written to the file. */
  onSaved(listener: (saved: Program) => void): () => void {
    this.saveListeners.add(listener);
    return () => this.saveListeners.delete(listener);
  }

  private checkGuard(command: Command): void {
    const refusal = this.guard?.(command, this.programRef);
    if (refusal) throw new AppError('SYNC_REFUSED', refusal);
  }

  /** Replaces the whole program (revert to backup, recovery, reload): history no longer applies. */
  replaceProgram(program: Program, options: { dirty: boolean }): void {
    this.history.clear();
    const before = this.programRef;
    this.revisionRef++;
    this.replacedAt = this.revisionRef;
    this.programRef = program;
    this.notifyCommit({ before, after: program, command: null, origin: 'local', revision: this.revisionRef });
    if (options.dirty) this.scheduleSave();
    else {
      this.savedRef = program;
      this.setState(this.idleState());
    }
  }

  /** Points the document at another store (Save As, save-a-copy after a conflict). */
  switchStore(store: ProgramFileStore): void {
    this.storeRef = store;
    this.savedRef = this.programRef;
    this.setState(this.idleState());
  }

  get store(): ProgramFileStore {
    return this.storeRef;
  }

  /** The user chose to edit although another planner holds the lock. */
  overrideLock(): void {
    this.lockOverridden = true;
    this.setState(this.idleState());
  }

  /** Saves now (menu, quit, window close). Resolves once the file holds the current program or the save failed. */
  async flush(): Promise<SaveState> {
    if (this.saveTimer) clearTimeout(this.saveTimer);
    this.saveTimer = null;
    await this.saving;
    if (this.dirty && this.readOnlyReason === null && this.state.status !== 'conflict') await this.runSave();
    if (this.dirty) await this.writeJournalNow();
    return this.state;
  }

  /** Stops timers; called after flush when the window closes. */
  dispose(): void {
    if (this.saveTimer) clearTimeout(this.saveTimer);
    if (this.journalTimer) clearTimeout(this.journalTimer);
    this.saveTimer = null;
    this.journalTimer = null;
  }

  /** Writes the program to the file even though the file changed on disk (the user chose to). */
  async overwrite(): Promise<void> {
    await this.saving;
    const program = this.programRef;
    await this.storeRef.forceOverwrite(program);
    await this.afterSaved(program);
  }

  private assertWritable(): void {
    const reason = this.readOnlyReason;
    if (reason) throw new AppError('READ_ONLY', reason);
    if (this.state.status === 'conflict') {
      throw new AppError('CONFLICT', 'The file was changed on disk by someone else. Choose Reload, Overwrite or Save a Copy before editing further.');
    }
  }

  private commit(program: Program, command: Command, origin: EditOrigin): AppliedResult {
    const before = this.programRef;
    this.programRef = program;
    this.revisionRef++;
    this.scheduleSave();
    this.notifyCommit({ before, after: program, command, origin, revision: this.revisionRef });
    return { revision: this.revisionRef, command, history: this.history.labels };
  }

  private notifyCommit(committed: Committed): void {
    for (const listener of this.commitListeners) listener(committed);
  }

  private scheduleSave(delay = AUTOSAVE_DELAY_MS): void {
    // After a failed save the error stays on screen until a save succeeds: the planner must see it.
    if (this.state.status !== 'error') this.setState({ ...this.state, status: 'pending', code: null, message: null });
    if (this.saveTimer) clearTimeout(this.saveTimer);
    this.saveTimer = setTimeout(() => {
      this.saveTimer = null;
      void this.runSave();
    }, delay);
    if (!this.journalTimer) {
      this.journalTimer = setTimeout(() => {
        this.journalTimer = null;
        if (this.dirty) void this.writeJournalNow();
      }, JOURNAL_DELAY_MS);
    }
  }

  private runSave(): Promise<void> {
    if (this.saving) {
      // A save is under way; once it ends, the dirty check inside saves again if needed.
      return this.saving.then(() => (this.dirty ? this.runSave() : undefined));
    }
    const program = this.programRef;
    this.setState({ ...this.state, status: 'saving' });
    this.saving = (async () => {
      try {
        await this.storeRef.save(program);
        await this.afterSaved(program);
      } catch (error) {
        this.onSaveFailed(error);
      } finally {
        this.saving = null;
      }
    })();
    return this.saving;
  }

  private async afterSaved(saved: Program): Promise<void> {
    this.savedRef = saved;
    for (const listener of this.saveListeners) listener(saved);
    if (this.dirty) {
      this.scheduleSave();
      return;
    }
    this.setState({ status: 'saved', code: null, message: null, savedAt: this.options.clock.now().toISOString() });
    if (this.journalTimer) clearTimeout(this.journalTimer);
    this.journalTimer = null;
    await this.options.journal.discard(this.path).catch(() => undefined);
  }

  private onSaveFailed(error: unknown): void {
    const code = error instanceof StorageError ? error.code : 'SAVE_FAILED';
    const message = error instanceof Error ? error.message : String(error);
    void this.writeJournalNow();
    if (code === 'CONFLICT' || code === 'MISSING') {
      this.setState({ status: 'conflict', code, message, savedAt: this.state.savedAt });
      return;
    }
    if (code === 'READ_ONLY') {
      this.setState({ status: 'read-only', code, message, savedAt: this.state.savedAt });
      return;
    }
    this.setState({ status: 'error', code, message, savedAt: this.state.savedAt });
    // Disk full or a share that went away may recover; keep trying while edits are unsaved.
    if (this.saveTimer) clearTimeout(this.saveTimer);
    this.saveTimer = setTimeout(() => {
      this.saveTimer = null;
      if (this.dirty) void this.runSave();
    }, SAVE_RETRY_MS);
  }

  private async writeJournalNow(): Promise<void> {
    try {
      await this.options.journal.write(this.path, serializeProgram(this.programRef), this.storeRef.hash);
    } catch {
      // The journal is a second line of defence; a failure here must not mask the save error.
    }
  }

  private idleState(): SaveState {
    const reason = this.readOnlyReason;
    if (reason) return { status: 'read-only', code: 'READ_ONLY', message: reason, savedAt: null };
    return { status: 'saved', code: null, message: null, savedAt: null };
  }

  private setState(state: SaveState): void {
    this.state = state;
    this.options.onChange(this);
  }
}
