/**
 * The Electron app: lifecycle, windows and the wiring of the core to Electron's services. Thin on
 * purpose: every decision lives in a plain module (src/main/security, src/main/app) that
 * tests run under Node.
 */
import { join } from 'node:path';
import { app, BrowserWindow, session } from 'electron';
import { createApp, type App } from '../app/create-app';
import { createDispatcher } from '../ipc/wrapper';
import { originOf, trustedSenderPolicy } from '../security/sender-policy';
import { APP_ENTRY_URL, APP_ORIGIN } from '../security/app-protocol';
import { logLine } from '../security/log-safe';
import { APP_NAME } from '../security/menu-template';
import { programPathFromArgv } from '../security/program-path';
import type { Dialogs } from '../services';
import { createDialogs } from './dialogs';
import { createEventSink } from './events';
import { createElectronPrinter } from './print-window';
import { guardWebContents, hardenSession, type GuardPolicy } from './guards';
import { registerIpc } from './ipc';
import { installMenu } from './menu';
import { systemOpener } from './opener';
import { appPaths, currentIdentity } from './paths';
import { registerAppScheme, serveRenderer } from './protocol';
import { createAppWindow } from './window';

/** Starts the app. Everything before whenReady() must run synchronously at startup, as Electron requires. */
export function startApp(): void {
  const isMac = process.platform === 'darwin';
  const isDevelopment = !app.isPackaged;
  // electron-vite dev sets ELECTRON_RENDERER_URL. A packaged app never honours it: an environment
  // variable must not be able to point a window that holds the bridge at some other page.
  const devServerUrl = isDevelopment ? (process.env['ELECTRON_RENDERER_URL'] ?? null) : null;
  const devServerOrigin = devServerUrl === null ? null : originOf(devServerUrl);
  const appOrigin = devServerOrigin ?? APP_ORIGIN;
  const entryUrl = devServerUrl ?? APP_ENTRY_URL;
  // Resolved from the app folder rather than this file, so they hold whichever chunk this code lands in.
  const preloadPath = join(app.getAppPath(), 'out', 'preload', 'index.cjs');
  const rendererRoot = join(app.getAppPath(), 'out', 'renderer');

  const paths = appPaths(); // may move userData: before the lock, which lives there
  app.enableSandbox();
  registerAppScheme();
  if (!app.requestSingleInstanceLock()) {
    // Another instance owns this user data folder; it receives our argv through 'second-instance'.
    app.quit();
    return;
  }

  const windows = new Set<number>();
  const policy: GuardPolicy = { appOrigin, devServerOrigin, opener: systemOpener };
  const dialogs = createDialogs(isMac);
  const events = createEventSink(appOrigin);
  let core: App | null = null;
  let menu: { refresh(): Promise<void> } | null = null;
  let pendingPath = programPathFromArgv(process.argv, process.cwd());
  let quitApproved = false;
  let quitInProgress = false;

  app.on('web-contents-created', (_event, contents) => guardWebContents(contents, policy));

  const frontWindow = (): BrowserWindow | null => {
    const focused = BrowserWindow.getFocusedWindow();
    if (focused && windows.has(focused.id)) return focused;
    for (const id of windows) {
      const window = BrowserWindow.fromId(id);
      if (window && !window.isDestroyed()) return window;
    }
    return null;
  };

  /** Opens a window, gives it its first program, then loads the page (which asks for the current program). */
  const openWindow = async (requestedPath: string | null): Promise<number> => {
    const window = createAppWindow(preloadPath, app.isPackaged);
    const id = window.id;
    windows.add(id);
    window.on('close', (event) => {
      if (quitApproved || !core) return; // quitting: every document was already flushed and closed
      event.preventDefault();
      core.documents
        .closeWindow(id)
        .catch((error: unknown) => console.error(logLine('[shell] closing a window failed', error)))
        .finally(() => {
          windows.delete(id);
          if (!window.isDestroyed()) window.destroy();
        });
    });
    window.on('closed', () => windows.delete(id));
    try {
      await core?.openInitial(id, requestedPath);
      window.setTitle(core?.documents.title(id) ?? APP_NAME);
    } catch (error) {
      // The renderer shows why (getCurrentProgram reports the failure); the window still opens.
      console.error(logLine('[shell] opening the first program failed', error));
    }
    await window.loadURL(entryUrl);
    void menu?.refresh();
    return id;
  };

  /** Opens a file handed over by the OS (second instance, macOS open-file) in the front window, or a new one. */
  const openFromOs = async (path: string): Promise<void> => {
    if (!core) {
      pendingPath = path; // still starting: the first window opens it
      return;
    }
    const window = frontWindow();
    if (!window) {
      await openWindow(path);
      return;
    }
    if (window.isMinimized()) window.restore();
    window.focus();
    await core.commands.openPath(window.id, path);
    void menu?.refresh();
  };

  // macOS delivers double-clicked files here, possibly before 'ready'.
  app.on('open-file', (event, path) => {
    event.preventDefault();
    openFromOs(path).catch(report('open-file'));
  });

  app.on('second-instance', (_event, argv, workingDirectory) => {
    const path = programPathFromArgv(argv, workingDirectory);
    if (path) {
      openFromOs(path).catch(report('second-instance open'));
      return;
    }
    const window = frontWindow();
    if (!window) {
      openWindow(null).catch(report('opening a window'));
      return;
    }
    if (window.isMinimized()) window.restore();
    window.focus();
  });

  app.on('before-quit', (event) => {
    if (quitApproved || !core) return;
    event.preventDefault();
    if (quitInProgress) return;
    quitInProgress = true;
    const quitting = core;
    confirmQuit(quitting, dialogs, frontWindow()?.id ?? -1)
      .then(async (ok) => {
        if (!ok) return;
        // Release every lock while the windows still exist; their 'close' handlers then let them go.
        for (const id of windows) await quitting.documents.closeWindow(id).catch(report('closing a document'));
        // Shared programs' replicas are written and their connections closed.
        await quitting.stop().catch(report('closing team sync'));
        quitApproved = true;
        app.quit();
      })
      .catch(report('quitting'))
      .finally(() => {
        quitInProgress = false;
      });
  });

  app.on('window-all-closed', () => {
    // macOS apps stay in the dock without windows.
    if (!isMac) app.quit();
  });

  app.on('activate', () => {
    if (core && windows.size === 0) openWindow(null).catch(report('activate'));
  });

  app
    .whenReady()
    .then(async () => {
      app.setAboutPanelOptions({ applicationName: APP_NAME, applicationVersion: app.getVersion() });
      hardenSession(session.defaultSession, policy);
      serveRenderer(rendererRoot);
      const ready = createApp({
        paths,
        dialogs,
        events,
        identity: currentIdentity(),
        opener: systemOpener,
        appVersion: app.getVersion(),
        platform: process.platform,
        printer: createElectronPrinter(),
      });
      const dispatch = createDispatcher(ready.actions, {
        isTrustedSender: trustedSenderPolicy(appOrigin, (id) => windows.has(id)),
        onUnexpectedError: (method, error) => console.error(logLine(`[ipc] ${method} failed unexpectedly`, error)),
      });
      registerIpc(dispatch);
      menu = installMenu({
        commands: ready.commands,
        events,
        isMac,
        isDevelopment,
        targetWindow: async (id) => (id !== null && windows.has(id) ? id : (frontWindow()?.id ?? (await openWindow(null)))),
      });
      ready.documents.onTitleChange((id, title) => {
        const window = BrowserWindow.fromId(id);
        if (window && !window.isDestroyed()) window.setTitle(title);
        // Every open and save-as changes the title, and those are when the recent list changes.
        void menu?.refresh();
      });
      core = ready;
      const first = pendingPath;
      pendingPath = null;
      await openWindow(first);
    })
    .catch((error: unknown) => {
      console.error(logLine('[shell] IVLP Planner could not start', error));
      app.exit(1);
    });
}

/** Saves everything; if some files could not be saved, asks whether to quit anyway. */
async function confirmQuit(core: App, dialogs: Dialogs, windowId: number): Promise<boolean> {
  const { unsaved } = await core.documents.flushAll();
  if (unsaved.length === 0) return true;
  const choice = await dialogs.ask(windowId, {
    message: unsaved.length === 1 ? `${unsaved[0]} could not be saved.` : `${unsaved.length} programs could not be saved.`,
    detail:
      `${unsaved.join('\n')}\n\nYour latest edits are kept in the recovery journal and will be offered ` +
      'the next time you open the program. Quit anyway?',
    buttons: ['Quit Anyway', 'Cancel'],
    cancelId: 1,
  });
  return choice === 0;
}

/** A rejection handler that logs which step failed (these run detached from any caller). */
function report(what: string): (error: unknown) => void {
  return (error) => console.error(logLine(`[shell] ${what} failed`, error));
}
