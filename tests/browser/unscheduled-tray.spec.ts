/**
 * The Unscheduled tray: "Unschedule" in the inspector sends an activity there (saved to disk),
 * "Schedule at" puts it back on the calendar by keyboard, and undo restores the file byte for byte.
 */
import type { Program } from '../../src/shared/program/schema';
import { dragTrayItemToCell, dragTrayItemToSlot, eventEl, revisionOf, waitForSavedAfter } from './calendar-driver';
import { expect, test } from './harness';
import { sampleProgramFile, type Scheduled } from './programs';

test('unscheduling sends an activity to the tray and scheduling from the tray puts it back; undo restores the file', async ({ page, harness }) => {
  const app = await harness({ programFile: sampleProgramFile() });
  await app.open();
  const original = await app.readProgramText();
  const plenary = (JSON.parse(original) as Program).activities.find(
    (a): a is Scheduled => a.type === 'plenary' && a.timing.kind === 'scheduled',
  );
  if (!plenary) throw new Error('the sample has no scheduled plenary');
  const inspector = page.locator('aside.inspector');

  await eventEl(page, plenary.id).click();
  let revision = await revisionOf(page);
  await inspector.getByRole('button', { name: 'Unschedule' }).click();
  revision = await waitForSavedAfter(page, revision);
  const off = (JSON.parse(await app.readProgramText()) as Program).activities.find((a) => a.id === plenary.id);
  expect(off?.timing.kind).toBe('unscheduled');
  await expect(page.locator(`.calendar [data-event-id="${plenary.id}"]`)).toHaveCount(0);
  const tray = inspector.getByRole('region', { name: 'Unscheduled activities' });
  await expect(tray.locator(`[data-tray-id="${plenary.id}"]`)).toBeVisible();

  await tray.locator(`[data-tray-id="${plenary.id}"]`).click();
  await inspector.getByLabel(/^Schedule at/).fill(plenary.timing.start.slice(0, 16));
  await inspector.getByLabel(/^Schedule at/).press('Enter');
  revision = await waitForSavedAfter(page, revision);
  const back = (JSON.parse(await app.readProgramText()) as Program).activities.find((a) => a.id === plenary.id);
  expect(back?.timing).toEqual(plenary.timing);
  await expect(eventEl(page, plenary.id)).toBeVisible();

  await inspector.locator('.inspector-title').click();
  await page.keyboard.press('Control+z');
  revision = await waitForSavedAfter(page, revision);
  await page.keyboard.press('Control+z');
  await waitForSavedAfter(page, revision);
  expect(await app.readProgramText()).toBe(original);
});

test('dragging an activity from the tray onto the calendar schedules it there, keeping its duration', async ({ page, harness }) => {
  const app = await harness({ programFile: sampleProgramFile() });
  await app.open();
  const plenary = (JSON.parse(await app.readProgramText()) as Program).activities.find(
    (a): a is Scheduled => a.type === 'plenary' && a.timing.kind === 'scheduled',
  );
  if (!plenary) throw new Error('the sample has no scheduled plenary');
  const inspector = page.locator('aside.inspector');
  await eventEl(page, plenary.id).click();
  let revision = await revisionOf(page);
  await inspector.getByRole('button', { name: 'Unschedule' }).click();
  revision = await waitForSavedAfter(page, revision);

  const date = plenary.timing.start.slice(0, 10);
  await dragTrayItemToSlot(page, inspector.locator(`[data-tray-id="${plenary.id}"]`), date, '12:00:00');
  await waitForSavedAfter(page, revision);

  const placed = (JSON.parse(await app.readProgramText()) as Program).activities.find((a) => a.id === plenary.id);
  if (placed?.timing.kind !== 'scheduled') throw new Error('the activity was not scheduled');
  expect(placed.timing.start.slice(0, 16)).toBe(`${date}T12:00`);
  expect(Date.parse(placed.timing.end.slice(0, 25)) - Date.parse(placed.timing.start.slice(0, 25))).toBe(
    Date.parse(plenary.timing.end.slice(0, 25)) - Date.parse(plenary.timing.start.slice(0, 25)),
  );
  await expect(eventEl(page, plenary.id)).toBeVisible();
});

test('a hotel stay dragged from the tray onto a day of the Hotels row checks in there at 15:00, keeping its length; a meeting cannot go there', async ({ page, harness }) => {
  const app = await harness({ programFile: sampleProgramFile() });
  await app.open();
  const original = await app.readProgramText();
  const stay = (JSON.parse(original) as Program).activities.find((a) => a.id === 'a-bor-004');
  if (stay?.timing.kind !== 'scheduled') throw new Error('the sample has no scheduled hotel stay a-bor-004');
  await page.locator('.sidebar [data-lens-kind="group"][data-lens-id="g-border"]').click();
  const inspector = page.locator('aside.inspector');

  await eventEl(page, stay.id).click();
  let revision = await revisionOf(page);
  await inspector.getByRole('button', { name: 'Unschedule' }).click();
  revision = await waitForSavedAfter(page, revision);

  // The all-day cell of Friday May 3 in the Hotels row: the day cell that is not the column header.
  const hotelsCell = page.locator('.calendar [data-date="2024-05-03"]:not([role=columnheader])').first();
  const dragTo = (trayId: string) => dragTrayItemToCell(page, inspector.locator(`[data-tray-id="${trayId}"]`), hotelsCell);
  await dragTo(stay.id);
  revision = await waitForSavedAfter(page, revision);
  const placed = (JSON.parse(await app.readProgramText()) as Program).activities.find((a) => a.id === stay.id);
  // 3 days 17 hours, as before: Fri 15:00 to Tue 08:00 in Phoenix.
  expect(placed?.timing).toEqual({ kind: 'scheduled', start: '2024-05-03T15:00:00-07:00[America/Phoenix]', end: '2024-05-07T08:00:00-07:00[America/Phoenix]' });
  await expect(eventEl(page, stay.id)).toBeVisible();

  // A meeting sent to the tray and dropped on the Hotels row stays in the tray.
  const meeting = 'a-bor-016';
  await page.getByRole('button', { name: /next/i }).click();
  await eventEl(page, meeting).click();
  await inspector.getByRole('button', { name: 'Unschedule' }).click();
  revision = await waitForSavedAfter(page, revision);
  await page.getByRole('button', { name: /^prev/i }).click();
  await dragTo(meeting);
  await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 500)));
  expect(await revisionOf(page)).toBe(revision);
  expect((JSON.parse(await app.readProgramText()) as Program).activities.find((a) => a.id === meeting)?.timing.kind).toBe('unscheduled');

  await inspector.locator('.inspector-title').first().click();
  for (let i = 0; i < 3; i++) {
    await page.keyboard.press('Control+z');
    revision = await waitForSavedAfter(page, revision);
  }
  expect(await app.readProgramText()).toBe(original);
});
