/**
 * Import roster… from the toolbar, end to end: a Windows-1252, semicolon-separated CSV (as Excel
 * on Windows saves one) is picked in main's scripted open dialog, mapped and previewed in the
 * dialog, imported as one undoable edit, and undone byte for byte on disk.
 */
import { writeFile } from 'node:fs/promises';
import type { Participant, Program } from '../../src/shared/program/schema';
import { waitForSavedAfter, revisionOf } from './calendar-driver';
import { expect, test } from './harness';
import { sampleProgramFile } from './programs';

/** Windows-1252 bytes: every character here is in Latin-1, where the two agree. */
const ROSTER = Buffer.from(
  [
    'First name;Last name;Nationality;Mobile;Passport No.;Arrival;Group',
    'Lucía;Muñoz Pérez;Chile;0044 20 7946 0958;000123456;03/05/2024;Border Security and Narcotics',
    'Jürgen;Müller;Germany;+49 30 1234567;C01X00T47;04/05/2024;',
    'Renzo;Quispe Mamani;Peru;;;;',
    'Amélie;;France;;;03/05/2024;',
    'Søren;Nørby;Denmark;;;2024-02-30;',
    '',
  ].join('\r\n'),
  'latin1',
);

const participantsOf = (text: string): Participant[] => (JSON.parse(text) as Program).participants;

test('imports a Windows-1252 ; roster with accents, phone and passport as text, rejected rows listed, undone in one step', async ({ page, harness }, testInfo) => {
  const app = await harness({ programFile: sampleProgramFile() });
  await app.open();
  const original = await app.readProgramText();
  const rosterPath = app.documentPath('delegation.csv');
  await writeFile(rosterPath, ROSTER);
  app.dialogs.open.push(rosterPath);

  await page.getByRole('button', { name: 'Import roster…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Import roster' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByTestId('roster-format')).toHaveText('delegation.csv · CSV · Windows-1252 (Western European) · separated by semicolon (;) · 5 rows after the header');

  // The planner's guess: Passport No. is not a participant field, so it starts ignored.
  const passport = dialog.getByRole('combobox', { name: 'Field for column “Passport No.”' });
  await expect(passport).toHaveValue('ignore');
  await expect(dialog.getByRole('combobox', { name: 'Field for column “Nationality”' })).toHaveValue('country');
  await expect(dialog.getByRole('combobox', { name: 'Field for column “Mobile”' })).toHaveValue('phone');

  // 03/05/2024 reads both ways and nothing in the file settles it: no import until the planner says.
  await expect(dialog.getByRole('group', { name: 'How are the dates written?' })).toBeVisible();
  await expect(dialog.getByRole('button', { name: 'Import 2 participants' })).toBeDisabled();
  await dialog.getByRole('radio', { name: 'Day first: 03/05/2024 is 3 May 2024' }).check();

  await passport.selectOption({ label: 'Internal notes (never printed)' });
  await expect(dialog.getByTestId('count-new')).toHaveText('2 new');
  await expect(dialog.getByTestId('count-duplicates')).toHaveText('1 duplicate');
  await expect(dialog.getByTestId('count-rejected')).toHaveText('2 rejected');
  const rejected = dialog.getByRole('region', { name: 'Rejected rows (not imported)' });
  await expect(rejected.getByRole('listitem')).toHaveText(['Row 5 "Last name" (family name) is empty', 'Row 6 "Arrival" "2024-02-30" is not a real date']);
  await expect(dialog.getByRole('region', { name: 'Duplicates (not imported)' }).getByRole('listitem')).toHaveText([
    'Row 4 duplicate: Renzo Quispe Mamani (Peru) is already in the program as p-pe-quispe',
  ]);
  const table = dialog.getByRole('table', { name: 'First 2 of 2 participants to import' });
  await expect(table.getByRole('row').nth(1)).toHaveText(['2', 'Lucía', 'Muñoz Pérez', 'Chile', '0044 20 7946 0958', '2024-05-03', 'Border Security and Narcotics', '000123456'].join(''));
  await dialog.screenshot({ path: testInfo.outputPath('roster-import-preview.png') });

  const before = await revisionOf(page);
  await dialog.getByRole('button', { name: 'Import 2 participants' }).click();
  await expect(dialog.getByRole('status')).toHaveText('Imported 2 participants as one step; Undo takes them out again. 3 rows were not imported (listed below).');
  const saved = await waitForSavedAfter(page, before);
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('button', { name: 'Import roster…' })).toBeFocused();

  const known = new Set(participantsOf(original).map((p) => p.id));
  const imported = await app.readProgramText();
  const added = participantsOf(imported).filter((p) => !known.has(p.id));
  const blank = { languages: [], email: '', departure: null, position: '', organization: '', interpretation: null, dietaryNotes: '', accessibilityNotes: '', passportName: '' };
  expect(added).toEqual([
    { ...blank, id: 'p-munoz-perez-lucia', givenName: 'Lucía', familyName: 'Muñoz Pérez', country: 'Chile', phone: '0044 20 7946 0958', internalNotes: '000123456', arrival: '2024-05-03' },
    { ...blank, id: 'p-muller-jurgen', givenName: 'Jürgen', familyName: 'Müller', country: 'Germany', phone: '+49 30 1234567', internalNotes: 'C01X00T47', arrival: '2024-05-04' },
  ]);
  const border = (JSON.parse(imported) as Program).groups.find((g) => g.name === 'Border Security and Narcotics');
  expect(border?.participantIds).toContain('p-munoz-perez-lucia');
  await expect(page.getByTestId('undo')).toHaveText('Undo Import roster (2 participants)');

  await page.keyboard.press('Control+z');
  await waitForSavedAfter(page, saved);
  expect(await app.readProgramText()).toBe(original);
});

test('a file that is not a roster is refused with the reason; Escape and a cancelled file dialog import nothing', async ({ page, harness }) => {
  const app = await harness({ programFile: sampleProgramFile() });
  await app.open();
  const binary = app.documentPath('scan.csv');
  await writeFile(binary, Buffer.from([0x25, 0x50, 0x44, 0x46, 0x00, 0x01, 0x02, 0xff, 0x00]));
  app.dialogs.open.push(binary);

  await page.getByRole('button', { name: 'Import roster…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Import roster' });
  await expect(dialog.getByRole('alert')).toHaveText('scan.csv is not a CSV or XLSX roster: it is not a text file (it contains binary data).');
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('button', { name: 'Import roster…' })).toBeFocused();

  // Cancelling the file dialog (an empty queue) imports nothing and leaves no dialog behind.
  const revision = await revisionOf(page);
  await page.getByRole('button', { name: 'Import roster…' }).click();
  await expect(dialog).toBeHidden();
  expect(await revisionOf(page)).toBe(revision);
});
