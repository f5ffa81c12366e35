/**
 * Accessible PDFs, checked with two real readers: every file of a split batch is tagged (poppler's
 * structure dump shows the traveler's name under an H1 of an Art), has its own heading outline
 * (pdf.js), says its language, and carries its header and footer as text in the embedded Noto
 * fonts, even when the program title is in Arabic and Chinese.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { buildTmssw2024Sample } from '../../../../src/cli/sample/index';
import { createChromiumPrinter } from '../../../../src/main/print/chromium-printer';
import { exportItineraryPdfs } from '../../../../src/main/print/export-pdf';
import type { Printer } from '../../../../src/main/print/printer';
import { participantItinerary } from '../../../../src/shared/itinerary/index';
import { pageToPng, pdfFonts, pdfText, squash } from './helpers';

const run = promisify(execFile);
const TITLE = 'TMSSW 2024 · 迈向更安全的世界 · نحو عالم أكثر أمنا';
const program = { ...buildTmssw2024Sample(), title: TITLE };
const ids = ['p-ua-kovalenko', 'p-jo-alhaddad', 'p-cr-quesada'];
let printer: Printer;
let dir: string;

interface OutlineNode {
  title: string;
  items: OutlineNode[];
}

describe('tagged, outlined, stamped PDFs after the split', () => {
  beforeAll(async () => {
    printer = await createChromiumPrinter();
    dir = await mkdtemp(join(tmpdir(), 'ivlp-tagged-'));
  });
  afterAll(async () => {
    await printer?.close();
    await rm(dir, { recursive: true, force: true });
  });

  test('each file: tagged, its own outline, language set, header and footer as Noto text', async () => {
    const itineraries = ids.map((id) => participantItinerary(program, id));
    const files = await exportItineraryPdfs(itineraries, { printer, outDir: dir, paper: 'a4', issue: { issuedOn: '2024-04-22', version: 2 } });
    for (const [i, file] of files.entries()) {
      const it = itineraries[i];
      if (!it) throw new Error('no itinerary');
      const info = (await run('pdfinfo', [file.path])).stdout;
      expect(info).toMatch(/Tagged:\s+yes/);
      const struct = (await run('pdfinfo', ['-struct-text', file.path], { maxBuffer: 64 * 1024 * 1024 })).stdout;
      expect(struct.startsWith('Document\n  Art\n')).toBe(true);
      expect(struct).toMatch(/H1 \(block\)/);
      // Only this traveler's article: no one else's name in the structure.
      for (const other of itineraries) if (other !== it) expect(struct.includes(other.subject.name), `${other.subject.name} in ${it.subject.id}`).toBe(false);
      // Poppler's structure text reads shaped Arabic as presentation forms: check the Latin form there.
      for (const word of (it.subject.latinName || it.subject.name).split(' ')) expect(struct).toContain(word);

      const pdf = await getDocument({ data: new Uint8Array(await readFile(file.path)), useSystemFonts: false, isEvalSupported: false }).promise;
      try {
        const outline = (await pdf.getOutline()) as OutlineNode[];
        expect(outline).toHaveLength(1);
        expect(outline[0]?.title).toContain(it.subject.name);
        const sections = outline[0]?.items.map((x) => x.title) ?? [];
        expect(sections).toEqual(expect.arrayContaining(['24-hour emergency contacts', 'Program at a glance', 'Details, day by day', 'Venues']));
        expect(outline[0]?.items.find((x) => x.title === 'Program at a glance')?.items.length).toBe(it.days.length);
        const meta = (await pdf.getMetadata()).info as unknown as Record<string, unknown>;
        expect(meta['Language']).toBe('en');
        expect(meta['Title']).toContain(it.subject.name);
        expect(await pdf.getMarkInfo()).toMatchObject({ Marked: true });
        const tree = await (await pdf.getPage(1)).getStructTree();
        expect(JSON.stringify(tree)).toContain('"role":"H1"');
      } finally {
        await pdf.destroy();
      }

      const last = await pdfText(file.path, { first: file.pages, last: file.pages });
      expect(last).toContain(`Page ${file.pages} of ${file.pages}`);
      expect(last).toContain('Issued 22 April 2024, version 2');
      // pdftotext may space out shaped Arabic letters and wraps right-to-left runs in embedding marks.
      const flatLast = squash(last).replace(/[\u202a-\u202e]/g, '');
      expect(flatLast).toContain(squash(TITLE));
      for (const font of await pdfFonts(file.path)) expect(font).toMatch(/^NotoSans(Arabic|SC|SCThin)?-(Regular|Bold)$/); // the SC slices keep their variable source's name
    }
    await pageToPng(files[1]?.path as string, 1, 'tagged-arabic-title-cover');
  }, 180_000);
});
