/**
 * Being at home on the desktop: crash dumps kept on this computer, programs in the OS's recent
 * documents, the window where it was, the colors the planner chose. Each is one Electron call
 * around a plain module (settings/window-state.ts decides where a window may go).
 */
import { app, BrowserWindow, crashReporter, nativeTheme, screen } from 'electron';
import type { Settings } from '../../shared/settings';
import { clampToDisplays, WindowStateFile, type Rect } from '../settings/window-state';

/**
 * Crash dumps stay in the app's crashDumps folder: never uploaded (program files hold security
 * officials' personal data, and so can a dump). A planner who wants to report a crash sends the
 * file themselves. Called before 'ready', as early as possible, to catch crashes during start-up.
 */
export function keepCrashDumpsLocal(): void {
  crashReporter.start({ uploadToServer: false, compress: true });
}

/** The OS's recent documents (Dock menu on macOS, Jump List on Windows) list the program. */
export function addToRecentDocuments(path: string): void {
  app.addRecentDocument(path);
}

/** Follows the planner's color setting in the window chrome, dialogs and prefers-color-scheme. */
export function applyTheme(theme: Settings['theme']): void {
  nativeTheme.themeSource = theme;
}

/** The first window's bounds from last time, fitted to today's displays; null to use the defaults. */
export async function restoredBounds(file: WindowStateFile): Promise<{ bounds: Rect; maximized: boolean } | null> {
  const saved = await file.read();
  if (!saved) return null;
  const bounds = clampToDisplays(
    saved.bounds,
    screen.getAllDisplays().map((d) => d.workArea),
  );
  return bounds ? { bounds, maximized: saved.maximized } : null;
}

/** Remembers a window's bounds when it closes (its normal bounds if maximized). */
export function rememberBounds(window: BrowserWindow, file: WindowStateFile): void {
  window.on('close', () => {
    if (window.isDestroyed()) return;
    file.write({ bounds: window.getNormalBounds(), maximized: window.isMaximized() }).catch((error: unknown) => console.error('[shell] saving the window state failed', error));
  });
}
