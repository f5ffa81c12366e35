/**
 * The compact itinerary, printed for real (Chromium, then pdftotext): every participant of the
 * sample on at most six pages at A4 and at Letter, and nothing lost: every entry's local time,
 * zone and title on its glance line, every venue's address (in the directory or the hotels table).
 * Before the first issue the files say DRAFT, on the cover and in the footer, and never "version".
 * The A4 and Letter runs are also the batch test: one print split into 56 files, each opening with
 * its own traveler's cover.
 */
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PDFDocument } from 'pdf-lib';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { buildTmssw2024Sample } from '../../../../../src/cli/sample/index';
import { createChromiumPrinter } from '../../../../../src/main/print/chromium-printer';
import { exportItineraryPdfs } from '../../../../../src/main/print/export-pdf';
import type { Printer } from '../../../../../src/main/print/printer';
import { participantItinerary, type DayEntry, type Itinerary } from '../../../../../src/shared/itinerary/index';
import { pageToPng, pdfLayoutText, pdfText } from '../helpers';

const program = buildTmssw2024Sample();
let printer: Printer;
let dir: string;

/** Text without spaces, line breaks or dashes: pdftotext joins a title broken at a hyphen. */
const flat = (s: string) => s.replace(/[\s\u2010-\u2015-]+/g, '');

/** What the glance line of an entry starts with: local time(s), the zone, the title. */
function glanceLine(e: DayEntry): string {
  switch (e.kind) {
    case 'activity':
      return e.start.abbreviation === e.end.abbreviation ? `${e.start.time}–${e.end.time} ${e.start.abbreviation} ${e.title}` : `${e.start.time}–${e.end.time} ${e.end.abbreviation} ${e.start.abbreviation} ${e.title}`;
    case 'travel': {
      if (e.mode === 'ground') return e.depart.abbreviation === e.arrive.abbreviation ? `${e.depart.time}–${e.arrive.time} ${e.depart.abbreviation} ${e.title}` : `${e.depart.time} ${e.depart.abbreviation} ${e.title}`;
      const service = [e.carrier, e.number].filter(Boolean).join(' ');
      return `${e.depart.time} ${e.depart.abbreviation} ${service ? `${service}: ` : ''}${e.title}`;
    }
    case 'check-in':
    case 'check-out':
      return `${e.at.time} ${e.at.abbreviation} ${e.kind === 'check-in' ? 'Check in' : 'Check out'}`;
  }
}

/**
 * Every fact the issue lists, checked in the PDF's text; returns what is missing. A glance line is
 * found in pdftotext's reading order or, line by line, in its layout (where two wrapped rows of a
 * table can come out as both times, then both titles).
 */
function missingFacts(it: Itinerary, text: string, layout: string): string[] {
  const body = flat(text);
  const lines = layout.split('\n').map(flat);
  const missing: string[] = [];
  for (const day of it.days) {
    for (const e of day.entries) {
      const line = flat(glanceLine(e));
      if (!body.includes(line) && !lines.some((l) => l.includes(line))) missing.push(`${day.date}: ${glanceLine(e)}`);
      // A hotel line may carry the label in a second language before the hotel's name.
      if ((e.kind === 'check-in' || e.kind === 'check-out') && !body.includes(flat(e.hotel.name))) missing.push(`${day.date}: ${e.hotel.name}`);
      const place = e.kind === 'activity' ? e.place : e.kind === 'check-in' ? e.hotel : null;
      if (place?.address && !body.includes(flat(place.address))) missing.push(`${day.date}: address of ${place.name}: ${place.address}`);
    }
  }
  return missing;
}

