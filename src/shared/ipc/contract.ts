/**
 * The one typed IPC contract: for each method, the zod schema of its argument and of its result.
 * Main parses every argument with these before a handler runs; the renderer's `Api` type is derived
 * from them, so a channel cannot drift between the two sides.
 */
import { z } from 'zod';
import { commandSchema } from '../commands/types';
import { settingsPatchSchema, settingsSchema } from '../settings';
import { directoryHostSchema, directorySchema, directoryVenueSchema } from '../directory/schema';
import { plainDateSchema } from '../program/schema';
import type { ErrorCode } from '../errors';
import { EVENT_CHANNELS, INVOKE_CHANNELS, type EventMethod, type InvokeMethod } from './channels';
import { translationLanguageSchema } from '../program/schema';

export const docIdSchema = z.string().regex(/^doc-[0-9]+$/);

export const saveStateSchema = z.strictObject({
  /**
   * saved: the file on disk holds every edit. pending: an edit waits for the autosave debounce.
   * saving: a write is under way. error: the last save failed (message says why; edits are kept
   * in memory and in the recovery journal). conflict: the file changed on disk since it was opened.
   * read-only: this file cannot be written (message says why).
   */
  status: z.enum(['saved', 'pending', 'saving', 'error', 'conflict', 'read-only']),
  code: z.string().nullable(),
  message: z.string().nullable(),
  savedAt: z.string().nullable(),
});
export type SaveState = z.infer<typeof saveStateSchema>;

export const historyStateSchema = z.strictObject({
  undoLabel: z.string().nullable(),
  redoLabel: z.string().nullable(),
});

export const documentSnapshotSchema = z.strictObject({
  docId: docIdSchema,
  /** File name shown in the title bar, e.g. "tmssw-2024.ivlp.json". */
  name: z.string(),
  /** Folder shown to the user; never sent back: main keeps paths. */
  folder: z.string(),
  revision: z.int().min(0),
  /** The program as JSON text: cheaper over IPC than a structured clone of the object. */
  json: z.string(),
  readOnlyReason: z.string().nullable(),
  saveState: saveStateSchema,
  history: historyStateSchema,
  /** Set when a crash-recovery journal newer than the file exists for it. */
  recovery: z.strictObject({ journaledAt: z.string() }).nullable(),
  /** Set when another planner holds the file's lock. */
  lockHolder: z.strictObject({ user: z.string(), host: z.string(), since: z.string() }).nullable(),
});
export type DocumentSnapshot = z.infer<typeof documentSnapshotSchema>;

export const appliedSchema = z.strictObject({
  revision: z.int().min(0),
  /** The command main applied, for the renderer to apply to its own copy (undo/redo send the inverse). */
  command: commandSchema,
  history: historyStateSchema,
});
export type AppliedResult = z.infer<typeof appliedSchema>;

export const recentProgramSchema = z.strictObject({
  id: z.string(),
  name: z.string(),
  folder: z.string(),
  openedAt: z.string(),
});

const none = z.undefined();
const docArg = z.strictObject({ docId: docIdSchema });

/** An id of a participant, group or staff member as the program file spells it. */
const entityIdSchema = z.string().min(1).max(200);

/**
 * Whose documents to export: every participant, every staff member, one traveler, a group, a staff
 * member, the program book, every participant and staff member whose itinerary changed since an
 * issued version; or for a city's people: a local partner's packet (one city or every city a group
 * visits) and the meal host sheets.
 */
export const exportSelectionSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('all-participants') }),
  z.strictObject({ kind: z.literal('all-staff') }),
  z.strictObject({ kind: z.literal('partner'), id: entityIdSchema }),
  z.strictObject({ kind: z.literal('all-partners') }),
  z.strictObject({ kind: z.literal('meals') }),
  z.strictObject({ kind: z.literal('affected-travelers'), sinceVersion: z.int().min(1).max(1_000_000) }),
  z.strictObject({ kind: z.literal('participant'), id: entityIdSchema }),
  z.strictObject({ kind: z.literal('group'), id: entityIdSchema }),
  z.strictObject({ kind: z.literal('staff'), id: entityIdSchema }),
  z.strictObject({ kind: z.literal('book') }),
]);
export type ExportSelection = z.infer<typeof exportSelectionSchema>;

export const paperSchema = z.enum(['letter', 'a4']);

