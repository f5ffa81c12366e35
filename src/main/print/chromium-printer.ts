/**
 * The Printer for the command line and tests: a headless Chromium driven by playwright-core
 * (CHROMIUM_PATH, else the system's /usr/bin/chromium). One browser and one context (JavaScript
 * disabled) per printer, a fresh page per document; the document is served from one fixed URL and
 * every other request (images, frames, fonts by URL, anything) is aborted before it leaves the
 * browser.
 */
import { AppError } from '../../shared/errors';
import { existsSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { PRINT_DOCUMENT_URL, type Printer, type PrintOptions } from './printer';
import { PRINT_CSP } from './templates/render';

/** Chromium switches for printing: no sandbox (containers), no GPU, no background traffic. */
export const CHROMIUM_ARGS: readonly string[] = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Where Chromium is: CHROMIUM_PATH when set, else the Debian/Ubuntu system browser. */
export function chromiumPath(env: NodeJS.ProcessEnv = process.env): string {
  return env['CHROMIUM_PATH'] || '/usr/bin/chromium';
}

/** Thrown when no browser can be started; the message says what to do. */
export class PrinterUnavailableError extends AppError<'EXPORT_FAILED'> {
  constructor(message: string) {
    super('EXPORT_FAILED', message);
  }
}

/** Starts Chromium and returns a Printer over it. */
export async function createChromiumPrinter(options: { executablePath?: string } = {}): Promise<Printer> {
  const executablePath = options.executablePath ?? chromiumPath();
  if (!existsSync(executablePath)) {
    throw new PrinterUnavailableError(`Chromium was not found at ${executablePath}. Install it (apt-get install chromium) or set CHROMIUM_PATH to a Chromium or Chrome executable.`);
  }
  // Loaded lazily: only the command line and tests print this way, never the app.
  const { chromium } = await import('playwright-core');
  let browser: Browser;
  try {
    browser = await chromium.launch({ executablePath, args: [...CHROMIUM_ARGS], headless: true });
  } catch (error) {
    throw new PrinterUnavailableError(`Chromium at ${executablePath} could not be started: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
  }
  // One context for the printer's life (JavaScript off, no service workers); a fresh page per document.
  const context = await browser.newContext({ javaScriptEnabled: false, serviceWorkers: 'block', acceptDownloads: false, bypassCSP: false });
  return {
    async print(html: string, opts: PrintOptions): Promise<Uint8Array> {
      const page = await context.newPage();
      try {
        await page.route('**/*', (route) => {
          const request = route.request();
          if (request.url() === PRINT_DOCUMENT_URL && request.isNavigationRequest() && request.frame() === page.mainFrame()) {
            return route.fulfill({
              status: 200,
              headers: { 'Content-Type': 'text/html; charset=utf-8', 'Content-Security-Policy': PRINT_CSP, 'X-Content-Type-Options': 'nosniff' },
              body: html,
            });
          }
          return route.abort('blockedbyclient');
        });
        await page.goto(PRINT_DOCUMENT_URL, { waitUntil: 'load' });
        const pdf = await page.pdf({
          preferCSSPageSize: true,
          format: opts.paper === 'a4' ? 'A4' : 'Letter',
          printBackground: true,
          // Neither outline nor tagged PDF: the batch finds its split points by marker links.
          outline: false,
          tagged: false,
        });
        return new Uint8Array(pdf.buffer, pdf.byteOffset, pdf.byteLength);
      } finally {
        await page.close();
      }
    },
    async close(): Promise<void> {
      await browser.close();
    },
  };
}
