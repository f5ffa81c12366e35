/**
 * A Printer that starts its browser on the first print, so tests and harnesses that never export
 * do not pay for a Chromium launch. close() is a no-op when nothing was started.
 */
import type { Printer } from './printer';

/** Wraps a printer factory; the factory runs at most once. */
export function lazyPrinter(create: () => Promise<Printer>): Printer {
  let started: Promise<Printer> | null = null;
  return {
    async print(html, options) {
      started ??= create();
      return (await started).print(html, options);
    },
    async close() {
      const printer = started;
      started = null;
      if (printer) await (await printer.catch(() => null))?.close();
    },
  };
}
