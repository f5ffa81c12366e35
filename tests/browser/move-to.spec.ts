/**
 * Keyboard users' drag and the read-only state: M (or Move to… in the inspector) moves the selected
 * activity to a typed date and time, in the time format of the settings; a read-only file offers no
 * drag at all, so there is nothing for main to refuse.
 */
import { eventEl, revisionOf, waitForCalendarReady, waitForSavedAfter } from './calendar-driver';
import { expect, test } from './harness';
import { activityIn, firstPlenary, futureVersionSampleFile, readSample, sampleProgramFile } from './programs';

const length = (t: { start: string; end: string }) => Date.parse(t.end.slice(0, 25)) - Date.parse(t.start.slice(0, 25));

test('M moves the selection to a date and time typed in 12-hour time, keeping its length', async ({ page, harness }) => {
  const app = await harness({ programFile: sampleProgramFile(), settings: { timeFormat: '12h' } });
  await app.open();
  const plenary = firstPlenary(readSample());
  await eventEl(page, plenary.id).focus();
  await page.keyboard.press('Enter');
  await page.keyboard.press('m');
  const dialog = page.getByRole('dialog', { name: /^Move “/ });
  await expect(dialog.getByRole('textbox', { name: 'New start, time' })).toHaveValue(/^\d{1,2}:\d\d [AP]M$/);
  await dialog.getByRole('textbox', { name: 'New start, date' }).fill('Thu, May 2, 2024');
  await dialog.getByRole('textbox', { name: 'New start, time' }).fill('2:30 pm');
  const revision = await revisionOf(page);
  await dialog.getByRole('textbox', { name: 'New start, time' }).press('Enter');
  await waitForSavedAfter(page, revision);
  await expect(dialog).toBeHidden();
  const moved = activityIn(await app.readProgramText(), plenary.id);
  expect(moved.timing.start).toBe('2024-05-02T14:30:00-04:00[America/New_York]');
  expect(length(moved.timing)).toBe(length(plenary.timing));

  // A date that is not one is refused in the dialog, which stays open.
  await page.locator('.inspector .move-to').click();
  await dialog.getByRole('textbox', { name: 'New start, date' }).fill('Feb 30');
  await dialog.getByRole('button', { name: 'Move' }).click();
  await expect(dialog.getByRole('alert')).toContainText('is not a date and a time');
});

test('a read-only file offers nothing to drag: the calendar does not move and main is never asked', async ({ page, harness }) => {
  const app = await harness({ programFile: futureVersionSampleFile() });
  await app.open();
  await waitForCalendarReady(page);
  const plenary = firstPlenary(readSample());
  const before = await app.readProgramText();
  const box = await eventEl(page, plenary.id).boundingBox();
  if (!box) throw new Error('no plenary on the calendar');
  await page.mouse.move(box.x + box.width / 2, box.y + 5);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width / 2, box.y + 120, { steps: 8 });
  await expect(page.locator('.calendar [data-mirror]')).toHaveCount(0);
  await page.mouse.up();
  expect(await app.readProgramText()).toBe(before);
  expect(app.sentEvents.filter((e) => e.event === 'onSaveState')).toEqual([]);
  await expect(page.locator('.banner')).toHaveCount(0);
});
