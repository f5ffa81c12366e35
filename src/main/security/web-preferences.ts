/**
 * The one set of webPreferences for app windows. Kept electron-free so a Node test can pin every
 * flag; the shell passes the object to `new BrowserWindow({ webPreferences })` unchanged.
 */

/** The webPreferences keys this app sets; structurally a subset of Electron's WebPreferences. */
export interface SecureWebPreferences {
  readonly preload: string;
  readonly contextIsolation: true;
  readonly sandbox: true;
  readonly nodeIntegration: false;
  readonly nodeIntegrationInWorker: false;
  readonly nodeIntegrationInSubFrames: false;
  readonly webSecurity: true;
  readonly allowRunningInsecureContent: false;
  readonly experimentalFeatures: false;
  readonly enableBlinkFeatures: '';
  readonly webviewTag: false;
  readonly spellcheck: false;
  readonly devTools: boolean;
  readonly navigateOnDragDrop: false;
  readonly safeDialogs: true;
}

/**
 * Locked-down preferences for a window running our renderer with `preloadPath` as its only bridge.
 * DevTools stay available in development and are switched off in packaged builds, where a user
 * opening them could run code with the bridge in reach.
 */
export function secureWebPreferences(preloadPath: string, options: { isPackaged: boolean }): SecureWebPreferences {
  return Object.freeze({
    preload: preloadPath,
    contextIsolation: true,
    // Sandboxed renderers cannot reach Node even if contextIsolation were defeated; the preload is
    // emitted as CommonJS because a sandboxed preload cannot be an ES module.
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    experimentalFeatures: false,
    enableBlinkFeatures: '',
    webviewTag: false,
    // Chromium's spellchecker downloads dictionaries from Google: no network, and program data
    // (names, passport numbers) never leaves the machine.
    spellcheck: false,
    devTools: !options.isPackaged,
    // A file dropped on the window must not replace the app with file:// content.
    navigateOnDragDrop: false,
    // Stops a runaway alert() loop from locking the window.
    safeDialogs: true,
  } as const);
}
