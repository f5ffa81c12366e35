/** Clone program…: next year's program from the window's (shared/clone), saved where the planner says and opened. */
import { basename } from 'node:path';
import { cloneProgram } from '../../shared/clone/index';
import { PROGRAM_EXTENSION, withProgramExtension, writeProgramTo } from '../documents/opening';
import type { DocumentRegistry } from '../documents/registry';
import type { Dialogs } from '../services';
import type { ActionTable } from './table';

export function cloneActions({ documents, dialogs }: { documents: DocumentRegistry; dialogs: Dialogs }): ActionTable<'cloneProgram'> {
  return {
    cloneProgram: async ({ docId, start, appointments, keepRoster, keepIssues, keepDismissals }, { windowId }) => {
      const doc = documents.docFor(windowId, docId);
      // Refused (another weekday) before any dialog: the planner fixes the date in the form.
      const { program } = cloneProgram(doc.program, { start, appointments, keepRoster, keepIssues, keepDismissals });
      const suggested = basename(doc.path).replace(/\d{4}/, start.slice(0, 4));
      const chosen = await dialogs.chooseProgramSavePath(suggested === basename(doc.path) ? `${program.title}${PROGRAM_EXTENSION}` : suggested);
      if (!chosen) return null;
      const path = withProgramExtension(chosen);
      await doc.flush();
      await writeProgramTo(path, program);
      return documents.open(windowId, path);
    },
  };
}
