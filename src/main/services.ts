/**
 * What the main-process logic needs from the outside world, as plain interfaces. Electron supplies
 * real ones in src/main/shell; Node tests, the Playwright harness and the command line supply theirs.
 * Nothing in src/main outside shell/ imports electron.
 */
import type { EventMethod, EventPayload } from '../shared/ipc/contract';

export interface Dialogs {
  /** Asks a yes/no/cancel-style question; resolves to the index of the chosen button. */
  ask(windowId: number, question: { message: string; detail: string; buttons: string[]; cancelId: number }): Promise<number>;
  /** Asks for a program file to open; null when the user cancels. */
  chooseProgramToOpen(): Promise<string | null>;
  /** Asks where to save a program; null when the user cancels. */
  chooseProgramSavePath(suggestedName: string): Promise<string | null>;
  /** Asks for the folder an export writes into (one may be created in the dialog); null when the user cancels. */
  chooseExportFolder(windowId: number, title: string): Promise<string | null>;
  /** Asks for a roster to import (CSV or XLSX); null when the user cancels. */
  chooseRosterToOpen(windowId: number): Promise<string | null>;
  /** Asks for an organization directory file to use; null when the user cancels. */
  chooseDirectoryToOpen(windowId: number): Promise<string | null>;
  /** Asks where to create a new directory file; null when the user cancels. */
  chooseDirectorySavePath(windowId: number, suggestedName: string): Promise<string | null>;
  /** Asks for program files to import into the directory (several at once); empty when the user cancels. */
  chooseProgramsToImport(windowId: number): Promise<string[]>;
}

export interface AppPaths {
  /** The app's private data folder (recent list, recovery journal). */
  userData: string;
  /** Where a first-run copy of the sample program is placed. */
  documents: string;
  /** The bundled sample program shipped in resources/. */
  sampleProgram: string;
  /** The sample's organization directory, copied beside the first-run sample when no directory is chosen. */
  sampleDirectory?: string;
}

/** Who holds a lock: written into lock files so other planners see who has a program open. */
export interface Identity {
  user: string;
  host: string;
  pid: number;
}

/** Delivers main -> renderer notifications (webContents.send in Electron, page.evaluate in tests). */
export interface EventSink {
  send<E extends EventMethod>(windowId: number, event: E, payload: EventPayload<E>): void;
}

/** Opens an allowlisted URL in the system browser or mail client. */
export interface ExternalOpener {
  open(url: string): Promise<void>;
}

export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };
