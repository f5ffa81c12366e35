/**
 * An open document's state on disk: save now, the ways out of a conflict, the crash-recovery
 * journal, and editing although another planner holds the lock.
 */
import { basename } from 'node:path';
import { AppError } from '../../shared/errors';
import { loadProgramText, serializeProgram } from '../../shared/program/load';
import { siblingPath, withProgramExtension } from '../documents/opening';
import type { DocumentRegistry } from '../documents/registry';
import type { Clock, Dialogs } from '../services';
import { writeProgramFile } from '../storage/program-file';
import type { ActionTable } from './table';

export interface DocumentActionDeps {
  documents: DocumentRegistry;
  dialogs: Dialogs;
  clock: Clock;
}

type DocumentMethods = 'saveNow' | 'resolveConflict' | 'restoreRecovery' | 'discardRecovery' | 'openAnyway';

export function documentActions({ documents, dialogs, clock }: DocumentActionDeps): ActionTable<DocumentMethods> {
  return {
    saveNow: ({ docId }, { windowId }) => documents.docFor(windowId, docId).flush(),

    resolveConflict: async ({ docId, choice }, { windowId }) => {
      const doc = documents.docFor(windowId, docId);
      if (choice === 'overwrite') {
        await doc.overwrite();
        return doc.snapshot();
      }
      if (choice === 'reload') {
        // Nothing is lost: edits the file does not have are written beside it before reloading.
        if (doc.dirty) {
          const aside = siblingPath(doc.path, `my unsaved edits ${clock.now().toISOString().slice(0, 10)}`);
          await writeProgramFile(aside, serializeProgram(doc.program), { expectedHash: null });
        }
        await doc.store.reload();
        doc.replaceProgram(doc.store.program, { dirty: false });
        // The file is what the planner chose; edits journaled before were written aside above.
        await documents.journal.discard(doc.path);
        doc.recovery = null;
        return doc.snapshot();
      }
      const chosen = await dialogs.chooseProgramSavePath(basename(siblingPath(doc.path, 'my copy')));
      if (!chosen) return null;
      return documents.continueAt(windowId, doc, withProgramExtension(chosen));
    },

    restoreRecovery: async ({ docId }, { windowId }) => {
      const doc = documents.docFor(windowId, docId);
      if (!doc.recovery) throw new AppError('NOT_FOUND', 'There are no recovered edits for this program.');
      const recovery = doc.recovery;
      const loaded = loadProgramText(recovery.text);
      if (!loaded.ok) throw new AppError('INVALID', `The recovered edits cannot be used: ${loaded.error.message}`);
      doc.recovery = null;
      if (recovery.baseHash !== doc.store.hash) {
        // The file changed after the crash (a colleague saved it): restoring in place would write
        // over their work. The recovered edits open as a file of their own beside it instead.
        const aside = siblingPath(doc.path, `recovered edits ${clock.now().toISOString().slice(0, 10)}`);
        await writeProgramFile(aside, serializeProgram(loaded.program), { expectedHash: null });
        await documents.journal.discard(doc.path);
        return documents.open(windowId, aside);
      }
      doc.replaceProgram(loaded.program, { dirty: true });
      return doc.snapshot();
    },

    discardRecovery: async ({ docId }, { windowId }) => {
      const doc = documents.docFor(windowId, docId);
      await documents.journal.discard(doc.path);
      doc.recovery = null;
      return doc.snapshot();
    },

    openAnyway: async ({ docId }, { windowId }) => {
      const doc = documents.docFor(windowId, docId);
      doc.overrideLock();
      return doc.snapshot();
    },
  };
}
