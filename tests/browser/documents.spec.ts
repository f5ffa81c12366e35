/** The document actions: a file that cannot be opened, New and Open through main's dialogs. */
import { copyFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { eventEl, waitForCalendarReady } from './calendar-driver';
import { expect, test } from './harness';
import { dstProgramFile, sampleProgramFile, truncatedProgramFile } from './programs';

test('a program file that cannot be opened shows why, and New creates a program through main’s dialog', async ({ page, harness }) => {
  const app = await harness({ programFile: truncatedProgramFile(), fileName: 'damaged.ivlp.json' });
  await app.open();
  await expect(page.locator('.empty-state')).toContainText('No program open');
  await expect(page.locator('.empty-state [role=alert]')).toContainText('damaged.ivlp.json could not be opened');
  // No backup beside it: nothing to recover.
  await expect(page.getByRole('button', { name: 'Open backup copy' })).toHaveCount(0);

  const target = app.documentPath('Fresh start.ivlp.json');
  app.dialogs.save.push(target);
  await page.getByRole('button', { name: 'New program' }).click();
  await expect(page.locator('.program-title')).toHaveText('Fresh start');
  await waitForCalendarReady(page);
  expect(existsSync(target)).toBe(true);
  await expect(page.locator('.status-bar')).toContainText('0 activities');
});

test('a damaged file whose backup loads offers “Open backup copy”, which opens it as a new file and leaves the damaged one as it was', async ({ page, harness }) => {
  const app = await harness({ programFile: truncatedProgramFile(), fileName: 'damaged.ivlp.json' });
  const damaged = await app.readProgramText();
  await app.open();
  await expect(page.getByRole('button', { name: 'Open backup copy' })).toHaveCount(0);
  // The backup appears (as after a save that was interrupted), then the app starts again.
  await copyFile(sampleProgramFile(), `${app.programPath}.bak`);
  await app.restart();
  await expect(page.locator('.empty-state [role=alert]')).toContainText('A backup saved');
  await page.getByRole('button', { name: 'Open backup copy' }).click();
  await expect(page.locator('.program-title')).toHaveText('Towards a More Safe and Secure World 2024');
  await waitForCalendarReady(page);
  await expect(page.locator('.toolbar .file-name')).toContainText('damaged (recovered from backup)');
  expect(existsSync(app.documentPath('damaged (recovered from backup).ivlp.json'))).toBe(true);
  expect(await app.readProgramText()).toBe(damaged);
});

test('Open… replaces the program with the one chosen in main’s dialog; Cancel keeps it', async ({ page, harness }) => {
  const app = await harness({ programFile: sampleProgramFile() });
  await app.open();
  const docBefore = await page.evaluate(() => document.documentElement.dataset.docId);

  // An empty dialog queue answers Cancel: nothing changes.
  await page.getByRole('button', { name: 'Open…' }).click();
  await expect(page.locator('.program-title')).toHaveText('Towards a More Safe and Secure World 2024');

  app.dialogs.open.push(await app.addDocument(dstProgramFile(), 'dst.ivlp.json'));
  await page.getByRole('button', { name: 'Open…' }).click();
  await expect(page.locator('.program-title')).toHaveText('DST week');
  await waitForCalendarReady(page);
  await expect(eventEl(page, 'a-late')).toContainText('Late-night briefing');
  expect(await page.evaluate(() => document.documentElement.dataset.docId)).not.toBe(docBefore);
  await expect(page.locator('.status-bar')).toContainText('1 activity');
});
