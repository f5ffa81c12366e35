/**
 * Rosters: main asks for the file and reads it for the window's import dialog. Nothing changes
 * here; the import itself arrives later as one applyCommand.
 */
import { AppError } from '../../shared/errors';
import type { DocumentRegistry } from '../documents/registry';
import { readRosterForImport } from '../roster/roster-for-import';
import { RosterReadError } from '../roster/read-roster';
import type { Dialogs } from '../services';
import type { ActionTable } from './table';

export function rosterActions({ documents, dialogs }: { documents: DocumentRegistry; dialogs: Dialogs }): ActionTable<'readRoster'> {
  return {
    // Only for the window's open document: an import needs a program to go into.
    readRoster: async ({ docId }, { windowId }) => {
      documents.docFor(windowId, docId);
      const path = await dialogs.chooseRosterToOpen(windowId);
      if (!path) return null;
      try {
        return await readRosterForImport(path);
      } catch (error) {
        if (error instanceof RosterReadError) throw new AppError(error.tooLarge ? 'TOO_LARGE' : 'ROSTER_UNREADABLE', error.message);
        throw error;
      }
    },
  };
}
