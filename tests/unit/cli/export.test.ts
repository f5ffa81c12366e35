import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import ICAL from 'ical.js';
import { describe, expect, test } from 'vitest';
import { runExport } from '../../../src/cli/export';
import type { Printer } from '../../../src/main/print/printer';
import { pdfText } from '../main/print/helpers';
import { run, sample, useSampleFolder } from './cli-fixture';

const tmp = useSampleFolder('ivlp-export-');

describe('ivlp export: bad input exits 2 with a clear message and writes nothing', () => {
  const cases: [string, string[], RegExp][] = [
    ['no selector', ['export', 'ics', '<file>', '--out', '<out>'], /exactly one of --participant/],
    ['two selectors', ['export', 'pdf', '<file>', '--out', '<out>', '--all', '--book'], /exactly one of/],
    ['no --out', ['export', 'ics', '<file>', '--all'], /--out <dir> is required/],
    ['unknown format', ['export', 'docx', '<file>', '--out', '<out>', '--all'], /unknown export format "docx"/],
    ['unknown option', ['export', 'ics', '<file>', '--out', '<out>', '--everyone'], /Unknown option '--everyone'/],
    ['unknown participant', ['export', 'pdf', '<file>', '--out', '<out>', '--participant', 'p-nobody'], /no participant with id "p-nobody"/],
    ['unknown group', ['export', 'ics', '<file>', '--out', '<out>', '--group', 'g-nobody'], /no group with id "g-nobody"/],
    ['bad paper', ['export', 'pdf', '<file>', '--out', '<out>', '--book', '--paper', 'a3'], /--paper must be a4 or letter/],
    ['bad version', ['export', 'pdf', '<file>', '--out', '<out>', '--book', '--version', '0'], /--version must be a whole number/],
    ['missing program', ['export', 'ics', '<missing>', '--out', '<out>', '--all'], /missing\.ivlp\.json/],
    ['unknown city', ['export', 'pdf', '<file>', '--out', '<out>', '--partner', 'atlantis'], /no city with id "atlantis" in this program \(ids look like: washington, tampa, st-petersburg\)/],
    ['unknown language', ['export', 'pdf', '<file>', '--out', '<out>', '--all', '--lang', 'de'], /--lang must be one of ar, zh, fr, pt, ru, es, not "de"/],
    ['a language for the book', ['export', 'pdf', '<file>', '--out', '<out>', '--book', '--lang', 'fr'], /--lang applies to itineraries/],
    ['a language for calendars', ['export', 'ics', '<file>', '--out', '<out>', '--all', '--lang', 'fr'], /--lang applies to pdf only/],
    ['meal sheets as calendars', ['export', 'ics', '<file>', '--out', '<out>', '--meals'], /city packets and meal sheets are PDFs only/],
    ['packets as calendars', ['export', 'ics', '<file>', '--out', '<out>', '--partners'], /PDFs only/],
  ];
  test.each(cases)('%s', async (_name, argv, message) => {
    const out = join(tmp.dir, 'out');
    const args = argv.map((a) => (a === '<file>' ? tmp.file : a === '<out>' ? out : a === '<missing>' ? join(tmp.dir, 'missing.ivlp.json') : a));
    const result = await run(...args);
    expect(result.code).toBe(2);
    expect(result.err).toMatch(message);
    expect(await readdir(out).catch(() => [])).toEqual([]);
  });

  test('an invalid program file is refused', async () => {
    await writeFile(tmp.file, '{"schemaVersion": 2, "id": "x"}');
    const result = await run('export', 'ics', tmp.file, '--out', join(tmp.dir, 'out'), '--all');
    expect(result.code).toBe(2);
    expect(result.err).toMatch(/could not be opened/);
  });
});

describe('ivlp export ics', () => {
  test('--all writes one calendar per participant that ical.js reads', async () => {
    const out = join(tmp.dir, 'ics');
    const result = await run('export', 'ics', tmp.file, '--out', out, '--all');
    expect(result.code).toBe(0);
    expect(result.out).toMatch(/wrote 56 calendar files/);
    const names = await readdir(out);
    expect(names).toHaveLength(56);
    for (const p of sample.participants) expect(names).toContain(`itinerary-${p.id}.ics`);
    const cal = new ICAL.Component(ICAL.parse(await readFile(join(out, names[0] as string), 'utf8')));
    expect(cal.getAllSubcomponents('vevent').length).toBeGreaterThan(20);
  });

  test('--group, --staff and --book write one file each', async () => {
    const out = join(tmp.dir, 'ics');
    expect((await run('export', 'ics', tmp.file, '--out', out, '--group', sample.groups[0]?.id as string)).code).toBe(0);
    expect((await run('export', 'ics', tmp.file, '--out', out, '--staff', sample.staff[0]?.id as string)).code).toBe(0);
    expect((await run('export', 'ics', tmp.file, '--out', out, '--book')).code).toBe(0);
    expect((await readdir(out)).sort()).toEqual([`group-${sample.groups[0]?.id}.ics`, `program-${sample.id}.ics`, `staff-${sample.staff[0]?.id}.ics`].sort());
  });
});

