/**
 * The handler table: one plain async function per IPC method. Electron registers exactly this table
 * through the one wrapper (wrapper.ts); Node tests and the Playwright harness call the same table.
 * Handlers receive arguments already parsed by the contract's schemas.
 */
import type { Core } from '../app-core';
import type { ExternalOpener } from '../services';
import type { Handlers } from './types';
import { HandlerError } from './wrapper';
import { isAllowedExternalUrl } from '../security/external-url';

interface HandlerDeps {
  opener: ExternalOpener;
  appVersion: string;
  platform: string;
}

/** Builds the table over the core. */
export function createHandlers(core: Omit<Core, 'handlers'>, deps: HandlerDeps): Handlers {
  return {
    getAppInfo: async () => ({ version: deps.appVersion, platform: deps.platform }),
    getCurrentProgram: async (_args, { windowId }) => {
      const state = core.windowState(windowId);
      if (state.doc) return state.doc.snapshot();
      if (state.failed) throw new HandlerError(state.failed.code, state.failed.message);
      return null;
    },
    newProgram: (_args, { windowId }) => core.newProgramForWindow(windowId),
    openProgram: (_args, { windowId }) => core.openProgramDialogForWindow(windowId),
    openRecentProgram: async ({ id }, { windowId }) => {
      const entry = await core.recent.find(id);
      if (!entry) throw new HandlerError('NOT_FOUND', 'That program is no longer in the recent list (it may have been moved or deleted).');
      return core.openInWindow(windowId, entry.path);
    },
    listRecentPrograms: async () => (await core.recent.list()).map(({ id, name, folder, openedAt }) => ({ id, name, folder, openedAt })),
    saveProgramAs: ({ docId }, { windowId }) => core.saveAsForWindow(windowId, docId),
    saveProgramCopy: ({ docId }, { windowId }) => core.saveCopyForWindow(windowId, docId),
    revertProgramToBackup: ({ docId }, { windowId }) => core.revertToBackupForWindow(windowId, docId),
    applyCommand: async ({ docId, baseRevision, command }, { windowId }) => core.docFor(windowId, docId).apply(baseRevision, command),
    undo: async ({ docId }, { windowId }) => core.docFor(windowId, docId).undo(),
    redo: async ({ docId }, { windowId }) => core.docFor(windowId, docId).redo(),
    saveNow: ({ docId }, { windowId }) => core.docFor(windowId, docId).flush(),
    resolveConflict: ({ docId, choice }, { windowId }) => core.resolveConflict(windowId, docId, choice),
    restoreRecovery: ({ docId }, { windowId }) => core.restoreRecovery(windowId, docId),
    discardRecovery: ({ docId }, { windowId }) => core.discardRecovery(windowId, docId),
    openAnyway: async ({ docId }, { windowId }) => {
      const doc = core.docFor(windowId, docId);
      doc.overrideLock();
      return doc.snapshot();
    },
    recoverFromBackup: (_args, { windowId }) => core.recoverFromBackup(windowId),
    openExternal: async ({ url }) => {
      if (!isAllowedExternalUrl(url)) throw new HandlerError('BAD_ARGUMENTS', 'Only https web addresses and mailto links can be opened.');
      await deps.opener.open(url);
      return true;
    },
    exportPdf: ({ docId, selection, paper, changesSinceVersion }, { windowId }) =>
      core.exportForWindow(windowId, docId, { format: 'pdf', selection, paper, changesSinceVersion: changesSinceVersion ?? null }),
    exportIcs: ({ docId, selection }, { windowId }) => core.exportForWindow(windowId, docId, { format: 'ics', selection }),
    cancelExport: async ({ docId }, { windowId }) => core.cancelExport(windowId, docId),
    readRoster: ({ docId }, { windowId }) => core.readRosterForWindow(windowId, docId),
  };
}
