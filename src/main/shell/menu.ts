/** The application menu, wired to the app's window commands and rebuilt when the recent list changes. */
import { BrowserWindow, Menu } from 'electron';
import type { WindowCommands } from '../app/window-commands';
import { logLine } from '../security/log-safe';
import { buildMenuTemplate, type MenuActions, type RecentEntry } from '../security/menu-template';
import type { EventSink } from '../services';

export interface MenuDeps {
  commands: WindowCommands;
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
      .catch((error: unknown) => console.error(logLine('[menu] action failed', error)));
  };
  const actions: MenuActions = {
    newProgram: (id) => run(id, (w) => deps.commands.newProgram(w)),
    openProgram: (id) => run(id, (w) => deps.commands.openProgram(w)),
    openRecent: (id, recentId) => run(id, (w) => deps.commands.openRecent(w, recentId)),
    saveAs: (id) => run(id, (w) => deps.commands.saveAs(w)),
    saveCopy: (id) => run(id, (w) => deps.commands.saveCopy(w)),
    revertToBackup: (id) => run(id, (w) => deps.commands.revertToBackup(w)),
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
      build(await deps.commands.recentPrograms());
    } catch (error) {
      console.error(logLine('[menu] could not read the recent list', error));
    }
  };
  build([]);
  return { refresh };
}
