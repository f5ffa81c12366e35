/**
 * The application menu as plain data. Pure (no electron import) so a Node test can check every
 * accelerator and that every item calls the right action; src/main/shell/menu.ts hands the result
 * to Menu.buildFromTemplate.
 */
import type { MenuAction } from '../../shared/ipc/contract';

/** The native roles this menu uses (a subset of Electron's MenuItemConstructorOptions['role']). */
export type MenuRole =
  | 'appMenu'
  | 'about'
  | 'services'
  | 'hide'
  | 'hideOthers'
  | 'unhide'
  | 'quit'
  | 'cut'
  | 'copy'
  | 'paste'
  | 'selectAll'
  | 'resetZoom'
  | 'zoomIn'
  | 'zoomOut'
  | 'togglefullscreen'
  | 'reload'
  | 'toggleDevTools'
  | 'windowMenu'
  | 'help';

/** The fields of Electron's MenuItemConstructorOptions this menu uses; structurally compatible with it. */
export interface MenuItemTemplate {
  id?: string;
  label?: string;
  role?: MenuRole;
  type?: 'normal' | 'separator' | 'submenu';
  accelerator?: string;
  enabled?: boolean;
  visible?: boolean;
  submenu?: MenuItemTemplate[];
  /** Electron calls this with the menu item and the focused window (undefined when none is). */
  click?: (item: unknown, window: { id: number } | undefined) => void;
}

/** What the menu can do; each receives the focused window's id, or null when no window has focus. */
/** An entry of the Open Recent menu: an opaque id (never a path), the file's name and folder. */
export interface RecentEntry {
  id: string;
  name: string;
  folder: string;
}

export interface MenuActions {
  newProgram(windowId: number | null): void;
  openProgram(windowId: number | null): void;
  openRecent(windowId: number | null, recentId: string): void;
  saveAs(windowId: number | null): void;
  saveCopy(windowId: number | null): void;
  revertToBackup(windowId: number | null): void;
  closeWindow(windowId: number | null): void;
  /** Help › Check for Updates… (absent when updates are off: the 'none' setting). */
  checkForUpdates?(): void;
  /** Forwards undo/redo/find/import-roster/clone-program/settings to the renderer (onMenuAction), which knows whether a text field has focus and runs their dialogs. */
  sendToRenderer(windowId: number | null, action: MenuAction): void;
}

export interface MenuOptions {
  isMac: boolean;
  /** Reload and DevTools items appear only in development. */
  isDevelopment: boolean;
  recent: readonly RecentEntry[];
}

export const APP_NAME = 'IVLP Planner';
const MAX_RECENT_ITEMS = 10;
const MAX_FOLDER_LABEL = 60;