/** What an export wrote: the chosen folder's name (never its path) and how many files. Null: the folder dialog was cancelled. */
export const exportResultSchema = z.strictObject({ folderName: z.string(), files: z.int().min(0) }).nullable();
export type ExportResult = z.infer<typeof exportResultSchema>;

/** render and print: one step each; split and write: one per file. */
export const exportPhaseSchema = z.enum(['render', 'print', 'split', 'write']);
export type ExportPhase = z.infer<typeof exportPhaseSchema>;

export const exportProgressSchema = z.strictObject({
  docId: docIdSchema,
  phase: exportPhaseSchema,
  done: z.int().min(0),
  total: z.int().min(0),
});
export type ExportProgressEvent = z.infer<typeof exportProgressSchema>;

/**
 * How much of a roster main hands the renderer. A real delegation roster is tens of rows; these
 * bounds keep one IPC answer (and the live preview the renderer recomputes on every mapping change)
 * small, and main refuses a larger file with an error saying which bound it broke.
 */
export const ROSTER_LIMITS = {
  maxBytes: 5 * 1024 * 1024,
  /** People, i.e. rows after the header. */
  maxPeople: 5000,
  maxColumns: 200,
  maxCellChars: 20_000,
  /** All cells together: an .xlsx of 5 MB can unzip to far more text than that. */
  maxTotalChars: 10_000_000,
} as const;

/**
 * A roster file read and decoded by main, as the roster planner takes it: every cell as text, the
 * header first. The file's name only; its path stays in main.
 */
export const rosterReadSchema = z.strictObject({
  fileName: z.string().max(255),
  format: z.enum(['csv', 'xlsx']),
  /** How main decoded a CSV (null for XLSX, which is always Unicode inside). */
  encoding: z.enum(['utf-8', 'utf-8-bom', 'utf-16le', 'utf-16be', 'windows-1252']).nullable(),
  /** The delimiter papaparse settled on (null for XLSX). */
  delimiter: z.enum([',', ';', '\t']).nullable(),
  /** The workbook counts serial dates from 1904 (false for CSV). */
  date1904: z.boolean(),
  rows: z
    .array(z.array(z.string().max(ROSTER_LIMITS.maxCellChars)).max(ROSTER_LIMITS.maxColumns))
    .max(ROSTER_LIMITS.maxPeople + 1),
});
export type RosterRead = z.infer<typeof rosterReadSchema>;

/** The directory the app uses (chosen in its settings), as the renderer sees it: entries, and the file's name and folder (never its path to send back). */
export const directoryStateSchema = z.strictObject({
  info: z.strictObject({ name: z.string(), fileName: z.string(), folder: z.string() }).nullable(),
  directory: directorySchema.nullable(),
  /** Why the chosen directory file cannot be used right now (it does not load), or null. */
  problem: z.string().nullable(),
});
export type DirectoryState = z.infer<typeof directoryStateSchema>;

const countsSchema = z.strictObject({ venues: z.int().min(0), hosts: z.int().min(0) });

export const cloneArgsSchema = z.strictObject({
  docId: docIdSchema,
  /** The new program's first day; same weekday as the old one's. */
  start: plainDateSchema,
  appointments: z.enum(['idea', 'requested']),
  keepRoster: z.boolean(),
  keepIssues: z.boolean(),
  keepDismissals: z.boolean(),
});
/** What the window shows of a shared program: connection, waiting changes, who is here, conflicts. */
export const syncStateSchema = z.strictObject({
  address: z.string(),
  role: z.enum(['planner', 'partner', 'viewer']),
  member: z.string(),
  connection: z.strictObject({ status: z.enum(['connecting', 'connected', 'offline']), since: z.string().nullable(), reason: z.string().nullable() }),
  waiting: z.int().min(0),
  present: z.array(z.string()),
  conflicts: z.array(z.strictObject({ id: z.string(), subject: z.string(), choices: z.array(z.string()) })),
  repairs: z.array(z.strictObject({ kind: z.enum(['dropped-reference', 'cleared-venue', 'cleared-host', 'set-aside']), message: z.string(), subject: z.string() })),
  refused: z.array(z.strictObject({ id: z.string(), reason: z.string() })),
});
export type SyncState = z.infer<typeof syncStateSchema>;

/** A shared document's sync: its state, or why it is not syncing. */
/**
 * Where a Share… or Join… stands (each takes seconds at thousands of activities): asking the server
 * who the token is, writing the program into the shared documents, sending them until the server
 * holds everything, receiving them (join), recording the result in the file.
 */
