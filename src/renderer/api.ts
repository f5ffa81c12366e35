/** The preload's bridge, typed by the shared contract. The renderer reaches main only through this. */
import type { Api } from '../shared/ipc/contract';

declare global {
  interface Window {
    /** Absent only when the page is opened outside the app (no preload, no test harness). */
    api?: Api;
  }
}

export type { Api };

/** The bridge, or null when the page runs without one. */
export function getApi(): Api | null {
  return window.api ?? null;
}
