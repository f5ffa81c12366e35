/**
 * The main-process app, built over plain services: the document registry, the one action table
 * combined from each domain's table, and the commands menus and the OS start. Electron, the
 * Playwright harness and the Node tests all build it with this function and drive the very same
 * actions; only the services differ (services.ts).
 */
import { appActions } from '../actions/app-actions';
import { cloneActions } from '../actions/clone-actions';
import { directoryActions } from '../actions/directory-actions';
import { documentActions } from '../actions/document-actions';
import { editActions } from '../actions/edit-actions';
import { exportActions } from '../actions/export-actions';
import { fileActions } from '../actions/file-actions';
import { rosterActions } from '../actions/roster-actions';
import { combineActions, type Actions } from '../actions/table';
import { firstRunSampleCopy, firstRunSampleDirectory } from '../documents/opening';
import { DocumentRegistry } from '../documents/registry';
import { DirectoryService } from '../directory/directory-service';
import { AppSettings } from '../settings/app-settings';
import type { Printer } from '../print/printer';
import { systemClock, type AppPaths, type Clock, type Dialogs, type EventSink, type ExternalOpener, type Identity } from '../services';
import { windowCommands, type WindowCommands } from './window-commands';

export interface AppDeps {
  paths: AppPaths;
  dialogs: Dialogs;
  events: EventSink;
  identity: Identity;
  opener: ExternalOpener;
  appVersion: string;
  platform: string;
  /** Prints export PDFs: Electron's hidden print window in the app, Chromium (playwright-core) in tests. */
  printer: Printer;
  clock?: Clock;
}

export interface App {
  /** The one table: what IPC registers, and what menus, the OS and remote changes call. */
  readonly actions: Actions;
  /** Which document each window shows. */
  readonly documents: DocumentRegistry;
  /** Actions started in main (menus, the OS), whose results reach the window as events. */
  readonly commands: WindowCommands;
  /** First program for a new window: `requestedPath` (argv / file association), else the most recent, else a copy of the sample. */
  openInitial(windowId: number, requestedPath: string | null): Promise<void>;
  /** Stops background timers (tests; the process ends otherwise). */
  stop(): void;
}

/**
 * The first run: a copy of the sample program, and, when no directory is chosen yet, a copy of the
 * sample's directory beside it, used from then on (so the demo's searches and offers work at once).
 */
async function firstRunCopies(paths: AppPaths, directory: DirectoryService): Promise<string> {
  const program = await firstRunSampleCopy(paths);
  const chosen = await directory.settings.read().catch(() => null);
  if (paths.sampleDirectory && chosen && chosen.directoryPath === null) {
    const copy = await firstRunSampleDirectory(paths);
    if (copy) await directory.use(copy).catch(() => undefined);
  }
  return program;
}

/** Builds the app over the given services. */
export function createApp(deps: AppDeps): App {
  const clock = deps.clock ?? systemClock;
  const documents = new DocumentRegistry({ paths: deps.paths, identity: deps.identity, events: deps.events, clock });
  const settings = new AppSettings(deps.paths.userData);
  const directory = new DirectoryService(settings);
  const actions: Actions = combineActions(
    appActions(deps),
    fileActions({ documents, dialogs: deps.dialogs, clock }),
    documentActions({ documents, dialogs: deps.dialogs, clock }),
    editActions({ documents }),
    exportActions({ documents, printer: deps.printer, dialogs: deps.dialogs, events: deps.events, clock }),
    rosterActions({ documents, dialogs: deps.dialogs }),
    cloneActions({ documents, dialogs: deps.dialogs }),
    directoryActions({ documents, dialogs: deps.dialogs, events: deps.events, directory }),
  );
  return {
    actions,
    documents,
    commands: windowCommands({ actions, documents, events: deps.events }),
    openInitial: async (windowId, requestedPath) => {
      const path = requestedPath ?? (await documents.recent.list())[0]?.path ?? (await firstRunCopies(deps.paths, directory));
      // A failure is kept by the registry; the renderer asks for it (getCurrentProgram) once it loads.
      await documents.open(windowId, path).catch(() => undefined);
    },
    stop: () => documents.stop(),
  };
}
