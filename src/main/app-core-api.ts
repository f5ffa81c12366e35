/**
 * What the Electron shell needs from the main-process core: the IPC handler table plus the actions
 * the menu, the command line and the OS (file association, second instance) trigger. Implemented in
 * app-core.ts over plain services, so the same core runs under Electron, Node tests and Playwright.
 */
import type { Handlers } from './ipc/types';

export interface RecentEntry {
  id: string;
  name: string;
  folder: string;
}

export interface AppCore {
  handlers: Handlers;
  /** First program for a new window: `requestedPath` (argv / file association), else the most recent, else a copy of the sample. */
  openInitial(windowId: number, requestedPath: string | null): Promise<void>;
  /** Opens a file in a window (Open Recent, a second instance, macOS open-file) and notifies the renderer. */
  openPath(windowId: number, path: string): Promise<void>;
  /** Menu actions that show dialogs in main; each notifies the renderer when a program opens. */
  newProgram(windowId: number): Promise<void>;
  openProgramDialog(windowId: number): Promise<void>;
  saveAs(windowId: number): Promise<void>;
  saveCopy(windowId: number): Promise<void>;
  revertToBackup(windowId: number): Promise<void>;
  openRecent(windowId: number, id: string): Promise<void>;
  recentPrograms(): Promise<RecentEntry[]>;
  /** Title for the window: "<program title> — <file name> (Saved)". */
  windowTitle(windowId: number): string;
  /** Called whenever a window's title should change (program opened, save state changed). */
  onTitleChange(listener: (windowId: number, title: string) => void): void;
  /** Writes every pending edit now; lists the files that could not be saved (their edits stay in the recovery journal). */
  flushAll(): Promise<{ unsaved: string[] }>;
  /** The window closed: flush, release its lock, forget its document. */
  closeWindow(windowId: number): Promise<void>;
}