/** The full menu bar for the platform. */
export function buildMenuTemplate(actions: MenuActions, options: MenuOptions): MenuItemTemplate[] {
  const mod = options.isMac ? 'Cmd' : 'Ctrl';
  const on = forFocusedWindow;
  const separator: MenuItemTemplate = { type: 'separator' };

  // Settings live in the app menu on macOS (Cmd+,) and at the end of Edit elsewhere (Ctrl+,).
  const settings: MenuItemTemplate = { id: 'settings', label: 'Settings…', accelerator: `${mod}+,`, click: on((id) => actions.sendToRenderer(id, 'settings')) };
  const appMenu: MenuItemTemplate = {
    label: APP_NAME,
    submenu: [
      { role: 'about' },
      separator,
      settings,
      separator,
      { role: 'services' },
      separator,
      { role: 'hide' },
      { role: 'hideOthers' },
      { role: 'unhide' },
      separator,
      { role: 'quit', accelerator: 'Cmd+Q' },
    ],
  };

  const fileMenu: MenuItemTemplate = {
    label: options.isMac ? 'File' : '&File',
    submenu: [
      { id: 'new', label: 'New Program', accelerator: `${mod}+N`, click: on(actions.newProgram) },
      { id: 'open', label: 'Open…', accelerator: `${mod}+O`, click: on(actions.openProgram) },
      { id: 'open-recent', label: 'Open Recent', submenu: recentItems(actions, options) },
      separator,
      { id: 'save-as', label: 'Save As…', accelerator: `Shift+${mod}+S`, click: on(actions.saveAs) },
      { id: 'save-copy', label: 'Save a Copy…', click: on(actions.saveCopy) },
      { id: 'revert', label: 'Revert to Backup…', click: on(actions.revertToBackup) },
      // The renderer asks for the new first day and what to keep; main then asks where to save it.
      { id: 'clone-program', label: 'Clone Program…', click: on((id) => actions.sendToRenderer(id, 'clone-program')) },
      separator,
      // The renderer runs the import dialog (mapping, preview); it asks main for the file itself.
      { id: 'import-roster', label: 'Import Roster…', click: on((id) => actions.sendToRenderer(id, 'import-roster')) },
      separator,
      // Team planning: the dialogs live in the window (server address and invitation token are typed there).
      { id: 'share', label: 'Share with the Team…', click: on((id) => actions.sendToRenderer(id, 'share')) },
      { id: 'join', label: 'Join a Shared Program…', click: on((id) => actions.sendToRenderer(id, 'join')) },
      separator,
      { id: 'close-window', label: 'Close Window', accelerator: `${mod}+W`, click: on(actions.closeWindow) },
      // On macOS Quit lives in the app menu.
      ...(options.isMac ? [] : [separator, { role: 'quit', label: 'Quit', accelerator: 'Ctrl+Q' } satisfies MenuItemTemplate]),
    ],
  };

  const sendUndo = on((id) => actions.sendToRenderer(id, 'undo'));
  const sendRedo = on((id) => actions.sendToRenderer(id, 'redo'));
  const editMenu: MenuItemTemplate = {
    label: options.isMac ? 'Edit' : '&Edit',
    submenu: [
      // Not the native undo/redo roles: the renderer decides between a text field's own undo and
      // the program's command history.
      { id: 'undo', label: 'Undo', accelerator: `${mod}+Z`, click: sendUndo },
      { id: 'redo', label: 'Redo', accelerator: `Shift+${mod}+Z`, click: sendRedo },
      // Windows and Linux users also expect Ctrl+Y. A menu item holds one accelerator, so a hidden
      // twin carries the second (hidden items' accelerators fire on Windows and Linux).
      ...(options.isMac ? [] : [{ id: 'redo-alt', label: 'Redo', accelerator: 'Ctrl+Y', visible: false, click: sendRedo } satisfies MenuItemTemplate]),
      separator,
      { role: 'cut' },
      { role: 'copy' },
      { role: 'paste' },
      { role: 'selectAll' },
      separator,
      { id: 'find', label: 'Find…', accelerator: `${mod}+F`, click: on((id) => actions.sendToRenderer(id, 'find')) },
      ...(options.isMac ? [] : [separator, settings]),
    ],
  };

  const viewMenu: MenuItemTemplate = {
    label: options.isMac ? 'View' : '&View',
    submenu: [
      ...(options.isDevelopment ? [{ role: 'reload' }, { role: 'toggleDevTools' }, separator] satisfies MenuItemTemplate[] : []),
      { role: 'resetZoom' },
      { role: 'zoomIn' },
      { role: 'zoomOut' },
      separator,
      { role: 'togglefullscreen' },
    ],
  };

  const helpMenu: MenuItemTemplate = {
    role: 'help',
    label: options.isMac ? 'Help' : '&Help',
    // The role shows the native about box (version, copyright) on every platform.
    submenu: [
      ...(actions.checkForUpdates ? [{ id: 'check-updates', label: 'Check for Updates…', click: () => actions.checkForUpdates?.() } satisfies MenuItemTemplate, separator] : []),
      { role: 'about', label: `About ${APP_NAME}` },
    ],
  };

  return [
    ...(options.isMac ? [appMenu] : []),
    fileMenu,
    editMenu,
    viewMenu,
    ...(options.isMac ? [{ role: 'windowMenu' } satisfies MenuItemTemplate] : []),
    helpMenu,
  ];
}

/** A click handler that passes the focused window's id (or null) to `run`. */
function forFocusedWindow(run: (windowId: number | null) => void): MenuItemTemplate['click'] {
  return (_item, window) => run(window?.id ?? null);
}

/** The Open Recent submenu: newest first, with the folder so equal names can be told apart. */
function recentItems(actions: MenuActions, options: MenuOptions): MenuItemTemplate[] {
  const entries = options.recent.slice(0, MAX_RECENT_ITEMS);
  if (entries.length === 0) return [{ id: 'recent-empty', label: 'No Recent Programs', enabled: false }];
  return entries.map((entry) => ({
    id: `recent:${entry.id}`,
    label: menuLabel(`${entry.name} — ${shortenMiddle(entry.folder, MAX_FOLDER_LABEL)}`, options.isMac),
    click: (_item, window) => actions.openRecent(window?.id ?? null, entry.id),
  }));
}

/** Windows and Linux read "&" as a mnemonic marker; a literal one in a file name is written "&&". */
export function menuLabel(text: string, isMac: boolean): string {
  return isMac ? text : text.replaceAll('&', '&&');
}

function shortenMiddle(text: string, max: number): string {
  if (text.length <= max) return text;
  const keep = max - 1;
  return `${text.slice(0, Math.ceil(keep / 2))}…${text.slice(text.length - Math.floor(keep / 2))}`;
}
