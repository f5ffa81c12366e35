/**
 * Files: new, open, open recent, save as, save a copy, revert to the backup, open a damaged file's
 * backup. Main shows every dialog; the renderer never sends a path. Each action that puts a program
 * in a window answers with its snapshot (null when the planner cancelled a dialog).
 */
import { randomBytes } from 'node:crypto';
import { basename } from 'node:path';
import type { DocumentSnapshot } from '../../shared/ipc/contract';
import { AppError } from '../../shared/errors';
import { emptyProgram } from '../../shared/program/factory';
import { Temporal } from '../../shared/time';
import { PROGRAM_EXTENSION, siblingPath, withProgramExtension, writeProgramTo } from '../documents/opening';
import { programBaseName } from '../security/program-path';
import type { DocumentRegistry } from '../documents/registry';
import type { Clock, Dialogs } from '../services';
import { backupPathOf, readProgramFile, writeProgramFile } from '../storage/program-file';
import type { ActionTable } from './table';

export interface FileActionDeps {
  documents: DocumentRegistry;
  dialogs: Dialogs;
  clock: Clock;
}

type FileMethods =
  | 'getCurrentProgram'
  | 'newProgram'
  | 'openProgram'
  | 'openRecentProgram'
  | 'listRecentPrograms'
  | 'saveProgramAs'
  | 'saveProgramCopy'
  | 'revertProgramToBackup'
  | 'recoverFromBackup';

export function fileActions({ documents, dialogs }: FileActionDeps): ActionTable<FileMethods> {
  const chooseSavePath = async (suggested: string): Promise<string | null> => {
    const path = await dialogs.chooseProgramSavePath(suggested);
    return path ? withProgramExtension(path) : null;
  };

  return {
    getCurrentProgram: async (_args, { windowId }) => {
      const doc = documents.current(windowId);
      if (doc) return doc.snapshot();
      const failed = documents.failed(windowId);
      if (failed) throw new AppError(failed.code, failed.message);
      return null;
    },

    newProgram: async (_args, { windowId }) => {
      const path = await chooseSavePath(`New program${PROGRAM_EXTENSION}`);
      if (!path) return null;
      const today = Temporal.Now.instant().toZonedDateTimeISO('America/New_York').toPlainDate();
      const title = programBaseName(basename(path)) || 'New program';
      const program = emptyProgram({
        id: `p-${randomBytes(6).toString('hex')}`,
        title,
        startDate: today.toString(),
        endDate: today.add({ days: 20 }).toString(),
        homeTimeZone: 'America/New_York',
      });
      await writeProgramTo(path, program);
      return documents.open(windowId, path);
    },

    openProgram: async (_args, { windowId }) => {
      const path = await dialogs.chooseProgramToOpen();
      return path ? documents.open(windowId, path) : null;
    },

    openRecentProgram: async ({ id }, { windowId }) => {
      const entry = await documents.recent.find(id);
      if (!entry) throw new AppError('NOT_FOUND', 'That program is no longer in the recent list (it may have been moved or deleted).');
      return documents.open(windowId, entry.path);
    },

    listRecentPrograms: async () => (await documents.recent.list()).map(({ id, name, folder, openedAt }) => ({ id, name, folder, openedAt })),

    saveProgramAs: async ({ docId }, { windowId }): Promise<DocumentSnapshot | null> => {
      const doc = documents.docFor(windowId, docId);
      const path = await chooseSavePath(basename(doc.path));
      if (!path) return null;
      if (path === doc.path) {
        await doc.flush();
        return doc.snapshot();
      }
      return documents.continueAt(windowId, doc, path);
    },

    saveProgramCopy: async ({ docId }, { windowId }) => {
      const doc = documents.docFor(windowId, docId);
      const path = await chooseSavePath(basename(siblingPath(doc.path, 'copy')));
      if (!path) return null;
      await writeProgramTo(path, doc.program);
      return { name: basename(path) };
    },

    revertProgramToBackup: async ({ docId }, { windowId }) => {
      const doc = documents.docFor(windowId, docId);
      await doc.flush();
      const program = await doc.store.revertToBackup();
      doc.replaceProgram(program, { dirty: false });
      return doc.snapshot();
    },

    recoverFromBackup: async (_args, { windowId }) => {
      const failed = documents.failed(windowId);
      if (!failed) throw new AppError('NOT_FOUND', 'No program failed to open in this window.');
      const backup = await readProgramFile(backupPathOf(failed.path));
      const target = siblingPath(failed.path, 'recovered from backup');
      await writeProgramFile(target, backup.text, { expectedHash: null });
      return documents.open(windowId, target);
    },
  };
}