export const teamStepSchema = z.enum(['connecting', 'writing', 'sending', 'receiving', 'saving']);
export const teamProgressSchema = z.strictObject({
  operation: z.enum(['share', 'join']),
  step: teamStepSchema,
  /** Activities being written or received; 0 until known. */
  activities: z.int().min(0),
});
export type TeamProgress = z.infer<typeof teamProgressSchema>;

export const syncStatusSchema = z.strictObject({ state: syncStateSchema.nullable(), failure: z.string().nullable() });
export type SyncStatus = z.infer<typeof syncStatusSchema>;

export const invokeContract = {
  getAppInfo: { args: none, result: z.strictObject({ version: z.string(), platform: z.string() }) },
  getCurrentProgram: { args: none, result: documentSnapshotSchema.nullable() },
  newProgram: { args: none, result: documentSnapshotSchema.nullable() },
  openProgram: { args: none, result: documentSnapshotSchema.nullable() },
  openRecentProgram: { args: z.strictObject({ id: z.string().max(200) }), result: documentSnapshotSchema },
  listRecentPrograms: { args: none, result: z.array(recentProgramSchema) },
  saveProgramAs: { args: docArg, result: documentSnapshotSchema.nullable() },
  saveProgramCopy: { args: docArg, result: z.strictObject({ name: z.string() }).nullable() },
  revertProgramToBackup: { args: docArg, result: documentSnapshotSchema },
  applyCommand: {
    args: z.strictObject({ docId: docIdSchema, baseRevision: z.int().min(0), command: commandSchema }),
    result: appliedSchema,
  },
  undo: { args: docArg, result: appliedSchema.nullable() },
  redo: { args: docArg, result: appliedSchema.nullable() },
  saveNow: { args: docArg, result: saveStateSchema },
  resolveConflict: {
    args: z.strictObject({ docId: docIdSchema, choice: z.enum(['reload', 'overwrite', 'save-copy']) }),
    result: documentSnapshotSchema.nullable(),
  },
  restoreRecovery: { args: docArg, result: documentSnapshotSchema },
  discardRecovery: { args: docArg, result: documentSnapshotSchema },
  /** Another planner holds the lock: edit anyway (the hash check still guards every save). */
  openAnyway: { args: docArg, result: documentSnapshotSchema },
  /** The last file this window failed to open has a loadable backup: open it as a new copy beside it. */
  recoverFromBackup: { args: none, result: documentSnapshotSchema },
  openExternal: { args: z.strictObject({ url: z.string().max(2000) }), result: z.boolean() },
  /** Asks for a folder, then writes PDFs of the window's current program there, all or nothing. */
  exportPdf: {
    args: z.strictObject({
      docId: docIdSchema,
      selection: exportSelectionSchema,
      paper: paperSchema,
      /** Start each traveler's itinerary with a "Changes since version N" page. */
      changesSinceVersion: z.int().min(1).max(1_000_000).optional(),
      /** Itineraries in English beside this language. */
      language: translationLanguageSchema.optional(),
    }),
    result: exportResultSchema,
  },
  /** Asks for a folder, then writes iCalendar files there, all or nothing. */
  exportIcs: { args: z.strictObject({ docId: docIdSchema, selection: exportSelectionSchema }), result: exportResultSchema },
  /** Cancels the document's running export (nothing is written); false when none was running. */
  cancelExport: { args: docArg, result: z.boolean() },
  /**
   * Asks for a roster file (CSV or XLSX) and returns it decoded, for the import dialog to map and
   * preview; null when the planner cancels. Nothing is imported here: the import is a program/apply.
   */
  readRoster: { args: docArg, result: rosterReadSchema.nullable() },
  /** The app's settings (time format, theme, updates), the same for every window. */
  getSettings: { args: none, result: settingsSchema },
  /** Changes some settings; every window is told (onSettingsChanged), this one also by the answer. */
  updateSettings: { args: settingsPatchSchema, result: settingsSchema },
  /** Next year's program from this one: main asks where to save it, writes it and opens it in the window (null: cancelled). */
  cloneProgram: { args: cloneArgsSchema, result: documentSnapshotSchema.nullable() },
  getDirectory: { args: none, result: directoryStateSchema },
  /** Asks for an existing directory file and uses it from now on (null: cancelled). */
  openDirectory: { args: none, result: directoryStateSchema.nullable() },
  /** Asks where to create a new, empty directory and uses it from now on (null: cancelled). */
  createDirectory: { args: none, result: directoryStateSchema.nullable() },
  /** Adds or replaces one entry (by id) and saves the directory; every window is told. */
  saveDirectoryEntry: {
    args: z.strictObject({
      entry: z.discriminatedUnion('kind', [z.strictObject({ kind: z.literal('venue'), venue: directoryVenueSchema }), z.strictObject({ kind: z.literal('host'), host: directoryHostSchema })]),
    }),
    result: directoryStateSchema,
  },
  /**
   * Adds the window's program's places and hosts to the directory, and with `alsoFiles` those of
   * program files main asks for (null: that dialog was cancelled). Linking the program's copies
   * is then the directory's offer (shared/directory/offer.ts, which the window asks), applied as an edit.
   */
  importToDirectory: {
    args: z.strictObject({ docId: docIdSchema, alsoFiles: z.boolean() }),
    result: z.strictObject({ added: countsSchema, known: countsSchema, programs: z.int().min(0) }).nullable(),
  },
  /** Shares the window's program on a sync server with a planner's invitation token; the file records the address. */
  shareProgram: {
    args: z.strictObject({ docId: docIdSchema, server: z.string().min(1).max(500), token: z.string().min(1).max(500) }),
    result: z.strictObject({ address: z.string() }),
  },
  /** Joins a shared program: main asks where to save the new file, then opens it (null: cancelled). */
  joinProgram: {
    args: z.strictObject({ address: z.string().min(1).max(1000), token: z.string().min(1).max(500) }),
    result: documentSnapshotSchema.nullable(),
  },
  /** The window's program's sync status (null: not a shared program). */
  getSyncState: { args: docArg, result: syncStatusSchema.nullable() },
  /** Settles a conflict with one of its values; everyone receives the choice. */
  chooseSyncValue: {
    args: z.strictObject({ docId: docIdSchema, conflictId: z.string().min(1).max(2000), valueIndex: z.int().min(0).max(100) }),
    result: syncStatusSchema.nullable(),
  },
} as const satisfies Record<InvokeMethod, { args: z.ZodType; result: z.ZodType }>;

