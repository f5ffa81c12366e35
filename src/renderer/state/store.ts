/**
 * The one store of the renderer. Main owns the program; the store keeps main's copy (`confirmed`)
 * plus the edits the planner made that main has not answered yet (`pending`), and paints
 * confirmed + pending so a drop shows at once. Every request to main goes through one serial queue,
 * so main sees edits, undos and redos in the order the planner made them and `baseRevision` is
 * always the revision main is at. A refused edit is dropped, the remaining pending edits are
 * replayed on main's copy, and the calendar is told to put the event back.
 */
import { applyCommand } from '../../shared/commands/apply';
import type { Command } from '../../shared/commands/types';
import type { AppliedResult, DocumentSnapshot, ExportResult, ExportSelection, IpcResult, SaveState } from '../../shared/ipc/contract';
import type { Problem } from '../../shared/conflicts';
import type { Program } from '../../shared/program/schema';
import type { Settings, SettingsPatch } from '../../shared/settings';
import type { Api } from '../api';
import { hourCycleOf } from '../model/clock-format';
import { ProblemsModel } from '../model/problems-model';
import { lensIsValid, sameLens, type Lens, type QuickFilters } from '../model/lens';
import { revealPatch } from './reveal';
import { readView, writeView } from './view-persistence';
import { NO_SELECTION, pruneSelection, sameSelection, selectOnly, toggleSelected, type Selection } from './selection';
import { INITIAL_STATE, NO_HISTORY, type AppState, type Revert, type Workspace } from './store-types';

interface PendingEdit {
  command: Command;
  revert: Revert | null;
  /** The painted program after this edit; recomputed whenever the edits below it change. */
  after: Program;
}

type Listener = () => void;

export class AppStore {
  private state: AppState = INITIAL_STATE;
  private readonly listeners = new Set<Listener>();
  private confirmed: Program | null = null;
  private pending: PendingEdit[] = [];
  private queue: Promise<void> = Promise.resolve();
  /** Bumped when another document replaces the open one: answers about the old one are ignored. */
  private generation = 0;
  private bannerIds = 0;
  private revealSeq = 0;
  /** Re-checked on every change of the painted program, so problems follow a drop before main answers. */
  private readonly problemsModel = new ProblemsModel();
  private checkScheduled = false;

  constructor(private readonly api: Api) {}

  readonly subscribe = (listener: Listener): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  readonly getState = (): AppState => this.state;

  /** Loads the open program and listens to main. Returns the function that stops listening. */
  start(): () => void {
    const stops = [
      this.api.onProgramOpened((snapshot) => this.openSnapshot(snapshot)),
      this.api.onSaveState(({ docId, saveState }) => {
        if (docId === this.state.doc?.docId) this.setSaveState(saveState);
      }),
      this.api.onExportProgress(({ docId, phase, done, total }) => {
        if (docId === this.state.doc?.docId) this.set({ exportProgress: { phase, done, total } });
      }),
      this.api.onSettingsChanged((settings) => this.setSettings(settings)),
      // Teammates' changes: main applied them (outside the undo history); our copy follows, and
      // edits still on their way are replayed on top, as after an undo.
      this.api.onRemoteChange(({ docId, applied, by }) => {
        if (docId !== this.state.doc?.docId) return;
        this.confirm(applied);
        if (by.length) this.set({ lastRemote: { by, at: Date.now() } });
      }),
      this.api.onSyncState(({ docId, status }) => {
        if (docId === this.state.doc?.docId) this.set({ sync: status });
      }),
    ];
    void this.api.getSettings().then((result) => {
      if (result.ok) this.setSettings(result.value);
    });
    void this.api.getCurrentProgram().then((result) => {
      // The file main was asked to open is damaged or gone: the empty state says why and offers a way out.
      if (!result.ok) return this.set({ booted: true, loadError: result.error.message, loadErrorHasBackup: result.error.code === 'LOAD_FAILED_WITH_BACKUP' });
      // An onProgramOpened that raced ahead of this answer is newer: keep it.
      if (result.value && !this.state.doc) this.openSnapshot(result.value);
      this.set({ booted: true });
    });
    return () => stops.forEach((stop) => stop());
  }

