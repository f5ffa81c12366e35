/**
 * Settings in the real renderer over the real settings file: the time format changes every clock
 * at once (calendar axis, blocks, inputs' labels) and dark mode follows the operating system until
 * the planner picks one; both are written to settings.json and survive a restart.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { waitForCalendarReady } from './calendar-driver';
import { expect, test } from './harness';
import { sampleProgramFile } from './programs';

test('12-hour times everywhere at once, dark colors from the system or the setting, kept across a restart', async ({ page, harness }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  const app = await harness({ programFile: sampleProgramFile(), settings: { timeFormat: '24h', theme: 'system' } });
  await app.open();
  await expect(page.locator('html')).toHaveAttribute('data-color-scheme', 'dark');
  await page.emulateMedia({ colorScheme: 'light' });
  await expect(page.locator('html')).toHaveAttribute('data-color-scheme', 'light');

  await expect(page.locator('.calendar [data-event-id] .ev-time').first()).toHaveText(/^\d\d:\d\d/);
  await page.getByRole('button', { name: 'Settings…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Settings' });
  // A choice shows once main has written it.
  await dialog.getByRole('radio', { name: /^12-hour/ }).click();
  await expect(dialog.getByRole('radio', { name: /^12-hour/ })).toBeChecked();
  await dialog.getByRole('radio', { name: 'Dark' }).click();
  await expect(dialog.getByRole('radio', { name: 'Dark' })).toBeChecked();
  await expect(page.locator('html')).toHaveAttribute('data-color-scheme', 'dark');
  await expect(page.locator('.calendar [data-event-id] .ev-time').first()).toHaveText(/^\d{1,2}:\d\d( [AP]M)?.*\d{1,2}:\d\d [AP]M/); // a range, or a flight's two zones
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect.poll(async () => JSON.parse(await readFile(join(app.userData, 'settings.json'), 'utf8'))).toMatchObject({ timeFormat: '12h', theme: 'dark' });

  await app.restart();
  await waitForCalendarReady(page);
  await expect(page.locator('html')).toHaveAttribute('data-color-scheme', 'dark');
  await expect(page.locator('.calendar [data-event-id] .ev-time').first()).toHaveText(/[AP]M/);
});