export const menuActionSchema = z.enum(['undo', 'redo', 'select-all', 'find', 'import-roster', 'clone-program', 'settings', 'share', 'join']);
export type MenuAction = z.infer<typeof menuActionSchema>;

export const eventContract = {
  onProgramOpened: documentSnapshotSchema,
  onSaveState: z.strictObject({ docId: docIdSchema, saveState: saveStateSchema }),
  onMenuAction: menuActionSchema,
  onExportProgress: exportProgressSchema,
  onSettingsChanged: settingsSchema,
  /** The directory file was saved (by any window): offers and searches should be read again. */
  onDirectoryChanged: z.strictObject({ name: z.string() }),
  /** Teammates' changes main applied (never in the undo history): the renderer applies the command to its copy. */
  onRemoteChange: z.strictObject({ docId: docIdSchema, applied: appliedSchema, by: z.array(z.string()) }),
  onSyncState: z.strictObject({ docId: docIdSchema, status: syncStatusSchema }),
  onTeamProgress: teamProgressSchema,
} as const satisfies Record<EventMethod, z.ZodType>;

export type { ErrorCode };

export type IpcResult<T> = { ok: true; value: T } | { ok: false; error: { code: ErrorCode | string; message: string } };

export type ArgsOf<M extends InvokeMethod> = z.input<(typeof invokeContract)[M]['args']>;
export type ResultOf<M extends InvokeMethod> = z.output<(typeof invokeContract)[M]['result']>;
export type EventPayload<E extends EventMethod> = z.output<(typeof eventContract)[E]>;

/** What the renderer sees as `window.api`. */
export type Api = {
  [M in InvokeMethod]: ArgsOf<M> extends undefined
    ? () => Promise<IpcResult<ResultOf<M>>>
    : (args: ArgsOf<M>) => Promise<IpcResult<ResultOf<M>>>;
} & {
  [E in EventMethod]: (listener: (payload: EventPayload<E>) => void) => () => void;
};

export { EVENT_CHANNELS, INVOKE_CHANNELS };
export type { EventMethod, InvokeMethod };