describe('the compact itinerary', () => {
  beforeAll(async () => {
    printer = await createChromiumPrinter();
    dir = await mkdtemp(join(tmpdir(), 'ivlp-compact-'));
  });
  afterAll(async () => {
    await printer?.close();
    await rm(dir, { recursive: true, force: true });
  });

  test.each(['a4', 'letter'] as const)('every participant on at most 6 pages (%s), every entry and venue address read back, DRAFT before any issue', async (paper) => {
    const itineraries = program.participants.map((p) => participantItinerary(program, p.id));
    // The batch as the app runs it: one print, split into 56 files, each its own traveler's.
    const phases: string[] = [];
    const outDir = join(dir, paper);
    const files = await exportItineraryPdfs(itineraries, { printer, outDir, paper, issue: null, onProgress: (p) => phases.push(`${p.phase}:${p.done}/${p.total}`) });
    expect(files).toHaveLength(56);
    expect(phases).toContain('print:1/1');
    expect(phases).toContain('split:56/56');
    expect(phases.at(-1)).toBe('write:56/56');
    expect((await readdir(outDir)).sort()).toEqual(files.map((f) => f.path.split('/').at(-1)).sort());
    const over = files.filter((f) => f.pages > 6).map((f) => `${f.path.split('/').at(-1)}: ${f.pages} pages`);
    expect(over, 'itineraries longer than six pages').toEqual([]);
    for (const [i, it] of itineraries.entries()) {
      const file = files[i] as { path: string; pages: number };
      expect(file.path).toContain(it.subject.id);
      const text = await pdfText(file.path);
      expect(missingFacts(it, text, await pdfLayoutText(file.path)), it.subject.id).toEqual([]);
      const cover = await pdfText(file.path, { first: 1, last: 1 });
      expect(cover).toMatch(/^DRAFT$/m); // the cover's mark
      expect(cover).toContain('DRAFT: not yet issued'); // status and footer
      // This traveler's cover opens the file (right-to-left names: pdftotext may order the words either way).
      const words = /[\u0590-\u08ff]/.test(it.subject.name) ? it.subject.name.split(/\s+/) : [it.subject.name];
      for (const word of words) expect(flat(cover), it.subject.id).toContain(flat(word));
      expect(cover).toContain(`Page 1 of ${file.pages}`);
      expect(text).not.toMatch(/version \d/i);
      expect((await PDFDocument.load(await readFile(file.path))).getPageCount()).toBe(file.pages);
    }
    const kovalenko = files[program.participants.findIndex((p) => p.id === 'p-ua-kovalenko')] as { path: string };
    await pageToPng(kovalenko.path, 1, `glance-${paper}`);
    await pageToPng(kovalenko.path, 2, `glance-${paper}-2`);
    await pageToPng(kovalenko.path, 5, `details-${paper}`);
  }, 240_000);

  test('bilingual, French and Arabic: labels, dates and entered translations beside the English; a missing one prints the English', async () => {
    const bennani = participantItinerary(program, 'p-ma-bennani');
    const haddad = participantItinerary(program, 'p-jo-alhaddad');
    const [fr] = await exportItineraryPdfs([bennani], { printer, outDir: join(dir, 'fr'), paper: 'a4', issue: null, language: 'fr' });
    const [ar] = await exportItineraryPdfs([haddad], { printer, outDir: join(dir, 'ar'), paper: 'letter', issue: { issuedOn: '2024-04-22', version: 2 }, language: 'ar' });
    const frText = await pdfText(fr?.path as string);
    for (const label of ['Itinéraire personnel', 'Le programme en bref', 'Contacts d’urgence 24 h/24', 'Détails, jour par jour', 'lun. 29 avr.', 'PROJET : pas encore diffusé', 'Page 1 sur']) {
      expect(flat(frText), label).toContain(flat(label));
    }
    // Entered translations beside the English; an activity without one shows its English title only.
    expect(flat(frText)).toContain(flat('Program orientation and welcome / Orientation du programme et accueil'));
    expect(flat(frText)).toContain(flat('Apportez votre passeport et ce livret de programme.'));
    expect(flat(frText)).toMatch(/LunchatMeridian(?!\/)/);
    expect(missingFacts(bennani, frText, await pdfLayoutText(fr?.path as string))).toEqual([]);
    // Arabic: right-to-left runs (pdftotext may space shaped letters), the stamp in both languages.
    const arText = (await pdfText(ar?.path as string)).replace(/[\u202a-\u202e]/g, '');
    for (const label of ['البرنامج في لمحة', 'الرحلات الجوية والقطارات', 'الصفحة']) expect(flat(arText), label).toContain(flat(label));
    expect(flat(arText)).toContain(flat('التعريف بالبرنامج والترحيب'));
    expect(arText).toContain('Issued 22 April 2024, version 2');
    expect(missingFacts(haddad, arText, (await pdfLayoutText(ar?.path as string)).replace(/[\u202a-\u202e]/g, ''))).toEqual([]);
    expect(ar?.pages).toBeLessThanOrEqual(7);
    await pageToPng(fr?.path as string, 1, 'bilingual-fr-1');
    await pageToPng(fr?.path as string, 4, 'bilingual-fr-4');
    await pageToPng(ar?.path as string, 1, 'bilingual-ar-1');
    await pageToPng(ar?.path as string, 4, 'bilingual-ar-4');
  }, 120_000);
});
