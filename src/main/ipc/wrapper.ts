/**
 * The one IPC wrapper. Every channel goes through `dispatch`: the sender must be the top frame of
 * one of our windows at our own origin, the argument must parse with the contract's schema, and the
 * answer is always `{ ok: true, value } | { ok: false, error: { code, message } }` - an action that
 * throws never leaks a stack or a path to the renderer.
 */
import { AppError } from '../../shared/errors';
import { invokeContract, type InvokeMethod, type IpcResult } from '../../shared/ipc/contract';
import type { Actions } from '../actions/table';
import type { SenderInfo } from '../security/sender-policy';

export interface DispatchOptions {
  /** Whether a sender is trusted: our origin, top frame, one of our windows. */
  isTrustedSender: (sender: SenderInfo) => boolean;
  /** Where unexpected errors are reported (never to the renderer). Must not log personal data. */
  onUnexpectedError?: (method: InvokeMethod, error: unknown) => void;
}

export type Dispatch = (method: InvokeMethod, sender: SenderInfo, rawArgs: unknown) => Promise<IpcResult<unknown>>;

/** Creates the dispatcher over the action table. */
export function createDispatcher(actions: Actions, options: DispatchOptions): Dispatch {
  return async (method, sender, rawArgs) => {
    if (!Object.hasOwn(invokeContract, method)) {
      return { ok: false, error: { code: 'BAD_ARGUMENTS', message: `unknown method ${String(method)}` } };
    }
    if (!options.isTrustedSender(sender) || sender.windowId === null) {
      return { ok: false, error: { code: 'FORBIDDEN_SENDER', message: 'This request did not come from an IVLP Planner window.' } };
    }
    const parsed = invokeContract[method].args.safeParse(rawArgs);
    if (!parsed.success) {
      const first = parsed.error.issues[0];
      const where = first?.path.length ? ` at ${first.path.join('.')}` : '';
      return { ok: false, error: { code: 'BAD_ARGUMENTS', message: `Invalid arguments for ${method}${where}: ${first?.message ?? 'unknown'}` } };
    }
    try {
      const action = actions[method] as (args: unknown, context: { windowId: number }) => Promise<unknown>;
      const value = await action(parsed.data, { windowId: sender.windowId });
      return { ok: true, value };
    } catch (error) {
      // The one place errors become answers: an AppError's code and message are for the planner;
      // anything else is a bug, reported in main and never shown (it may hold a path).
      if (error instanceof AppError) return { ok: false, error: { code: error.code, message: error.message } };
      options.onUnexpectedError?.(method, error);
      return { ok: false, error: { code: 'INTERNAL', message: 'Something went wrong inside IVLP Planner; nothing was changed. Please try again.' } };
    }
  };
}
