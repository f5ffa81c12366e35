/**
 * Edits: a planner's command, undo and redo, each applied by the window's OpenDocument (which
 * records history, bumps the revision and schedules the save).
 */
import type { DocumentRegistry } from '../documents/registry';
import type { ActionTable } from './table';

export function editActions({ documents }: { documents: DocumentRegistry }): ActionTable<'applyCommand' | 'undo' | 'redo'> {
  return {
    // Teammates' changes come through here too (origin 'remote'), outside the undo history.
    applyCommand: async ({ docId, baseRevision, command }, { windowId, origin }) => {
      const doc = documents.docFor(windowId, docId);
      return origin === 'remote' ? doc.applyRemote(command, command.type === 'program/merge' ? command.by : []) : doc.apply(baseRevision, command);
    },
    undo: async ({ docId }, { windowId }) => documents.docFor(windowId, docId).undo(),
    redo: async ({ docId }, { windowId }) => documents.docFor(windowId, docId).redo(),
  };
}
