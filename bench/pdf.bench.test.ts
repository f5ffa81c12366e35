/**
 * G6 and G7 (docs/performance.md), as ratios to a limit measured in the same run, alternating A and B
 * (ABAB, >= 5 pairs), medians. A missed goal is printed, not failed.
 * - G6: the 56 TMSSW traveler PDFs (render, print ONCE, find each traveler's pages, split, stamp,
 *   write 56 files) vs printing the same pages as one document (the same HTML, one print call).
 * - G7: the program book (render, print through our locked-down printer, stamp, write) vs a bare
 *   Chromium print of the same HTML (page.setContent + page.pdf, nothing else).
 * Run: npx vitest run --config bench/vitest.bench.config.ts bench/pdf.bench.test.ts
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { PDFDocument } from 'pdf-lib';
import { expect, it } from 'vitest';
import { CHROMIUM_ARGS, chromiumPath, createChromiumPrinter } from '../src/main/print/chromium-printer';
import { participantItinerary, programBook } from '../src/shared/itinerary/index';
import { buildTmssw2024Sample } from '../src/cli/sample/index';

const PAIRS = 5;
const GOAL = 1.3;
const issue = { issuedOn: '2024-04-22', version: 1 };

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? (s[m] as number) : ((s[m - 1] as number) + (s[m] as number)) / 2;
};
const ms = (n: number) => `${Math.round(n).toLocaleString('en-US')} ms`;

it('G6 and G7: traveler PDFs and the program book', async () => {
  // The shipped command line and app run React's production build (bin/ivlp.mjs sets NODE_ENV);
  // Vitest's NODE_ENV=test would time the development build, 3-4x slower to render.
  process.env.NODE_ENV = 'production';
  const { exportBookPdf, exportItineraryPdfs } = await import('../src/main/print/export-pdf');
  const { renderBook, renderItineraries } = await import('../src/main/print/templates/render');
  const program = buildTmssw2024Sample();
  const printer = await createChromiumPrinter();
  const bare = await chromium.launch({ executablePath: chromiumPath(), args: [...CHROMIUM_ARGS], headless: true });
  const dir = await mkdtemp(join(tmpdir(), 'ivlp-pdf-bench-'));
  try {
    const itineraries = program.participants.map((p) => participantItinerary(program, p.id));
    const batchHtml = renderItineraries(itineraries, { issue, paper: 'a4' });
    const book = programBook(program);
    const bookHtml = renderBook(book, { issue, paper: 'a4' });

    // Warm up both paths once.
    await printer.print(batchHtml, { paper: 'a4' });
    await exportItineraryPdfs(itineraries, { printer, outDir: join(dir, 'warm'), paper: 'a4', issue });

    const g6a: number[] = [];
    const g6b: number[] = [];
    let pages = 0;
    for (let pair = 0; pair < PAIRS; pair++) {
      let t = performance.now();
      const one = await printer.print(batchHtml, { paper: 'a4' });
      g6a.push(performance.now() - t);
      t = performance.now();
      const files = await exportItineraryPdfs(itineraries, { printer, outDir: join(dir, `g6-${pair}`), paper: 'a4', issue });
      g6b.push(performance.now() - t);
      expect(files).toHaveLength(56);
      pages = files.reduce((n, f) => n + f.pages, 0);
      expect(pages).toBe((await PDFDocument.load(one)).getPageCount());
    }

    const barePrint = async () => {
      const page = await bare.newPage();
      try {
        await page.setContent(bookHtml, { waitUntil: 'load' });
        return await page.pdf({ preferCSSPageSize: true, printBackground: true });
      } finally {
        await page.close();
      }
    };
    await barePrint();
    await exportBookPdf(book, { printer, outDir: join(dir, 'warm'), paper: 'a4', issue });
    const g7a: number[] = [];
    const g7b: number[] = [];
    let bookPages = 0;
    for (let pair = 0; pair < PAIRS; pair++) {
      let t = performance.now();
      await barePrint();
      g7a.push(performance.now() - t);
      t = performance.now();
      bookPages = (await exportBookPdf(book, { printer, outDir: join(dir, `g7-${pair}`), paper: 'a4', issue })).pages;
      g7b.push(performance.now() - t);
    }

    const rows = [
      ['G6', `56 traveler PDFs (${pages} pages), print once + split`, 'same pages as one document', g6b, g6a],
      ['G7', `program book (${bookPages} pages), ours`, 'bare Chromium print, same HTML', g7b, g7a],
    ] as const;
    const lines = [`PDF benchmarks (${PAIRS} ABAB pairs, medians; goal <= ${GOAL}x)`, '| goal | ours | limit | ours (median) | limit (median) | ratio | met |', '|---|---|---|---|---|---|---|'];
    for (const [goal, what, limit, b, a] of rows) {
      const ratio = median(b) / median(a);
      lines.push(`| ${goal} | ${what} | ${limit} | ${ms(median(b))} | ${ms(median(a))} | ${ratio.toFixed(2)}x | ${ratio <= GOAL ? 'yes' : 'NO'} |`);
    }
    console.log(lines.join('\n'));
  } finally {
    await printer.close();
    await bare.close();
    await rm(dir, { recursive: true, force: true });
  }
});