  /** Replaces the open program with one main sent (open, new, save as, reload). */
  openSnapshot(snapshot: DocumentSnapshot): void {
    let program: Program;
    // Marks for benchmarks (G1 in docs/performance.md: file to data ready in the renderer).
    performance.mark('program-received', { detail: { bytes: snapshot.json.length } });
    try {
      program = JSON.parse(snapshot.json) as Program;
      performance.mark('program-parsed');
    } catch {
      this.showError(`"${snapshot.name}" could not be shown: main sent a program that is not valid JSON.`);
      return;
    }
    const { json: _json, revision, saveState, history, ...doc } = snapshot;
    const sameDoc = doc.docId === this.state.doc?.docId;
    this.generation++;
    // Pending edits of the old copy are dropped without reverting: the calendar repaints from the
    // new program, and reverting its old events could move the new ones.
    this.pending = [];
    this.confirmed = program;
    if (!sameDoc) this.problemsModel.reset();
    // Another document's problems must not show for a frame over this one.
    const problems = sameDoc ? this.state.problems : null;
    const selection = sameDoc ? pruneSelection(this.state.selection, program) : NO_SELECTION;
    // A new document restores the view the planner left it in (saved per program id), if it still fits.
    const view = sameDoc ? { lens: this.state.lens, filters: this.state.filters, homeTime: this.state.homeTime } : readView(program.id);
    const lens = lensIsValid(view.lens, program) ? view.lens : null;
    this.set({ booted: true, fatal: null, loadError: null, loadErrorHasBackup: false, doc, program, revision, saveState, history, selection, lens, filters: view.filters, homeTime: view.homeTime, pendingEdits: 0, problems, ...(sameDoc ? {} : { sync: null, lastRemote: null }) });
    if (!sameDoc && program.shared) void this.refreshSync(doc.docId);
  }

  /** Changes app settings (main writes them and tells every window, this one included). */
  async updateSettings(patch: SettingsPatch): Promise<void> {
    const result = await this.api.updateSettings(patch);
    if (!result.ok) return this.showError(result.error.message);
    this.setSettings(result.value);
  }

  private setSettings(settings: Settings): void {
    this.set({ settings, hourCycle: hourCycleOf(settings.timeFormat) });
  }

  /** Asks main for the shared program's sync status (it also arrives as events when it changes). */
  private async refreshSync(docId: string): Promise<void> {
    const result = await this.api.getSyncState({ docId });
    if (result.ok && docId === this.state.doc?.docId && this.state.sync === null) this.set({ sync: result.value });
  }

  /** Settles a team conflict with one of its values (main writes it; everyone receives it). */
  async chooseSyncValue(conflictId: string, valueIndex: number): Promise<void> {
    const docId = this.state.doc?.docId;
    if (!docId) return;
    const result = await this.api.chooseSyncValue({ docId, conflictId, valueIndex });
    if (!result.ok) return this.showError(result.error.message);
    if (docId === this.state.doc?.docId) this.set({ sync: result.value });
  }

  /**
   * Applies an edit now and sends it to main. Returns false when the command cannot apply to the
   * painted program; the reason is shown and `revert` has been called.
   */
  edit(command: Command, revert: Revert | null = null): boolean {
    const { program, doc } = this.state;
    if (!program || !doc) {
      revert?.();
      return false;
    }
    let after: Program;
    try {
      after = applyCommand(program, command).program;
    } catch (error) {
      revert?.();
      this.showError(messageOf(error));
      return false;
    }
    const edit: PendingEdit = { command, revert, after };
    this.pending.push(edit);
    this.set({ program: after, pendingEdits: this.pending.length });
    this.enqueue((generation) => this.send(edit, doc.docId, generation));
    return true;
  }

  undo(): void {
    this.enqueueHistory('undo');
  }

  redo(): void {
    this.enqueueHistory('redo');
  }

  /** Selects just this activity, or nothing with null (a plain click). */
  select(id: string | null): void {
    this.setSelection(selectOnly(this.state.selection, id));
  }

  /** Adds an activity to the selection, or takes it out (Shift/Ctrl/Cmd-click). */
  toggleSelected(id: string): void {
    this.setSelection(toggleSelected(this.state.selection, id));
  }

  /** Replaces the selection (ids in selection order; the last is the primary). A view change: history is untouched. */
  setSelection(selection: Selection): void {
    if (!sameSelection(selection, this.state.selection)) this.set({ selection });
  }

  /** Shows one group's, person's or city's activities, or everyone's with null. A view change: history is untouched. */
  setLens(lens: Lens | null): void {
    if (!sameLens(lens, this.state.lens)) this.setView({ lens });
  }

