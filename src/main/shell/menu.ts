/** The application menu, wired to the core and rebuilt when the recent list changes. */
import { BrowserWindow, Menu } from 'electron';
import type { AppCore, RecentEntry } from '../app-core-api';
import { buildMenuTemplate, type MenuActions } from '../security/menu-template';
import type { EventSink } from '../services';

export interface MenuDeps {
  core: AppCore;
  events: EventSink;
  isMac: boolean;
  isDevelopment: boolean;
  /** The window a menu command acts on: the given one if it is ours, else an existing or new window. */
  targetWindow(windowId: number | null): Promise<number>;
}

/** Installs the menu; call `refresh()` whenever the recent list may have changed. */
export function installMenu(deps: MenuDeps): { refresh(): Promise<void> } {
  const run = (windowId: number | null, action: (target: number) => Promise<void>) => {
    deps
      .targetWindow(windowId)
      .then(action)
      .then(() => refresh())
      .catch((error: unknown) => console.error('[menu] action failed', error));
  };
  const actions: MenuActions = {
    newProgram: (id) => run(id, (w) => deps.core.newProgram(w)),
    openProgram: (id) => run(id, (w) => deps.core.openProgramDialog(w)),
    openRecent: (id, recentId) => run(id, (w) => deps.core.openRecent(w, recentId)),
    saveAs: (id) => run(id, (w) => deps.core.saveAs(w)),
    saveCopy: (id) => run(id, (w) => deps.core.saveCopy(w)),
    revertToBackup: (id) => run(id, (w) => deps.core.revertToBackup(w)),
    // close() goes through the window's 'close' handler, which flushes and releases the lock.
    closeWindow: (id) => (id === null ? BrowserWindow.getFocusedWindow() : BrowserWindow.fromId(id))?.close(),
    sendToRenderer: (id, action) => {
      if (id !== null) deps.events.send(id, 'onMenuAction', action);
    },
  };

  let shown: string | null = null;
  const build = (recent: readonly RecentEntry[]) => {
    const key = JSON.stringify(recent);
    if (key === shown) return;
    shown = key;
    const template = buildMenuTemplate(actions, { isMac: deps.isMac, isDevelopment: deps.isDevelopment, recent });
    Menu.setApplicationMenu(Menu.buildFromTemplate(template));
  };
  const refresh = async () => {
    try {
      build(await deps.core.recentPrograms());
    } catch (error) {
      console.error('[menu] could not read the recent list', error);
    }
  };
  build([]);
  return { refresh };
}
