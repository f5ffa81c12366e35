/** Export… from the toolbar: a group's itinerary PDF, written to the folder main's dialog picked. */
import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test } from './harness';
import { sampleProgramFile } from './programs';

const SCREENSHOTS = new URL('../../test-results/', import.meta.url).pathname;

test('exports the sample’s group itinerary as a PDF with progress, into the folder picked in main', async ({ page, harness }) => {
  const app = await harness({ programFile: sampleProgramFile() });
  await app.open();

  await page.getByRole('button', { name: 'Export…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export' });
  await expect(dialog).toBeVisible();
  await dialog.getByRole('combobox', { name: 'Which group' }).selectOption({ label: 'Border Security and Narcotics' });
  await expect(dialog.getByRole('radio', { name: 'A group' })).toBeChecked();
  await expect(dialog.getByRole('radio', { name: 'PDF itineraries' })).toBeChecked();
  await dialog.getByRole('combobox', { name: 'Paper size' }).selectOption('letter');
  await dialog.screenshot({ path: join(SCREENSHOTS, 'export-dialog.png') });

  const folder = join(app.dir, 'Group itineraries');
  await mkdir(folder);
  app.dialogs.folders.push(folder);
  await dialog.getByRole('button', { name: 'Export…' }).click();

  await expect(dialog.getByRole('status')).toHaveText('1 itinerary written to Group itineraries', { timeout: 30_000 });
  await dialog.screenshot({ path: join(SCREENSHOTS, 'export-dialog-done.png') });
  const progress = app.sentEvents.filter((e) => e.event === 'onExportProgress').map((e) => e.payload as { phase: string; done: number; total: number });
  expect(progress.map((p) => p.phase)).toEqual(expect.arrayContaining(['print', 'split']));
  expect(progress.at(-1)).toMatchObject({ phase: 'write', done: 1, total: 1 });

  const file = join(folder, 'group-g-border.pdf');
  expect(existsSync(file)).toBe(true);
  expect((await readFile(file)).subarray(0, 5).toString('latin1')).toBe('%PDF-');

  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('button', { name: 'Export…' })).toBeFocused();
});

test('Cancel export stops a batch of every participant and leaves the folder empty', async ({ page, harness }) => {
  const app = await harness({ programFile: sampleProgramFile() });
  await app.open();
  await page.getByRole('button', { name: 'Export…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export' });
  await expect(dialog.getByRole('radio', { name: /All participants/ })).toBeChecked();

  const folder = join(app.dir, 'Everyone');
  await mkdir(folder);
  app.dialogs.folders.push(folder);
  await dialog.getByRole('button', { name: 'Export…' }).click();
  // Printing 56 itineraries takes seconds: long enough to see the bar and cancel.
  await expect(dialog.getByRole('progressbar', { name: 'Export progress' })).toBeVisible();
  await dialog.screenshot({ path: join(SCREENSHOTS, 'export-dialog-progress.png') });
  await dialog.getByRole('button', { name: 'Cancel export' }).click();
  await expect(dialog.getByRole('alert')).toHaveText('Export cancelled; no file was written.');
  expect(await readdir(folder)).toEqual([]);
  // Escape closes the dialog once nothing runs.
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
});
