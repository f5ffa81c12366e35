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
});
