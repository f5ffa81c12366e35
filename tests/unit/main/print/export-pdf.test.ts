/**
 * Real printing: Debian's Chromium through playwright-core, then pdftotext and pdftoppm read the
 * files back. One browser for the whole file keeps it to a few seconds plus one 56-traveler batch.
 */
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createChromiumPrinter } from '../../../../src/main/print/chromium-printer';
import { exportBookPdf, exportItineraryPdfs, type ExportPdfOptions } from '../../../../src/main/print/export-pdf';
import type { Printer } from '../../../../src/main/print/printer';
import { renderItineraries } from '../../../../src/main/print/templates/render';
import { groupItinerary, participantItinerary, programBook, staffItinerary } from '../../../../src/shared/itinerary/index';
import type { Program } from '../../../../src/shared/program/schema';
import { othersIndividualActivities, phoenixTraveler, sampleWithSecrets, washingtonToPhoenix } from '../../shared/itinerary/fixture';
import { pageToPng, pdfFonts, pdfText, squash } from './helpers';

const program = sampleWithSecrets();
const issue = { issuedOn: '2024-04-22', version: 3 };
let printer: Printer;
let dir: string;

const options = (extra: Partial<ExportPdfOptions> = {}): ExportPdfOptions => ({ printer, outDir: dir, paper: 'a4', issue, ...extra });
const nameOf = (id: string) => {
  const p = program.participants.find((x) => x.id === id);
  return `${p?.givenName} ${p?.familyName}`.trim();
};

