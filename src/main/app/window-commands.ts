/**
 * Actions started in main rather than by the renderer: the menus (New, Open, Open Recent, Save As,
 * Save a Copy, Revert) and the OS (a double-clicked file, a second instance). They call the same
 * action table IPC calls; the one difference is how the result flows back: the renderer did not ask,
 * so a program that opens reaches it as an `onProgramOpened` event.
 */
import type { DocumentSnapshot } from '../../shared/ipc/contract';
import type { Actions, CallContext } from '../actions/table';
import type { DocumentRegistry } from '../documents/registry';
import type { RecentEntry } from '../security/menu-template';
import type { EventSink } from '../services';

export interface WindowCommands {
  /** Opens a file handed over by the OS in a window. */
  openPath(windowId: number, path: string): Promise<void>;
  newProgram(windowId: number): Promise<void>;
  openProgram(windowId: number): Promise<void>;
  openRecent(windowId: number, recentId: string): Promise<void>;
  saveAs(windowId: number): Promise<void>;
  saveCopy(windowId: number): Promise<void>;
  revertToBackup(windowId: number): Promise<void>;
  /** The Open Recent menu's entries, newest first. */
  recentPrograms(): Promise<RecentEntry[]>;
}

/** The context of an action that acts on no window (the recent list behind the app menu). */
const NO_WINDOW: CallContext = { windowId: -1 };

const on = (windowId: number): CallContext => ({ windowId });

export function windowCommands({ actions, documents, events }: { actions: Actions; documents: DocumentRegistry; events: EventSink }): WindowCommands {
  const show = async (windowId: number, action: Promise<DocumentSnapshot | null>): Promise<void> => {
    const snapshot = await action;
    if (snapshot) events.send(windowId, 'onProgramOpened', snapshot);
  };
  const current = (windowId: number) => ({ docId: documents.currentDocId(windowId) });

  return {
    openPath: (windowId, path) => show(windowId, documents.open(windowId, path)),
    newProgram: (windowId) => show(windowId, actions.newProgram(undefined, on(windowId))),
    openProgram: (windowId) => show(windowId, actions.openProgram(undefined, on(windowId))),
    openRecent: (windowId, recentId) => show(windowId, actions.openRecentProgram({ id: recentId }, on(windowId))),
    saveAs: async (windowId) => show(windowId, actions.saveProgramAs(current(windowId), on(windowId))),
    saveCopy: async (windowId) => void (await actions.saveProgramCopy(current(windowId), on(windowId))),
    revertToBackup: async (windowId) => show(windowId, actions.revertProgramToBackup(current(windowId), on(windowId))),
    recentPrograms: async () => (await actions.listRecentPrograms(undefined, NO_WINDOW)).map(({ id, name, folder }) => ({ id, name, folder })),
  };
}