  setFilters(filters: QuickFilters): void {
    if (filters !== this.state.filters) this.setView({ filters });
  }

  setHomeTime(homeTime: boolean): void {
    if (homeTime !== this.state.homeTime) this.setView({ homeTime });
  }

  /** View changes are remembered per program so a reload opens the same view. */
  private setView(patch: Partial<Pick<AppState, 'lens' | 'filters' | 'homeTime'>>): void {
    this.set(patch);
    const { program, lens, filters, homeTime } = this.state;
    if (program) writeView(program.id, { lens, filters, homeTime });
  }

  /** Shows the calendar or the People workspace (a view change: history is untouched, nothing is saved). */
  setWorkspace(workspace: Workspace): void {
    if (workspace !== this.state.workspace) this.set({ workspace });
  }

  /** Opens or closes the problems panel (a view change: history is untouched). */
  toggleProblems(open = !this.state.problemsOpen): void {
    if (open !== this.state.problemsOpen) this.set({ problemsOpen: open });
  }

  /** Shows a problem on the calendar and in the inspector (see reveal.ts). */
  revealProblem(problem: Problem): void {
    const { program, selection, lens, filters } = this.state;
    if (program) this.setView(revealPatch(program, problem, { selection, lens, filters }, ++this.revealSeq));
  }

  /** Shows a local date (and wall time HH:MM:SS) on the calendar, as a click in a list does. */
  revealAt(date: string, time: string | null): void {
    this.set({ reveal: { seq: ++this.revealSeq, date, time } });
  }

  dismissBanner(): void {
    this.set({ banner: null });
  }

  showError(message: string): void {
    this.set({ banner: { id: ++this.bannerIds, message } });
  }

  /**
   * New / Open / Save As / open the backup of a damaged file: main shows any dialog; a snapshot comes
   * back unless the planner cancelled.
   */
  async runDocumentAction(action: 'newProgram' | 'openProgram' | 'saveProgramAs' | 'recoverFromBackup'): Promise<void> {
    const docId = this.state.doc?.docId;
    if (action === 'saveProgramAs' && !docId) return;
    // Wait for queued edits so Save As writes what the planner sees.
    await this.queue;
    const result = action === 'saveProgramAs' ? await this.api.saveProgramAs({ docId: docId as string }) : await this.api[action]();
    if (!result.ok) return this.showError(result.error.message);
    if (result.value && !this.isCurrent(result.value)) this.openSnapshot(result.value);
  }

  /**
   * Clone program…: main clones the open program (edits queued before it included), asks where to
   * save it and opens it here; null when the planner cancelled the save dialog.
   */
  async cloneProgram(options: { start: string; appointments: 'idea' | 'requested'; keepRoster: boolean; keepIssues: boolean; keepDismissals: boolean }): Promise<IpcResult<DocumentSnapshot | null>> {
    const docId = this.state.doc?.docId;
    if (!docId) return { ok: false, error: { code: 'NOT_FOUND', message: 'No program is open.' } };
    await this.queue;
    const result = await this.api.cloneProgram({ docId, ...options });
    if (result.ok && result.value) this.openSnapshot(result.value);
    return result;
  }

  /**
   * Exports the open program: main asks for the folder and writes the files; null when the planner
   * cancelled the folder dialog. Queued edits reach main first, so the files show what the planner sees.
   */
  async exportFiles(
    request: { format: 'pdf'; selection: ExportSelection; paper: 'letter' | 'a4'; changesSinceVersion?: number } | { format: 'ics'; selection: ExportSelection },
  ): Promise<IpcResult<ExportResult>> {
    const docId = this.state.doc?.docId;
    if (!docId) return { ok: false, error: { code: 'NOT_FOUND', message: 'No program is open.' } };
    await this.queue;
    this.set({ exportProgress: null });
    return request.format === 'pdf'
      ? this.api.exportPdf({ docId, selection: request.selection, paper: request.paper, ...(request.changesSinceVersion ? { changesSinceVersion: request.changesSinceVersion } : {}) })
      : this.api.exportIcs({ docId, selection: request.selection });
  }

  /** Asks main to stop the running export; its answer arrives as the export's own (cancelled) result. */
  cancelExport(): void {
    const docId = this.state.doc?.docId;
    if (docId) void this.api.cancelExport({ docId });
  }

