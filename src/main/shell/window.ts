/** Creating an app window: locked-down preferences, shown only once it has painted. */
import { BrowserWindow } from 'electron';
import { APP_NAME } from '../security/menu-template';
import { secureWebPreferences } from '../security/web-preferences';

/** A hidden window with the secure preferences; it shows itself on 'ready-to-show'. `bounds`: where the last one was. */
export function createAppWindow(preloadPath: string, isPackaged: boolean, restored: { bounds: { x: number; y: number; width: number; height: number }; maximized: boolean } | null = null): BrowserWindow {
  const window = new BrowserWindow({
    width: 1360,
    height: 880,
    ...restored?.bounds,
    minWidth: 900,
    minHeight: 600,
    title: APP_NAME,
    show: false,
    backgroundColor: '#ffffff',
    webPreferences: { ...secureWebPreferences(preloadPath, { isPackaged }) },
  });
  window.once('ready-to-show', () => {
    if (restored?.maximized) window.maximize();
    window.show();
  });
  // The core owns the title (program, file, save state); the page's <title> must not replace it.
  window.on('page-title-updated', (event) => event.preventDefault());
  return window;
}
