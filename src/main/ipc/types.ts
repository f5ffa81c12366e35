/** Who sent an IPC message, as far as main can tell (from event.senderFrame / webContents). */
export interface SenderInfo {
  /** URL of the frame that sent the message. */
  url: string;
  /** False for messages from iframes: only the top frame of our own window may call us. */
  isMainFrame: boolean;
  /** Id of the BrowserWindow that owns the sender, or null if it is not one of ours. */
  windowId: number | null;
}
