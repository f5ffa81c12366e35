/** The renderer's state: what main told us about the open document, plus view state. */
import type { DocumentSnapshot, ExportPhase, SaveState, SyncStatus } from '../../shared/ipc/contract';
import type { Program } from '../../shared/program/schema';
import type { Lens, QuickFilters } from '../model/lens';
import { NO_FILTERS } from '../model/lens';
import type { ProblemsView } from '../model/problems-model';
import { NO_SELECTION, type Selection } from './selection';

/** Everything of a snapshot except the program text, which is parsed once into `program`. */
export type DocumentMeta = Omit<DocumentSnapshot, 'json' | 'revision' | 'saveState' | 'history'>;

export interface HistoryLabels {
  undoLabel: string | null;
  redoLabel: string | null;
}

export interface Banner {
  /** Increases with every banner so the same message shown twice still re-renders. */
  id: number;
  message: string;
}

export interface AppState {
  /** False until the first getCurrentProgram answer: the shell shows nothing rather than flashing the empty state. */
  booted: boolean;
  /** Set when the page has no bridge or main cannot be reached. */
  fatal: string | null;
  /** Why the program this window was asked to open could not be opened (the empty state shows it). */
  loadError: string | null;
  /** Whether the file that failed to open has a backup that loads (main's LOAD_FAILED_WITH_BACKUP). */
  loadErrorHasBackup: boolean;
  doc: DocumentMeta | null;
  /** The program as painted: main's program plus any edits still on their way to main. */
  program: Program | null;
  /** The last revision main confirmed. */
  revision: number;
  saveState: SaveState | null;
  history: HistoryLabels;
  /**
   * Ids of the selected activities in the order they were selected; the last is the primary the
   * inspector shows (see selection.ts). Selection never clears history: selecting is not an edit
   * (docs/reliability.md §12).
   */
  selection: Selection;
  banner: Banner | null;
  /** Edits applied locally and not yet confirmed by main. */
  pendingEdits: number;
  /** Whose activities the calendar shows (a group, a person, a city), or null for everyone. */
  lens: Lens | null;
  /** Activity types and statuses the quick filters hide. */
  filters: QuickFilters;
  /** Show every time in the program's home zone rather than at each place's wall time. */
  homeTime: boolean;
  /** The conflict engine's problems with the painted program, or null without one. */
  problems: ProblemsView | null;
  /** Whether the problems panel is open. */
  problemsOpen: boolean;
  /** Asks the calendar to show a date (from the problems panel); `seq` makes a repeat request new. */
  reveal: Reveal | null;
  /** The last progress main reported for this document's running export, or null. */
  exportProgress: ExportProgress | null;
  /** Which workspace fills the centre: the calendar or the People tables. View state, never saved in the file. */
  workspace: Workspace;
  /** Team planning: the shared program's sync status, or null for a planner's own file. */
  sync: SyncStatus | null;
  /** Who made the last teammates' changes that arrived, for a moment in the status bar. */
  lastRemote: { by: string[]; at: number } | null;
}

export type Workspace = 'calendar' | 'people';

export interface ExportProgress {
  phase: ExportPhase;
  done: number;
  total: number;
}

export interface Reveal {
  seq: number;
  /** Wall date (YYYY-MM-DD) and time (HH:MM:SS) at the place, as the calendar lays events out. */
  date: string;
  time: string | null;
}

/** Called when an edit the calendar already painted is refused: put the event back. */
export type Revert = () => void;

export const NO_HISTORY: HistoryLabels = { undoLabel: null, redoLabel: null };

export const INITIAL_STATE: AppState = {
  booted: false,
  fatal: null,
  loadError: null,
  loadErrorHasBackup: false,
  doc: null,
  program: null,
  revision: 0,
  saveState: null,
  history: NO_HISTORY,
  selection: NO_SELECTION,
  banner: null,
  pendingEdits: 0,
  lens: null,
  filters: NO_FILTERS,
  homeTime: false,
  problems: null,
  problemsOpen: false,
  reveal: null,
  exportProgress: null,
  workspace: 'calendar',
  sync: null,
  lastRemote: null,
};
