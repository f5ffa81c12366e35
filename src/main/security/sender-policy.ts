/**
 * Who may call the app's IPC: the top frame of one of our windows, showing a page of our own origin.
 * A pure policy (no Electron), applied by the one IPC wrapper to every message.
 */
/** Who sent an IPC message, as far as main can tell (from event.senderFrame / webContents). */
export interface SenderInfo {
  /** URL of the frame that sent the message. */
  url: string;
  /** False for messages from iframes: only the top frame of our own window may call us. */
  isMainFrame: boolean;
  /** Id of the BrowserWindow that owns the sender, or null if it is not one of ours. */
  windowId: number | null;
}

/** `scheme://host` of a URL; WHATWG gives custom schemes (app://) an opaque "null" origin, so build it. */
export function originOf(url: string): string | null {
  try {
    const parsed = new URL(url);
    return `${parsed.protocol}//${parsed.host}`;
  } catch {
    return null;
  }
}

/** Trusts the top frame of a known window whose URL is at the app's origin (e.g. "app://ivlp"). */
export function trustedSenderPolicy(appOrigin: string, knownWindow: (windowId: number) => boolean): (sender: SenderInfo) => boolean {
  return (sender) =>
    sender.isMainFrame && sender.windowId !== null && knownWindow(sender.windowId) && originOf(sender.url) === appOrigin;
}
