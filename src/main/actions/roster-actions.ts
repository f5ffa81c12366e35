/**
 * Rosters: main asks for the file and reads it for the window's import dialog. Nothing changes
 * here; the import itself arrives later as one applyCommand.
 */
import type { DocumentRegistry } from '../documents/registry';
import { readRosterForImport } from '../roster/roster-for-import';
import type { Dialogs } from '../services';
import type { ActionTable } from './table';

export function rosterActions({ documents, dialogs }: { documents: DocumentRegistry; dialogs: Dialogs }): ActionTable<'readRoster'> {
  return {
    // Only for the window's open document: an import needs a program to go into.
    readRoster: async ({ docId }, { windowId }) => {
      documents.docFor(windowId, docId);
      const path = await dialogs.chooseRosterToOpen(windowId);
      if (!path) return null;
      // A RosterReadError is an AppError (ROSTER_UNREADABLE or TOO_LARGE): the wrapper reports it as it is.
      return readRosterForImport(path);
    },
  };
}
