/**
 * City packets and meal host sheets, printed and read back: both name forms, the needs, the days,
 * and no phone or e-mail of any participant or staff member.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { buildTmssw2024Sample } from '../../../../../src/cli/sample/index';
import { createChromiumPrinter } from '../../../../../src/main/print/chromium-printer';
import { exportMealSheetPdfs, exportPacketPdfs } from '../../../../../src/main/print/export-pdf';
import type { Printer } from '../../../../../src/main/print/printer';
import { cityPacket, mealSheet } from '../../../../../src/shared/itinerary/index';
import { pageToPng, pdfText, squash } from '../helpers';

const program = buildTmssw2024Sample();
let printer: Printer;
let dir: string;
const people = [...program.participants, ...program.staff];

describe('partner packets and meal sheets in print', () => {
  beforeAll(async () => {
    printer = await createChromiumPrinter();
    dir = await mkdtemp(join(tmpdir(), 'ivlp-partner-'));
  });
  afterAll(async () => {
    await printer?.close();
    await rm(dir, { recursive: true, force: true });
  });

  test('a packet per city: names in both forms, position and organization, needs, the days; no phones or e-mails', async () => {
    const packets = ['cleveland', 'tucson'].map((id) => cityPacket(program, id));
    const files = await exportPacketPdfs(packets, { printer, outDir: dir, paper: 'letter', issue: null });
    expect(files.map((f) => f.path.split('/').at(-1))).toEqual(['partner-cleveland.pdf', 'partner-tucson.pdf']);
    const cleveland = await pdfText(files[0]?.path as string);
    expect(cleveland).toContain('Олена Коваленко (Olena Kovalenko)');
    expect(cleveland).toContain('Head of Unit, Cyber Police Department');
    expect(squash(cleveland)).toContain(squash('Gluten-free (coeliac disease).'));
    expect(cleveland).toContain('Days in the city');
    expect(cleveland).not.toContain('Tucson, AZ');
    for (const [i, file] of files.entries()) {
      const text = await pdfText(file.path);
      for (const p of people) {
        if (p.phone) expect(text.includes(p.phone), `${p.id}'s phone in ${file.path}`).toBe(false);
        if (p.email) expect(text.includes(p.email), `${p.id}'s e-mail in ${file.path}`).toBe(false);
      }
      for (const g of packets[i]?.groups ?? []) expect(text).toContain(g.name);
    }
    await pageToPng(files[0]?.path as string, 1, 'partner-cleveland-1');
    await pageToPng(files[0]?.path as string, 2, 'partner-cleveland-2');
  }, 120_000);

  test('a meal host sheet: each meal with its guest count and each guest’s needs', async () => {
    const [file] = await exportMealSheetPdfs([mealSheet(program, 'washington')], { printer, outDir: dir, paper: 'a4', issue: null });
    const text = await pdfText(file?.path as string);
    expect(text).toContain('Meal host sheet');
    expect(text).toContain('Welcome reception');
    expect(text).toMatch(/5\d guests/);
    expect(squash(text)).toContain(squash('Shellfish allergy (carries an epinephrine auto-injector).'));
    expect(text).toContain('Laila Al-Haddad)'); // pdftotext puts the opening parenthesis by the Arabic run
    await pageToPng(file?.path as string, 1, 'meals-washington-1');
  }, 120_000);
});
