/** Creating an app window: locked-down preferences, shown only once it has painted. */
import { BrowserWindow } from 'electron';
import { APP_NAME } from '../security/menu-template';
import { secureWebPreferences } from '../security/web-preferences';

/** A hidden window with the secure preferences; it shows itself on 'ready-to-show'. */
export function createAppWindow(preloadPath: string, isPackaged: boolean): BrowserWindow {
  const window = new BrowserWindow({
    width: 1360,
    height: 880,
    minWidth: 900,
    minHeight: 600,
    title: APP_NAME,
    show: false,
    backgroundColor: '#ffffff',
    webPreferences: { ...secureWebPreferences(preloadPath, { isPackaged }) },
  });
  window.once('ready-to-show', () => window.show());
  // The core owns the title (program, file, save state); the page's <title> must not replace it.
  window.on('page-title-updated', (event) => event.preventDefault());
  return window;
}
