/**
 * The names of every IPC channel, and nothing else, so the preload can build its bridge without
 * bundling zod. Method name (what the renderer calls on window.api) -> channel (`domain:verb-noun`).
 */
export const INVOKE_CHANNELS = {
  getAppInfo: 'app:get-info',
  getCurrentProgram: 'program:get-current',
  newProgram: 'program:new',
  openProgram: 'program:open',
  openRecentProgram: 'program:open-recent',
  listRecentPrograms: 'program:list-recent',
  saveProgramAs: 'program:save-as',
  saveProgramCopy: 'program:save-copy',
  revertProgramToBackup: 'program:revert-to-backup',
  applyCommand: 'program:apply',
  undo: 'program:undo',
  redo: 'program:redo',
  saveNow: 'program:save-now',
  resolveConflict: 'program:resolve-conflict',
  restoreRecovery: 'program:restore-recovery',
  discardRecovery: 'program:discard-recovery',
  openAnyway: 'program:open-anyway',
  recoverFromBackup: 'program:recover-from-backup',
  openExternal: 'shell:open-external',
  exportPdf: 'export:pdf',
  exportIcs: 'export:ics',
  cancelExport: 'export:cancel',
  readRoster: 'roster:read',
  getSettings: 'settings:get',
  updateSettings: 'settings:update',
  cloneProgram: 'program:clone',
  getDirectory: 'directory:get',
  openDirectory: 'directory:open',
  createDirectory: 'directory:create',
  saveDirectoryEntry: 'directory:save-entry',
  importToDirectory: 'directory:import',
  shareProgram: 'sync:share',
  joinProgram: 'sync:join',
  getSyncState: 'sync:get-state',
  chooseSyncValue: 'sync:choose-value',
} as const;

/** Main -> renderer notifications. */
export const EVENT_CHANNELS = {
  onProgramOpened: 'program:opened',
  onSaveState: 'program:save-state',
  onMenuAction: 'menu:action',
  onExportProgress: 'export:progress',
  onSettingsChanged: 'settings:changed',
  onDirectoryChanged: 'directory:changed',
  onRemoteChange: 'sync:remote-change',
  onSyncState: 'sync:state',
  onTeamProgress: 'sync:progress',
} as const;

export type InvokeMethod = keyof typeof INVOKE_CHANNELS;
export type EventMethod = keyof typeof EVENT_CHANNELS;