describe('ivlp export pdf', () => {
  test('a printer failure leaves no file and no temp file behind', async () => {
    const out = join(tmp.dir, 'pdf');
    const failing: Printer = {
      print: () => Promise.reject(new Error('the printer caught fire')),
      close: () => Promise.resolve(),
    };
    let err = '';
    const code = await runExport(['pdf', tmp.file, '--out', out, '--all'], { out: () => undefined, err: (t) => void (err += t) }, { createPrinter: () => Promise.resolve(failing) });
    expect(code).toBe(2);
    expect(err).toMatch(/the printer caught fire\. No file was written/);
    expect(await readdir(out).catch(() => [])).toEqual([]);
  });

  test('--participant prints one PDF with Chromium', async () => {
    const out = join(tmp.dir, 'pdf');
    const p = sample.participants[5];
    const result = await run('export', 'pdf', tmp.file, '--out', out, '--participant', p?.id as string, '--paper', 'letter', '--issued', '2024-04-22', '--version', '2');
    expect(result.code, result.err).toBe(0);
    expect(await readdir(out)).toEqual([`itinerary-${p?.id}.pdf`]);
    const text = (await pdfText(join(out, `itinerary-${p?.id}.pdf`), { first: 1, last: 1 })).replace(/\s+/g, ' ');
    expect(text).toContain(`${p?.givenName} ${p?.familyName}`);
    expect(text).toContain('Issued 22 April 2024, version 2');
  });

  test('--all-staff, --partners and --meals (with a fake printer): one file per staff member, per visited city, per city with meals', async () => {
    const { PDFDocument } = await import('pdf-lib');
    const printed: string[] = [];
    // A printer that "prints" one page per document start marker (and one per stamp), so the split runs for real.
    const fake: Printer = {
      async print(html) {
        printed.push(html);
        const doc = await PDFDocument.create();
        const starts = html.includes('class="s"') ? html.split('class="s"').length - 1 : 0;
        const markers = [...html.matchAll(/href="(https:\/\/split\.ivlp\.invalid\/[^"]+)"/g)].map((m) => m[1] as string);
        for (let i = 0; i < (starts || markers.length); i++) {
          const page = doc.addPage();
          page.drawRectangle({ x: 0, y: 0, width: 1, height: 1 }); // a page with content, as Chromium's always are
          const uri = markers[i];
          if (!starts && uri) page.node.set(PDFName.of('Annots'), doc.context.obj([doc.context.obj({ Type: 'Annot', Subtype: 'Link', Rect: [0, 0, 1, 1], A: { S: 'URI', URI: PDFString.of(uri) } })]));
        }
        return doc.save();
      },
      close: () => Promise.resolve(),
    };
    const { PDFName, PDFString } = await import('pdf-lib');
    const io = { out: () => undefined, err: () => undefined };
    const out = join(tmp.dir, 'bulk');
    expect(await runExport(['pdf', tmp.file, '--out', out, '--all-staff'], io, { createPrinter: () => Promise.resolve(fake) })).toBe(0);
    expect((await readdir(out)).sort()).toEqual(sample.staff.map((s) => `staff-${s.id}.pdf`).sort());
    expect(await runExport(['pdf', tmp.file, '--out', join(tmp.dir, 'partners'), '--partners'], io, { createPrinter: () => Promise.resolve(fake) })).toBe(0);
    expect(await readdir(join(tmp.dir, 'partners'))).toEqual(expect.arrayContaining(['partner-washington.pdf', 'partner-tucson.pdf', 'partner-cleveland.pdf', 'partner-new-york.pdf']));
    expect(await runExport(['pdf', tmp.file, '--out', join(tmp.dir, 'meals'), '--meals'], io, { createPrinter: () => Promise.resolve(fake) })).toBe(0);
    expect(await readdir(join(tmp.dir, 'meals'))).toEqual(expect.arrayContaining(['meals-washington.pdf', 'meals-tucson.pdf']));
    expect(await runExport(['pdf', tmp.file, '--out', join(tmp.dir, 'fr'), '--participant', 'p-ma-bennani', '--lang', 'fr'], io, { createPrinter: () => Promise.resolve(fake) })).toBe(0);
    expect(printed.some((html) => html.includes('Itinéraire personnel'))).toBe(true);
  });
});

describe('ivlp list', () => {
  test('prints the ids export takes, each with a name; one kind; JSON', async () => {
    const all = await run('list', tmp.file);
    expect(all.code).toBe(0);
    for (const heading of ['groups (4):', 'participants (56):', `staff (${sample.staff.length}):`, `cities (${sample.cities.length}):`]) expect(all.out).toContain(heading);
    expect(all.out).toMatch(/p-ua-kovalenko\s+Олена Коваленко \(Olena Kovalenko\)\s+\(Ukraine\)/);
    const cities = await run('list', tmp.file, 'cities');
    expect(cities.out.split('\n')[0]).toMatch(/^washington\s+Washington, DC\s+\(America\/New_York\)$/);
    const json = await run('list', tmp.file, 'groups', '--json');
    expect(JSON.parse(json.out)).toEqual(sample.groups.map((g) => ({ id: g.id, name: g.name, detail: `${g.participantIds.length} participants, ${g.staffIds.length} staff` })));
  });

  test('an unknown kind or a missing file exits 2 with the reason', async () => {
    expect(await run('list', tmp.file, 'hotels')).toMatchObject({ code: 2, err: expect.stringMatching(/unknown kind "hotels"/) });
    expect(await run('list')).toMatchObject({ code: 2, err: expect.stringMatching(/list needs a program file/) });
    expect(await run('list', join(tmp.dir, 'nope.ivlp.json'))).toMatchObject({ code: 2 });
  });
});
