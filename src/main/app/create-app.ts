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
import { settingsActions } from '../actions/settings-actions';
import { syncActions, syncStatusOf } from '../actions/sync-actions';
import { combineActions, type Actions } from '../actions/table';
import type { OpenDocument } from '../documents/open-document';
import { firstRunSampleCopy, firstRunSampleDirectory, siblingPath } from '../documents/opening';
import { DocumentRegistry } from '../documents/registry';
import { SyncManager } from '../sync/manager';
import { writeProgramFile } from '../storage/program-file';
import { serializeProgram } from '../../shared/program/load';
import type { Command } from '../../shared/commands/types';
import { DirectoryService } from '../directory/directory-service';
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
  /** Team planning: connections to sync servers and a session per shared document. */
  readonly sync: SyncManager;
  /** Actions started in main (menus, the OS), whose results reach the window as events. */
  readonly commands: WindowCommands;
  /** First program for a new window: `requestedPath` (argv / file association), else the most recent, else a copy of the sample. */
  openInitial(windowId: number, requestedPath: string | null): Promise<void>;
  /** Stops background timers and closes sync connections (tests; the process ends otherwise). */
  stop(): Promise<void>;
}

/**
 * The first run: a copy of the sample program, and, when no directory is chosen yet, a copy of the
 * sample's directory beside it, used from then on (so the demo's searches and offers work at once).
 */
async function firstRunCopies(paths: AppPaths, directory: DirectoryService): Promise<string> {
  const program = await firstRunSampleCopy(paths);
  const chosen = await directory.settings.get().catch(() => null);
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
  const settings = new SettingsStore(deps.paths.userData);
  // Every window follows a change made in any of them.
  settings.onChange((next) => {
    for (const windowId of documents.windowIds()) deps.events.send(windowId, 'onSettingsChanged', next);
  });
  const directory = new DirectoryService(settings);
  const windowOfDoc = (doc: OpenDocument) => documents.windowOf(doc);
  const publish = (doc: OpenDocument) => {
    const windowId = windowOfDoc(doc);
    const status = syncStatusOf(sync, doc);
    if (windowId !== undefined && status) deps.events.send(windowId, 'onSyncState', { docId: doc.docId, status });
  };
  /**
   * Teammates' changes enter by the same door as every edit: the applyCommand action, with origin
   * 'remote' (outside the undo history); the window hears of them as an event, as it does of menus'.
   */
  const applyRemote = (doc: OpenDocument, command: Command, by: readonly string[]) => {
    const windowId = windowOfDoc(doc);
    if (windowId === undefined) return;
    void actions
      .applyCommand({ docId: doc.docId, baseRevision: doc.revision, command }, { windowId, origin: 'remote' })
      .then((applied) => deps.events.send(windowId, 'onRemoteChange', { docId: doc.docId, applied, by: [...by] }))
      .catch(() => publish(doc));
  };
  const sync = new SyncManager({
    userData: deps.paths.userData,
    applyRemote,
    publish: (doc) => publish(doc),
    keepAside: async (doc, program) => {
      const aside = siblingPath(doc.path, `not shared ${clock.now().toISOString().slice(0, 10)}`);
      await writeProgramFile(aside, serializeProgram({ ...program, shared: null }), { expectedHash: null });
    },
  });
  // Syncing starts once a program is on screen, and stops with its window.
  documents.onOpened((doc) => void sync.attach(doc).then(() => publish(doc)));
  documents.onClose((doc) => sync.detach(doc));
  const actions: Actions = combineActions(
    appActions(deps),
    fileActions({ documents, dialogs: deps.dialogs, clock }),
    documentActions({ documents, dialogs: deps.dialogs, clock }),
    editActions({ documents }),
    exportActions({ documents, printer: deps.printer, dialogs: deps.dialogs, events: deps.events, clock }),
    rosterActions({ documents, dialogs: deps.dialogs }),
    settingsActions({ settings }),
    cloneActions({ documents, dialogs: deps.dialogs }),
    directoryActions({ documents, dialogs: deps.dialogs, events: deps.events, directory }),
    syncActions({ documents, dialogs: deps.dialogs, events: deps.events, sync, applyOutsideHistory: (doc, command) => applyRemote(doc, command, []) }),
  );
  return {
    actions,
    documents,
    settings,
    sync,
    commands: windowCommands({ actions, documents, events: deps.events }),
    openInitial: async (windowId, requestedPath) => {
      const path = requestedPath ?? (await documents.recent.list())[0]?.path ?? (await firstRunCopies(deps.paths, directory));
      // A failure is kept by the registry; the renderer asks for it (getCurrentProgram) once it loads.
      await documents.open(windowId, path).catch(() => undefined);
    },
    stop: async () => {
      documents.stop();
      await sync.close();
    },
  };
}
