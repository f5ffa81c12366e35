/**
 * Undo/redo stacks of applied commands. One entry per user action (a drop, a resize, an inspector
 * edit, a whole roster import as one batch). Only new edits clear redo; selection and view changes
 * never reach here, so they cannot.
 */
import type { Command } from './types';

export interface HistoryEntry {
  command: Command;
  inverse: Command;
  label: string;
  /** Entities the edit changed ("activities/a-12"), so undo can tell whether a teammate changed them since. */
  touched?: readonly string[];
  /** The document revision the edit (or its last redo) produced. */
  revision?: number;
}

/** Oldest entries are dropped past this many steps, which bounds memory (docs/reliability.md §12). */
export const HISTORY_LIMIT = 500;

export class UndoHistory {
  private undoStack: HistoryEntry[] = [];
  private redoStack: HistoryEntry[] = [];

  constructor(private readonly limit = HISTORY_LIMIT) {}

  /** Records a new edit; it invalidates whatever could have been redone. */
  record(entry: HistoryEntry): void {
    this.undoStack.push(entry);
    if (this.undoStack.length > this.limit) this.undoStack.splice(0, this.undoStack.length - this.limit);
    this.redoStack = [];
  }

  /** The entry to undo next, without taking it. */
  peekUndo(): HistoryEntry | undefined {
    return this.undoStack.at(-1);
  }

  peekRedo(): HistoryEntry | undefined {
    return this.redoStack.at(-1);
  }

  /** Moves the last edit to the redo stack once its inverse has been applied. */
  commitUndo(): void {
    const entry = this.undoStack.pop();
    if (entry) this.redoStack.push(entry);
  }

  /** Moves the next redo back onto the undo stack, with the inverse computed when it was re-applied. */
  commitRedo(inverse: Command, revision?: number): void {
    const entry = this.redoStack.pop();
    if (entry) this.undoStack.push({ ...entry, inverse, ...(revision === undefined ? {} : { revision }) });
  }

  clear(): void {
    this.undoStack = [];
    this.redoStack = [];
  }

  get labels(): { undoLabel: string | null; redoLabel: string | null } {
    return { undoLabel: this.peekUndo()?.label ?? null, redoLabel: this.peekRedo()?.label ?? null };
  }

  get size(): { undo: number; redo: number } {
    return { undo: this.undoStack.length, redo: this.redoStack.length };
  }
}
