/**
 * The main-process app, built over plain services: the document registry, the one action table
 * combined from each domain's table, and the commands menus and the OS start. Electron, the
 * Playwright harness and the Node tests all build it with this function and drive the very same
 * actions; only the services differ (services.ts).
 */
import { appActions } from '../actions/app-actions';
import { documentActions } from '../actions/document-actions';
import { editActions } from '../actions/edit-actions';
import { exportActions } from '../actions/export-actions';
import { fileActions } from '../actions/file-actions';
import { rosterActions } from '../actions/roster-actions';
import { settingsActions } from '../actions/settings-actions';
import { combineActions, type Actions } from '../actions/table';
import { firstRunSampleCopy } from '../documents/opening';
import { DocumentRegistry } from '../documents/registry';
import type { Printer } from '../print/printer';
import { SettingsStore } from '../settings/settings-store';
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
  /** The app's settings (settings.json in the app data folder); the shell applies theme and updates from it. */
  readonly settings: SettingsStore;
  /** Actions started in main (menus, the OS), whose results reach the window as events. */
  readonly commands: WindowCommands;
  /** First program for a new window: `requestedPath` (argv / file association), else the most recent, else a copy of the sample. */
  openInitial(windowId: number, requestedPath: string | null): Promise<void>;
  /** Stops background timers (tests; the process ends otherwise). */
  stop(): void;
}

/** Builds the app over the given services. */
export function createApp(deps: AppDeps): App {
  const clock = deps.clock ?? systemClock;
  const documents = new DocumentRegistry({ paths: deps.paths, identity: deps.identity, events: deps.events, clock });
  const settings = new SettingsStore(deps.paths.userData);
  // Every window follows a change made in any of them.
  settings.onChange((next) => {
    for (const windowId of documents.windowIds()) deps.events.send(windowId, 'onSettingsChanged', next);
  });
  const actions: Actions = combineActions(
    appActions(deps),
    fileActions({ documents, dialogs: deps.dialogs, clock }),
    documentActions({ documents, dialogs: deps.dialogs, clock }),
    editActions({ documents }),
    exportActions({ documents, printer: deps.printer, dialogs: deps.dialogs, events: deps.events, clock }),
    rosterActions({ documents, dialogs: deps.dialogs }),
    settingsActions({ settings }),
  );
  return {
    actions,
    documents,
    settings,
    commands: windowCommands({ actions, documents, events: deps.events }),
    openInitial: async (windowId, requestedPath) => {
      const path = requestedPath ?? (await documents.recent.list())[0]?.path ?? (await firstRunSampleCopy(deps.paths));
      // A failure is kept by the registry; the renderer asks for it (getCurrentProgram) once it loads.
      await documents.open(windowId, path).catch(() => undefined);
    },
    stop: () => documents.stop(),
  };
}
