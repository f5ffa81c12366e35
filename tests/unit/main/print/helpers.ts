/** Reading PDFs back with poppler-utils (pdftotext, pdftoppm), as a traveler's viewer would. */
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { chromiumPath } from '../../../../src/main/print/chromium-printer';

const run = promisify(execFile);

export const root = fileURLToPath(new URL('../../../../', import.meta.url));

/** Whether the real tools are here (CI installs both; see .ci/run). */
// These tests need Chromium and poppler-utils, which .ci/run installs: a missing tool is a failure
// with a clear message, never a silent skip.
if (!existsSync(chromiumPath())) throw new Error(`PDF tests need Chromium at ${chromiumPath()} (apt-get install chromium, or set CHROMIUM_PATH)`);
if (!['/usr/bin/pdftotext', '/usr/local/bin/pdftotext'].some((p) => existsSync(p))) throw new Error('PDF tests need pdftotext (apt-get install poppler-utils)');

/** The text of a PDF (or of pages first..last), in reading order as pdftotext sees it. */
export async function pdfText(file: string, pages?: { first: number; last: number }): Promise<string> {
  const range = pages ? ['-f', String(pages.first), '-l', String(pages.last)] : [];
  const { stdout } = await run('pdftotext', ['-enc', 'UTF-8', ...range, file, '-'], { maxBuffer: 64 * 1024 * 1024 });
  return stdout;
}

/**
 * The text as laid out on the page (pdftotext -layout): each printed line stays one line, where the
 * reading order of plain pdftotext may put a table's time cells before their titles.
 */
export async function pdfLayoutText(file: string): Promise<string> {
  const { stdout } = await run('pdftotext', ['-enc', 'UTF-8', '-layout', file, '-'], { maxBuffer: 64 * 1024 * 1024 });
  return stdout;
}

/** Text with all whitespace removed: for strings the layout wraps across lines. */
export function squash(text: string): string {
  return text.replace(/\s+/g, '');
}

/** Renders one page to test-results/print/<name>.png for a person to look at. */
export async function pageToPng(file: string, page: number, name: string): Promise<string> {
  const dir = join(root, 'test-results', 'print');
  await mkdir(dir, { recursive: true });
  const prefix = join(dir, name);
  await run('pdftoppm', ['-png', '-r', '80', '-f', String(page), '-l', String(page), '-singlefile', file, prefix]);
  return `${prefix}.png`;
}

/** Names of the fonts a PDF uses (pdffonts), subset prefixes removed. */
export async function pdfFonts(file: string): Promise<string[]> {
  const { stdout } = await run('pdffonts', [file]);
  return stdout
    .split('\n')
    .slice(2)
    .map((line) => line.split(/\s+/)[0]?.replace(/^[A-Z]{6}\+/, '') ?? '')
    .filter((name) => name !== '');
}
