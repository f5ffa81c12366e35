/**
 * The calendar without a mouse: Tab reaches the events, Enter selects one, the arrow keys move it
 * (each press one undoable command, saved to disk), Ctrl+D duplicates, Delete removes, and N opens
 * the create form, which Tab, Enter and Escape operate entirely. Every assertion is on the bytes saved.
 */
import type { Page } from '@playwright/test';
import type { Program } from '../../src/shared/program/schema';
import { eventEl, revisionOf, waitForSavedAfter } from './calendar-driver';
import { expect, test } from './harness';
import { activityIn, sampleProgramFile, type Scheduled } from './programs';

const OPENING = 'a-dc-010'; // Tue 2024-04-30 09:00-10:30, America/New_York

const focusedEventId = (page: Page) => page.evaluate(() => (document.activeElement as HTMLElement | null)?.closest<HTMLElement>('[data-event-id]')?.dataset.eventId ?? null);

/** Presses Tab until the event has the keyboard focus, as a keyboard user does. */
async function tabTo(page: Page, id: string): Promise<number> {
  for (let presses = 1; presses <= 400; presses++) {
    await page.keyboard.press('Tab');
    if ((await focusedEventId(page)) === id) return presses;
  }
  throw new Error(`Tab never reached ${id}`);
}

test('Tab reaches an event, Enter selects it, → then ↓ move it a day and 15 minutes on disk; two undos restore the bytes', async ({ page, harness }) => {
  const app = await harness({ programFile: sampleProgramFile() });
  await app.open();
  const original = await app.readProgramText();
  expect(activityIn(original, OPENING).timing.start).toBe('2024-04-30T09:00:00-04:00[America/New_York]');

  await tabTo(page, OPENING);
  await page.keyboard.press('Enter');
  await expect(page.locator('aside.inspector')).toHaveAttribute('data-activity-id', OPENING);
  await expect(eventEl(page, OPENING)).toHaveAttribute('data-selected', 'true');
  await expect(page.locator('aside.inspector .shortcut-help')).toContainText('← → 1 day');

  let revision = await revisionOf(page);
  await page.keyboard.press('ArrowRight');
  revision = await waitForSavedAfter(page, revision);
  expect(activityIn(await app.readProgramText(), OPENING).timing.start).toBe('2024-05-01T09:00:00-04:00[America/New_York]');
  // The moved block is drawn anew; the focus follows it so the next press works on it.
  await expect.poll(() => focusedEventId(page)).toBe(OPENING);

  await page.keyboard.press('ArrowDown');
  revision = await waitForSavedAfter(page, revision);
  const moved = activityIn(await app.readProgramText(), OPENING);
  expect(moved.timing).toEqual({ kind: 'scheduled', start: '2024-05-01T09:15:00-04:00[America/New_York]', end: '2024-05-01T10:45:00-04:00[America/New_York]' });
  await expect(page.getByTestId('undo')).toContainText(`Undo Move “${moved.title}”`);

  await page.keyboard.press('Control+z');
  revision = await waitForSavedAfter(page, revision);
  expect(activityIn(await app.readProgramText(), OPENING).timing.start).toBe('2024-05-01T09:00:00-04:00[America/New_York]');
  await page.keyboard.press('Control+z');
  revision = await waitForSavedAfter(page, revision);
  expect(await app.readProgramText()).toBe(original);

  // An arrow pressed on a sidebar button (still selected) moves nothing.
  await page.locator('.sidebar [data-lens-kind="everyone"]').focus();
  await page.keyboard.press('ArrowRight');
  await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 500)));
  expect(await revisionOf(page)).toBe(revision);
  expect(await app.readProgramText()).toBe(original);
  await tabTo(page, OPENING);

  // Escape clears the selection (a view change: redo is still there).
  await page.keyboard.press('Escape');
  await expect(page.locator('.calendar [data-selected]')).toHaveCount(0);
  await expect(page.getByTestId('redo')).toContainText('Redo Move');
});

test('a nudge that would leave the program is refused in the banner and nothing is saved', async ({ page, harness }) => {
  const app = await harness({ programFile: sampleProgramFile() });
  await app.open();
  const original = await app.readProgramText();
  // The orientation opens the program on its first day, 2024-04-29.
  const orientation = activityIn(original, 'a-dc-003');
  await tabTo(page, orientation.id);
  await page.keyboard.press('Enter');
  const revision = await revisionOf(page);
  await page.keyboard.press('ArrowLeft');
  await expect(page.getByRole('alert')).toContainText(`Cannot move “${orientation.title}”: it would start on 2024-04-28, before the program begins (2024-04-29)`);
  expect(await revisionOf(page)).toBe(revision);
  expect(await app.readProgramText()).toBe(original);
});

