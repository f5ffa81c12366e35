/** The EventSink for Electron: main -> renderer notifications on the fixed event channels. */
import { BrowserWindow } from 'electron';
import { EVENT_CHANNELS } from '../../shared/ipc/channels';
import { originOf } from '../security/sender-policy';
import type { EventSink } from '../services';

/** Sends to a window only while it still shows our own page, so program data never reaches another origin. */
export function createEventSink(appOrigin: string): EventSink {
  return {
    send(windowId, event, payload) {
      const window = BrowserWindow.fromId(windowId);
      if (!window || window.isDestroyed()) return;
      const contents = window.webContents;
      if (originOf(contents.getURL()) !== appOrigin) return;
      contents.send(EVENT_CHANNELS[event], payload);
    },
  };
}