  private isCurrent(snapshot: DocumentSnapshot): boolean {
    return snapshot.docId === this.state.doc?.docId && snapshot.revision === this.state.revision && this.pending.length === 0;
  }

  private enqueue(task: (generation: number) => Promise<void>): void {
    const generation = this.generation;
    this.queue = this.queue.then(() => task(generation)).catch((error: unknown) => this.showError(messageOf(error)));
  }

  private enqueueHistory(kind: 'undo' | 'redo'): void {
    const docId = this.state.doc?.docId;
    if (!docId) return;
    this.enqueue(async (generation) => {
      if (generation !== this.generation) return;
      const result = await this.api[kind]({ docId });
      if (generation !== this.generation) return;
      if (!result.ok) return this.refused(result.error);
      if (result.value) this.confirm(result.value);
    });
  }

  private async send(edit: PendingEdit, docId: string, generation: number): Promise<void> {
    if (generation !== this.generation) return;
    const result: IpcResult<AppliedResult> = await this.api.applyCommand({ docId, baseRevision: this.state.revision, command: edit.command });
    if (generation !== this.generation) return;
    // The queue is serial, so the answer is about the oldest pending edit.
    this.pending = this.pending.filter((e) => e !== edit);
    if (result.ok) {
      this.confirmed = edit.after;
      this.set({ revision: result.value.revision, history: result.value.history });
      this.replayPending();
      return;
    }
    edit.revert?.();
    this.replayPending();
    this.refused(result.error);
  }

  /** Applies a command main has applied (undo/redo) to main's copy, then replays pending edits on it. */
  private confirm(applied: AppliedResult): void {
    if (!this.confirmed) return;
    try {
      this.confirmed = applyCommand(this.confirmed, applied.command).program;
    } catch {
      // Our copy no longer matches main's: take main's.
      void this.resync();
      return;
    }
    this.set({ revision: applied.revision, history: applied.history });
    this.replayPending();
  }

  /** Recomputes the painted program as confirmed + pending, dropping edits that no longer apply. */
  private replayPending(): void {
    if (!this.confirmed) return;
    let program = this.confirmed;
    const kept: PendingEdit[] = [];
    for (const edit of this.pending) {
      try {
        program = applyCommand(program, edit.command).program;
        edit.after = program;
        kept.push(edit);
      } catch (error) {
        edit.revert?.();
        this.showError(messageOf(error));
      }
    }
    this.pending = kept;
    this.set({ program, pendingEdits: kept.length });
  }

  private refused(error: { code: string; message: string }): void {
    this.showError(error.message);
    // Main moved on without us (another window, a reload): our revision is useless, fetch main's copy.
    if (error.code === 'STALE_REVISION' || error.code === 'NOT_FOUND') void this.resync();
  }

  private async resync(): Promise<void> {
    const result = await this.api.getCurrentProgram();
    if (result.ok && result.value) this.openSnapshot(result.value);
  }

  /**
   * Problems follow the painted program one step behind: the check (incremental, G8) and the
   * problems panel, status counts and badges it repaints run in a task of their own after the
   * drop has painted, so a drop's task holds only the edit and the calendar (G8, G9 in
   * docs/performance.md). A document's
   * first, full check waits the same way, so opening a file is not slower. Checks asked for while
   * one is scheduled fold into it: it always checks the program painted when it runs.
   */
  private scheduleCheck(): void {
    if (this.checkScheduled) return;
    this.checkScheduled = true;
    afterPaint(() => {
      this.checkScheduled = false;
      const { program, programSeq } = this.state;
      if (program) this.set({ problems: this.problemsModel.sync(program), problemsSeq: programSeq });
    });
  }

  private setSaveState(saveState: SaveState): void {
    this.set({ saveState });
  }

  private set(patch: Partial<AppState>): void {
    const next = { ...this.state, ...patch };
    if (next.program !== this.state.program) {
      next.programSeq = this.state.programSeq + 1;
      if (next.program) this.scheduleCheck();
      else next.problems = null;
    }
    this.state = next;
    for (const listener of this.listeners) listener();
  }
}

/** Runs `task` after the next paint (or soon, where nothing paints). */
function afterPaint(task: () => void): void {
  if (typeof requestAnimationFrame === 'function') requestAnimationFrame(() => setTimeout(task, 0));
  else setTimeout(task, 0);
}

export function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

export { NO_HISTORY };
