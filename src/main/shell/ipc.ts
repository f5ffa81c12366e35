/**
 * THE one place IPC handlers are registered: every invoke channel goes to the dispatcher from
 * src/main/ipc/wrapper.ts, which checks the sender and parses the arguments before any handler runs.
 */
import { BrowserWindow, ipcMain, type IpcMainInvokeEvent } from 'electron';
import { INVOKE_CHANNELS, type InvokeMethod } from '../../shared/ipc/channels';
import type { SenderInfo } from '../security/sender-policy';
import type { Dispatch } from '../ipc/wrapper';

/** Registers one ipcMain.handle per channel in INVOKE_CHANNELS, each bound to its method name. */
export function registerIpc(dispatch: Dispatch): void {
  for (const method of Object.keys(INVOKE_CHANNELS) as InvokeMethod[]) {
    // Only the first argument is read: the bridge sends exactly one.
    ipcMain.handle(INVOKE_CHANNELS[method], (event, args: unknown) => dispatch(method, senderInfoFrom(event), args));
  }
}

/** What the wrapper's trust check needs: the sending frame's URL, whether it is a top frame, and its window. */
export function senderInfoFrom(event: IpcMainInvokeEvent): SenderInfo {
  let url = '';
  let isMainFrame = false;
  try {
    const frame = event.senderFrame;
    // senderFrame is null once the frame has navigated away or been destroyed: not trusted.
    if (frame) {
      url = frame.url;
      isMainFrame = frame.parent === null;
    }
  } catch {
    // A disposed frame throws on access; leave it untrusted.
  }
  const windowId = BrowserWindow.fromWebContents(event.sender)?.id ?? null;
  return { url, isMainFrame, windowId };
}
