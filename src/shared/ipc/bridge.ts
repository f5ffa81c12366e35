/**
 * Builds the `window.api` object from the channel map. The preload passes Electron's
 * ipcRenderer.invoke / on; the browser test harness passes Playwright bindings (it injects this very
 * function's source with `addInitScript`, so it must stay self-contained: no imports, no closures).
 * Each method is bound to its fixed channel here: the renderer can never name a channel itself.
 */
import { EVENT_CHANNELS, INVOKE_CHANNELS, type EventMethod, type InvokeMethod } from './channels';

export type Invoke = (channel: string, args: unknown) => Promise<unknown>;
export type Subscribe = (channel: string, listener: (payload: unknown) => void) => () => void;
export interface ChannelMaps {
  invoke: Readonly<Record<string, string>>;
  events: Readonly<Record<string, string>>;
}

export const CHANNEL_MAPS: ChannelMaps = { invoke: INVOKE_CHANNELS, events: EVENT_CHANNELS };

/** A frozen object with one method per invoke channel and one `onX(listener)` per event channel. */
export function buildBridge(invoke: Invoke, subscribe: Subscribe, channels: ChannelMaps): Record<InvokeMethod | EventMethod, unknown> {
  const api: Record<string, unknown> = {};
  for (const method of Object.keys(channels.invoke)) {
    const channel = channels.invoke[method] as string;
    api[method] = (args?: unknown) => invoke(channel, args);
  }
  for (const method of Object.keys(channels.events)) {
    const channel = channels.events[method] as string;
    api[method] = (listener: (payload: unknown) => void) => {
      if (typeof listener !== 'function') throw new TypeError(`${method} needs a listener function`);
      return subscribe(channel, listener);
    };
  }
  return Object.freeze(api) as Record<InvokeMethod | EventMethod, unknown>;
}
