/** Types shared by the handler table and the one IPC wrapper. */
import type { ArgsOf, InvokeMethod, ResultOf } from '../../shared/ipc/contract';

/** Who sent an IPC message, as far as main can tell (from event.senderFrame / webContents). */
export interface SenderInfo {
  /** URL of the frame that sent the message. */
  url: string;
  /** False for messages from iframes: only the top frame of our own window may call us. */
  isMainFrame: boolean;
  /** Id of the BrowserWindow that owns the sender, or null if it is not one of ours. */
  windowId: number | null;
}

/** The context a handler runs in: which window asked. */
export interface CallContext {
  windowId: number;
}

/** One plain async function per IPC method: what Electron registers, tests call, and the CLI reuses. */
export type Handlers = {
  [M in InvokeMethod]: (args: ArgsOf<M>, context: CallContext) => Promise<ResultOf<M>>;
};
