/**
 * Printing HTML to PDF bytes. Two implementations share the same HTML: Electron's hidden, sandboxed
 * window (src/main/shell/print-window.ts) in the app, and Chromium through playwright-core
 * (chromium-printer.ts) for the command line and tests. Both use Chromium's one print pipeline.
 */
import type { Paper } from './templates/styles';

export interface PrintOptions {
  /** Paper size; the document's own @page rule says the same (preferCSSPageSize). */
  paper: Paper;
  /** A tagged PDF (structure tree, heading outline): what travelers get; the stamp sheet is not. Default true. */
  tagged?: boolean;
}

export interface Printer {
  /** Prints a complete, self-contained HTML document (no network, no script) to PDF bytes. */
  print(html: string, options: PrintOptions): Promise<Uint8Array>;
  /** Releases the browser or window; the printer cannot be used afterwards. */
  close(): Promise<void>;
}

/** The only URL a print document is loaded from; every other request is refused. */
export const PRINT_DOCUMENT_URL = 'https://print.ivlp.invalid/document.html';
