/**
 * Action tables: one plain async function per method of the IPC contract, grouped by domain
 * (files, edits, exports, rosters, the app itself) and combined into the one table. Electron's IPC
 * registers that table through the one wrapper (ipc/wrapper.ts); the menus, the OS (file
 * associations, a second instance) and remote changes call the very same functions. Combining
 * refuses a name defined twice, as Actual's loot-core refuses duplicate handlers when it combines
 * its apps, so two domains cannot silently shadow each other.
 */
import { INVOKE_CHANNELS, type InvokeMethod } from '../../shared/ipc/channels';
import type { ArgsOf, ResultOf } from '../../shared/ipc/contract';

/** Who asked: the window an action acts on, and where the request came from. */
export interface CallContext {
  windowId: number;
  /**
   * 'renderer' (the default, and all the IPC wrapper ever passes) or 'remote': teammates' changes
   * the sync layer applies, which never enter the undo history. Menus and the OS act as the renderer.
   */
  origin?: 'renderer' | 'remote';
}

export type Action<M extends InvokeMethod> = (args: ArgsOf<M>, context: CallContext) => Promise<ResultOf<M>>;

/** The whole table: every method of the contract, exactly once. */
export type Actions = { [M in InvokeMethod]: Action<M> };

/** One domain's part of the table. */
export type ActionTable<M extends InvokeMethod> = Pick<Actions, M>;

type Intersection<U> = (U extends unknown ? (k: U) => void : never) extends (k: infer I) => void ? I : never;

/**
 * Combines domain tables into one. Throws when a method is defined by two tables or by none: both
 * are wiring mistakes that must fail at start, in every test that builds the app.
 */
export function combineActions<T extends readonly Partial<Actions>[]>(...tables: T): Intersection<T[number]> {
  const combined: Record<string, unknown> = {};
  for (const table of tables) {
    for (const [name, action] of Object.entries(table)) {
      if (Object.hasOwn(combined, name)) throw new Error(`The action "${name}" is defined by two action tables.`);
      combined[name] = action;
    }
  }
  const missing = (Object.keys(INVOKE_CHANNELS) as InvokeMethod[]).filter((name) => !Object.hasOwn(combined, name));
  const unknown = Object.keys(combined).filter((name) => !Object.hasOwn(INVOKE_CHANNELS, name));
  if (missing.length) throw new Error(`No action table defines: ${missing.join(', ')}.`);
  if (unknown.length) throw new Error(`Actions without a channel in the contract: ${unknown.join(', ')}.`);
  return Object.freeze(combined) as Intersection<T[number]>;
}
