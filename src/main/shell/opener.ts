/** The ExternalOpener for Electron: the allowlist is checked again right before the OS sees a URL. */
import { shell } from 'electron';
import { externalUrlOrNull } from '../security/external-url';
import type { ExternalOpener } from '../services';

/** Opens https:/mailto: links with the system browser or mail client; refuses anything else. */
export const systemOpener: ExternalOpener = {
  async open(url) {
    const safe = externalUrlOrNull(url);
    if (safe === null) throw new Error('Only https web addresses and mailto links can be opened.');
    await shell.openExternal(safe, { activate: true });
  },
};