describe('printing itineraries with Chromium', () => {
  beforeAll(async () => {
    printer = await createChromiumPrinter();
    dir = await mkdtemp(join(tmpdir(), 'ivlp-print-'));
  });
  afterAll(async () => {
    await printer?.close();
    await rm(dir, { recursive: true, force: true });
  });

  test("a participant's PDF: their schedule in local times with zones, nobody else's, no internal notes", async () => {
    const pid = phoenixTraveler(program);
    const [file] = await exportItineraryPdfs([participantItinerary(program, pid)], options());
    const text = await pdfText(file?.path as string);
    const flat = text.replace(/\s+/g, ' ');
    expect(flat).toContain(nameOf(pid));
    expect(flat).toContain('Issued 22 April 2024, version 3');
    expect(flat).toMatch(/Page 1 of \d+/);
    // Washington -> Phoenix: departure in EDT, arrival in MST, both airports.
    const flight = washingtonToPhoenix(program);
    if (flight.timing.kind !== 'scheduled') throw new Error('unscheduled');
    expect(flat).toContain(`${flight.timing.start.slice(11, 16)} EDT`);
    expect(flat).toContain(`${flight.timing.end.slice(11, 16)} MST`);
    expect(flat).toContain('PHX');
    expect(flat).toContain('Mountain Standard Time');
    expect(flat).toContain('Eastern Daylight Time');
    const mine = participantItinerary(program, pid).days.flatMap((d) => d.entries.map((e) => e.title));
    const others = othersIndividualActivities(program, pid).filter((a) => !mine.some((t) => t.includes(a.title)));
    expect(others.length).toBeGreaterThan(3);
    for (const a of others) expect(flat.includes(a.title), `someone else's "${a.title}" is in the PDF`).toBe(false);
    expect(flat.includes('INTERNAL-ONLY'), 'internal notes in the PDF').toBe(false);
    const pages = file?.pages ?? 0;
    expect(pages).toBeGreaterThanOrEqual(4);
    expect(pages).toBeLessThanOrEqual(40);
    await pageToPng(file?.path as string, 1, 'participant-cover');
    await pageToPng(file?.path as string, 2, 'participant-schedule');
  });

  test('flights say when to be at the airport, by kind of departure and from the program’s settings; nothing at a connection', async () => {
    // Andre Campbell flies Kingston - Miami - Washington in, and JFK - Kingston home.
    const [file] = await exportItineraryPdfs([participantItinerary(program, 'p-jm-campbell')], options());
    const flat = (await pdfText(file?.path as string)).replace(/\s+/g, ' ');
    // In the flights table, under the departure: Campbell's flight home leaves JFK at 17:30 (international: 3 h).
    expect(flat).toContain('Be at the airport by 14:30 EDT (3 h before)');
    // Tucson to Dallas is domestic (1 h 30 min before 06:30).
    expect(flat).toContain('Be at the airport by 05:00 MST (1 h 30 min before)');
    // The Miami connection (AA 2286) is not a new departure: one line for Kingston, none for Miami.
    expect(flat.match(/Be at the airport by \S+ EST \(3 h before\)/g)).toHaveLength(1);
    const longer = { ...program, settings: { ...program.settings, departureBuffers: { ...program.settings.departureBuffers, internationalMinutes: 240 } } };
    const [again] = await exportItineraryPdfs([participantItinerary(longer, 'p-jm-campbell')], options());
    expect((await pdfText(again?.path as string)).replace(/\s+/g, ' ')).toContain('Be at the airport by 13:30 EDT (4 h before)');
  });

  test('names in Arabic and Cyrillic come out as text', async () => {
    const arabic = program.participants.find((p) => /[\u0600-\u06ff]/.test(`${p.givenName}${p.familyName}`));
    const cyrillic = program.participants.find((p) => /[\u0400-\u04ff]/.test(`${p.givenName}${p.familyName}`));
    if (!arabic || !cyrillic) throw new Error('the sample lost its Arabic or Cyrillic name');
    const files = await exportItineraryPdfs([participantItinerary(program, arabic.id), participantItinerary(program, cyrillic.id)], options());
    const arabicText = await pdfText(files[0]?.path as string, { first: 1, last: 1 });
    // pdftotext may give right-to-left words in visual order: check each word.
    for (const word of `${arabic.givenName} ${arabic.familyName}`.split(/\s+/)) expect(arabicText).toContain(word);
    const cyrillicText = await pdfText(files[1]?.path as string, { first: 1, last: 1 });
    expect(cyrillicText).toContain(`${cyrillic.givenName} ${cyrillic.familyName}`);
    // Only the embedded Noto faces (and Helvetica for the stamped header and footer): nothing
    // falls back to whatever fonts this machine happens to have.
    for (const f of files) {
      for (const font of await pdfFonts(f.path)) expect(font).toMatch(/^(NotoSans(Arabic)?-(Regular|Bold)|Helvetica)$/);
    }
    await pageToPng(files[0]?.path as string, 1, 'participant-arabic-cover');
  });

  test('the group, staff and program-book PDFs print', async () => {
    const group = program.groups[0]?.id as string;
    const interpreter = program.staff.find((s) => s.role === 'interpreter')?.id as string;
    const files = await exportItineraryPdfs([groupItinerary(program, group), staffItinerary(program, interpreter)], options());
    const groupText = (await pdfText(files[0]?.path as string)).replace(/\s+/g, ' ');
    expect(groupText).toContain('Group itinerary');
    expect(groupText).toContain('For:');
    const staffText = (await pdfText(files[1]?.path as string)).replace(/\s+/g, ' ');
    expect(staffText).toContain('Staff itinerary');
    expect(staffText).toMatch(/not attending/i);
    const book = await exportBookPdf(programBook(program), options());
    const bookText = (await pdfText(book.path)).replace(/\s+/g, ' ');
    expect(bookText).toContain('Program book');
    expect(bookText).toContain('Roster by group');
    expect(bookText).toContain('Staff directory');
    for (const g of program.groups) expect(bookText).toContain(g.name);
    for (const text of [groupText, staffText, bookText]) expect(text).not.toContain('INTERNAL-ONLY');
    expect(book.pages).toBeGreaterThan(10);
    for (const path of [files[0]?.path as string, files[1]?.path as string, book.path]) {
      for (const font of await pdfFonts(path)) expect(font).toMatch(/^(NotoSans(Arabic)?-(Regular|Bold)|Helvetica)$/);
    }
    await pageToPng(files[0]?.path as string, 3, 'group-schedule');
    await pageToPng(files[1]?.path as string, 3, 'staff-schedule');
    await pageToPng(book.path, 1, 'book-cover');
    await pageToPng(book.path, 4, 'book-schedule');
  });

  test('long notes flow onto the next pages and nothing is cut off', async () => {
    const pid = program.participants[1]?.id as string;
    const sentences = Array.from({ length: 260 }, (_, i) => `Briefing sentence ${i + 1} about who you will meet and what to bring.`);
    const long = `${sentences.join(' ')} END-OF-NOTE-MARKER`;
    const first = program.activities.find((a) => a.attendees.everyone && a.timing.kind === 'scheduled' && a.type === 'plenary');
    const edited: Program = { ...program, activities: program.activities.map((a) => (a.id === first?.id ? { ...a, travelerNotes: long } : a)) };
    const [plain] = await exportItineraryPdfs([participantItinerary(program, pid)], options());
    const [file] = await exportItineraryPdfs([participantItinerary(edited, pid)], options());
    expect(file?.pages).toBeGreaterThan(plain?.pages ?? 0);
    const text = squash(await pdfText(file?.path as string));
    for (const s of [sentences[0], sentences[129], sentences[259], 'END-OF-NOTE-MARKER']) expect(text).toContain(squash(s as string));
  });

  test('an injection corpus in names and notes prints as literal text and loads nothing', async () => {
    let requests = 0;
    const server: Server = createServer((_req, res) => {
      requests++;
      res.end('x');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const port = (server.address() as { port: number }).port;
    const longWord = `${'AAAAAAAAAA'.repeat(40)}END`;
    const corpus = [
      '<script>document.write("SCRIPT" + "-RAN")</script>',
      '<iframe src="file:///etc/passwd" width=500 height=500></iframe>',
      `<img src="http://127.0.0.1:${port}/leak.png">`,
      `<link rel=stylesheet href="http://127.0.0.1:${port}/x.css">`,
      '<style>body{display:none}</style>',
      '"><b onmouseover=alert(1)>bold</b>',
      longWord,
      '\u202Eevil-override\u202C then normal \u2067isolate',
    ].join('\n');
    const victim = program.participants[0]?.id as string;
    const evil: Program = {
      ...program,
      participants: program.participants.map((p) => (p.id === victim ? { ...p, givenName: '<script>alert(1)</script>', familyName: `<iframe src="file:///etc/passwd"> \u202Emanuel` } : p)),
      activities: program.activities.map((a) => (a.attendees.everyone ? { ...a, travelerNotes: corpus } : a)),
    };
    const itinerary = participantItinerary(evil, victim);
    const html = renderItineraries([itinerary], { issue, paper: 'a4' });
    expect(html).not.toMatch(/<(script|iframe|img|link)\b/i);
    expect(html).toContain('&lt;script&gt;');
    const [file] = await exportItineraryPdfs([itinerary], options());
    server.close();
    const text = await pdfText(file?.path as string);
    const flat = text.replace(/\s+/g, ' ');
    const has = (needle: string) => flat.includes(needle);
    for (const literal of ['<script>alert(1)</script>', '<iframe src="file:///etc/passwd"', `<img src="http://127.0.0.1:${port}/leak.png">`, '<style>body{display:none}</style>', '"><b onmouseover=alert(1)>bold</b>']) {
      expect(has(literal), `literal ${literal}`).toBe(true);
    }
    expect(squash(text).includes(longWord), 'the long word, whole').toBe(true);
    expect(has('SCRIPT-RAN'), 'a script ran').toBe(false);
    const passwd = await readFile('/etc/passwd', 'utf8').catch(() => 'root:x:0:0');
    expect(has(passwd.split('\n')[0] as string), '/etc/passwd leaked').toBe(false);
    expect(has('root:x:0'), '/etc/passwd leaked').toBe(false);
    expect(requests).toBe(0);
    await pageToPng(file?.path as string, 1, 'injection-cover');
    await pageToPng(file?.path as string, 2, 'injection-schedule');
  });

  test('cancel mid-batch leaves no file and no temp file behind', async () => {
    const cancelDir = join(dir, 'cancel');
    const controller = new AbortController();
    const itineraries = program.participants.slice(0, 6).map((p) => participantItinerary(program, p.id));
    const run = exportItineraryPdfs(itineraries, options({ outDir: cancelDir, signal: controller.signal, onProgress: (p) => p.phase === 'split' && p.done === 3 && controller.abort() }));
    await expect(run).rejects.toThrow(/cancel|abort/i);
    expect(await readdir(cancelDir).catch(() => [])).toEqual([]);
  });
});
