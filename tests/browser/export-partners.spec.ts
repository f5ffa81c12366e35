/**
 * The Export dialog's new choices: a city's partner packet, every staff member, and an itinerary in
 * English beside another language; and the inspector's Translations box, whose edits are saved.
 */
import { existsSync } from 'node:fs';
import { mkdir, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Program } from '../../src/shared/program/schema';
import { eventEl, revisionOf, waitForSavedAfter } from './calendar-driver';
import { expect, test } from './harness';
import { activityIn, firstPlenary, sampleProgramFile } from './programs';

const SCREENSHOTS = new URL('../../test-results/', import.meta.url).pathname;

test('exports a city’s partner packet and all staff itineraries; a second language is offered for itineraries only', async ({ page, harness }) => {
  const app = await harness({ programFile: sampleProgramFile() });
  await app.open();
  await page.getByRole('button', { name: 'Export…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export' });
  const cities = dialog.getByRole('combobox', { name: 'Which city' });
  await expect(cities.getByRole('option', { name: 'Istanbul' })).toHaveCount(0); // no group spends time there
  await cities.selectOption({ label: 'Tucson, AZ' });
  await expect(dialog.getByRole('radio', { name: 'One city’s packet' })).toBeChecked();
  // Packets are PDFs in English: no calendar, no second language.
  await expect(dialog.getByRole('radio', { name: /iCalendar/ })).toBeDisabled();
  await expect(dialog.getByRole('combobox', { name: 'Second language' })).toBeDisabled();
  await dialog.screenshot({ path: join(SCREENSHOTS, 'export-dialog-partner.png') });
  const folder = join(app.dir, 'Partners');
  await mkdir(folder);
  app.dialogs.folders.push(folder);
  await dialog.getByRole('button', { name: 'Export…' }).click();
  await expect(dialog.getByRole('status')).toHaveText('1 city packet written to Partners', { timeout: 60_000 });
  expect(existsSync(join(folder, 'partner-tucson.pdf'))).toBe(true);

  await dialog.getByRole('radio', { name: /All staff/ }).check();
  await expect(dialog.getByRole('combobox', { name: 'Second language' })).toBeEnabled();
  await dialog.getByRole('combobox', { name: 'Second language' }).selectOption('fr');
  await dialog.screenshot({ path: join(SCREENSHOTS, 'export-dialog-staff-fr.png') });
  const staffFolder = join(app.dir, 'Staff');
  await mkdir(staffFolder);
  app.dialogs.folders.push(staffFolder);
  await dialog.getByRole('button', { name: 'Export…' }).click();
  const program = JSON.parse(await app.readProgramText()) as Program;
  await expect(dialog.getByRole('status')).toHaveText(`${program.staff.length} itineraries written to Staff`, { timeout: 120_000 });
  expect((await readdir(staffFolder)).sort()).toEqual(program.staff.map((s) => `staff-${s.id}.pdf`).sort());
});

test('a translated title and notes typed in the inspector are saved to the file', async ({ page, harness }) => {
  const app = await harness({ programFile: sampleProgramFile() });
  await app.open();
  const plenary = firstPlenary(JSON.parse(await app.readProgramText()) as Program);
  await eventEl(page, plenary.id).click();
  const inspector = page.locator('aside.inspector');
  await expect(inspector).toHaveAttribute('data-activity-id', plenary.id);
  let revision = await revisionOf(page);
  await inspector.getByTestId('translation-language').selectOption('es');
  const title = inspector.getByTestId('translation-title');
  await title.fill('Sesión plenaria de bienvenida');
  await title.press('Enter');
  revision = await waitForSavedAfter(page, revision);
  await inspector.getByTestId('translation-notes').fill('Traiga su pasaporte.');
  await inspector.getByTestId('translation-title').focus(); // blur commits the notes
  await waitForSavedAfter(page, revision);
  const saved = activityIn(await app.readProgramText(), plenary.id).translations.find((t) => t.language === 'es');
  expect(saved).toEqual({ language: 'es', title: 'Sesión plenaria de bienvenida', notes: 'Traiga su pasaporte.' });
  await inspector.locator('.translations').screenshot({ path: join(SCREENSHOTS, 'inspector-translations.png') });
});