test('N opens the create form; Tab stays inside it, Escape closes it, Enter creates the activity on disk', async ({ page, harness }) => {
  const app = await harness({ programFile: sampleProgramFile() });
  await app.open();
  const original = await app.readProgramText();
  const before = JSON.parse(original) as Program;
  const form = page.getByRole('dialog', { name: 'New activity' });

  await page.keyboard.press('n');
  await expect(form).toBeVisible();
  await expect(form.getByLabel('Title')).toBeFocused();
  // The week opens on Monday 2024-04-29, the program's first day.
  await expect(form.getByLabel('Starts')).toHaveValue('2024-04-29T09:00');
  await expect(form.getByLabel('Ends')).toHaveValue('2024-04-29T10:00');
  // Focus trap: Shift+Tab from the first field wraps to the last button, Tab wraps back.
  await page.keyboard.press('Shift+Tab');
  await expect(form.getByRole('button', { name: 'Create' })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(form.getByLabel('Title')).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(form).toBeHidden();
  expect(await app.readProgramText()).toBe(original);

  await page.keyboard.press('n');
  await expect(form.getByLabel('Title')).toBeFocused();
  await page.keyboard.type('Call with the embassy');
  await page.keyboard.press('Tab');
  await expect(form.getByLabel('Type')).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(form.getByLabel('Starts')).toBeFocused();
  const revision = await revisionOf(page);
  // Enter from any field creates.
  await page.keyboard.press('Enter');
  await waitForSavedAfter(page, revision);
  await expect(form).toBeHidden();

  const after = JSON.parse(await app.readProgramText()) as Program;
  expect(after.activities).toHaveLength(before.activities.length + 1);
  const created = after.activities.find((a) => a.title === 'Call with the embassy');
  if (!created || created.type !== 'meeting') throw new Error('the activity was not saved as a meeting');
  expect(created.timing).toEqual({ kind: 'scheduled', start: '2024-04-29T09:00:00-04:00[America/New_York]', end: '2024-04-29T10:00:00-04:00[America/New_York]' });
  expect(created.status).toBe('tentative');
  await expect(page.locator('aside.inspector')).toHaveAttribute('data-activity-id', created.id);
  await expect(eventEl(page, created.id)).toBeVisible();
});

test('the New activity button opens the same form and edited times are used', async ({ page, harness }) => {
  const app = await harness({ programFile: sampleProgramFile() });
  await app.open();
  const form = page.getByRole('dialog', { name: 'New activity' });
  await page.getByRole('button', { name: 'New activity' }).press('Enter');
  await expect(form.getByLabel('Title')).toBeFocused();
  await page.keyboard.type('Site survey');
  await form.getByLabel('Starts').fill('2024-05-02T19:30');
  await form.getByLabel('Ends').fill('2024-05-02T19:00');
  await form.getByLabel('Ends').press('Enter');
  await expect(form.getByRole('alert')).toHaveText('The end must be after the start');
  await form.getByLabel('Ends').fill('2024-05-02T20:45');
  const revision = await revisionOf(page);
  await form.getByLabel('Ends').press('Enter');
  await waitForSavedAfter(page, revision);
  const created = (JSON.parse(await app.readProgramText()) as Program).activities.find((a) => a.title === 'Site survey');
  expect(created?.timing).toEqual({ kind: 'scheduled', start: '2024-05-02T19:30:00-04:00[America/New_York]', end: '2024-05-02T20:45:00-04:00[America/New_York]' });
});

test('Ctrl+D duplicates the selection in place, arrows move the copy, Delete removes it; the inspector deletes too; undo restores the bytes', async ({ page, harness }) => {
  const app = await harness({ programFile: sampleProgramFile() });
  await app.open();
  const original = await app.readProgramText();
  const opening = activityIn(original, OPENING);

  await tabTo(page, OPENING);
  await page.keyboard.press('Enter');
  let revision = await revisionOf(page);
  await page.keyboard.press('Control+d');
  revision = await waitForSavedAfter(page, revision);
  const added = (JSON.parse(await app.readProgramText()) as Program).activities.filter((a) => !(JSON.parse(original) as Program).activities.some((o) => o.id === a.id));
  expect(added).toHaveLength(1);
  const copy = added[0] as Scheduled;
  expect({ ...copy, id: OPENING }).toEqual(opening);
  await expect(page.getByTestId('undo')).toContainText(`Undo Copy “${opening.title}”`);
  // The copy is the selection now: → moves it, not the original.
  await expect(page.locator('aside.inspector')).toHaveAttribute('data-activity-id', copy.id);
  await page.keyboard.press('ArrowRight');
  revision = await waitForSavedAfter(page, revision);
  expect(activityIn(await app.readProgramText(), copy.id).timing.start).toBe('2024-05-01T09:00:00-04:00[America/New_York]');
  expect(activityIn(await app.readProgramText(), OPENING)).toEqual(opening);

  await page.keyboard.press('Delete');
  revision = await waitForSavedAfter(page, revision);
  expect((JSON.parse(await app.readProgramText()) as Program).activities.some((a) => a.id === copy.id)).toBe(false);
  await expect(page.locator(`.calendar [data-event-id="${copy.id}"]`)).toHaveCount(0);

  // A single activity's Delete button in the inspector.
  await eventEl(page, OPENING).click();
  await page.locator('aside.inspector').getByRole('button', { name: 'Delete', exact: true }).click();
  revision = await waitForSavedAfter(page, revision);
  expect((JSON.parse(await app.readProgramText()) as Program).activities.some((a) => a.id === OPENING)).toBe(false);

  for (let i = 0; i < 4; i++) {
    await page.keyboard.press('Control+z');
    revision = await waitForSavedAfter(page, revision);
  }
  expect(await app.readProgramText()).toBe(original);
});
