/** The Dialogs service for Electron: native message boxes and file pickers, sheet-attached to the asking window. */
import { BrowserWindow, dialog } from 'electron';
import { directoryFileFilters, programFileFilters, rosterFileFilters, suggestedProgramFileName } from '../security/file-dialogs';
import type { Dialogs } from '../services';

/** Native dialogs; `isMac` picks the file filter that works on the platform. */
export function createDialogs(isMac: boolean): Dialogs {
  return {
    async ask(windowId, question) {
      const options = {
        type: 'question' as const,
        message: question.message,
        detail: question.detail,
        buttons: question.buttons,
        cancelId: question.cancelId,
        defaultId: question.cancelId,
        noLink: true,
      };
      const window = parent(windowId);
      const result = window ? await dialog.showMessageBox(window, options) : await dialog.showMessageBox(options);
      return result.response;
    },
    async chooseProgramToOpen() {
      const options = { title: 'Open Program', properties: ['openFile' as const], filters: programFileFilters(isMac) };
      const window = parent();
      const result = window ? await dialog.showOpenDialog(window, options) : await dialog.showOpenDialog(options);
      return result.canceled ? null : (result.filePaths[0] ?? null);
    },
    async chooseProgramSavePath(suggestedName) {
      const options = {
        title: 'Save Program',
        defaultPath: suggestedProgramFileName(suggestedName),
        filters: programFileFilters(isMac),
        properties: ['createDirectory' as const, 'showOverwriteConfirmation' as const],
      };
      const window = parent();
      const result = window ? await dialog.showSaveDialog(window, options) : await dialog.showSaveDialog(options);
      return result.canceled || !result.filePath ? null : result.filePath;
    },
    async chooseExportFolder(windowId, title) {
      const options = {
        title,
        buttonLabel: 'Export Here',
        properties: ['openDirectory' as const, 'createDirectory' as const, 'promptToCreate' as const],
      };
      const window = parent(windowId);
      const result = window ? await dialog.showOpenDialog(window, options) : await dialog.showOpenDialog(options);
      return result.canceled ? null : (result.filePaths[0] ?? null);
    },
    async chooseRosterToOpen(windowId) {
      const options = { title: 'Import Roster', buttonLabel: 'Import', properties: ['openFile' as const], filters: rosterFileFilters() };
      const window = parent(windowId);
      const result = window ? await dialog.showOpenDialog(window, options) : await dialog.showOpenDialog(options);
      return result.canceled ? null : (result.filePaths[0] ?? null);
    },
    async chooseDirectoryToOpen(windowId) {
      const options = { title: 'Open Organization Directory', buttonLabel: 'Use This Directory', properties: ['openFile' as const], filters: directoryFileFilters(isMac) };
      const window = parent(windowId);
      const result = window ? await dialog.showOpenDialog(window, options) : await dialog.showOpenDialog(options);
      return result.canceled ? null : (result.filePaths[0] ?? null);
    },
    async chooseDirectorySavePath(windowId, suggestedName) {
      const options = {
        title: 'New Organization Directory',
        defaultPath: `${suggestedName}.ivlp-directory.json`,
        filters: directoryFileFilters(isMac),
        properties: ['createDirectory' as const, 'showOverwriteConfirmation' as const],
      };
      const window = parent(windowId);
      const result = window ? await dialog.showSaveDialog(window, options) : await dialog.showSaveDialog(options);
      return result.canceled || !result.filePath ? null : result.filePath;
    },
    async chooseProgramsToImport(windowId) {
      const options = { title: 'Import Programs into the Directory', buttonLabel: 'Import', properties: ['openFile' as const, 'multiSelections' as const], filters: programFileFilters(isMac) };
      const window = parent(windowId);
      const result = window ? await dialog.showOpenDialog(window, options) : await dialog.showOpenDialog(options);
      return result.canceled ? [] : result.filePaths;
    },
  };
}

/** The window a dialog attaches to (the asking one, else the focused one); null shows it unattached. */
function parent(windowId?: number): BrowserWindow | null {
  const window = windowId === undefined ? BrowserWindow.getFocusedWindow() : BrowserWindow.fromId(windowId);
  return window && !window.isDestroyed() ? window : null;
}
