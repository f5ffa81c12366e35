/**
 * Direct manipulation on the calendar with the mouse, end to end on real files: Shift-click builds
 * a selection and dragging one of it moves all by the same distance (one undo step), Alt-drag
 * copies, and a drag onto the Unscheduled tray unschedules. Every assertion is on the bytes saved.
 */
import type { Page } from '@playwright/test';
import type { Program } from '../../src/shared/program/schema';
import { dragEventTo, eventEl, revisionOf, waitForSavedAfter } from './calendar-driver';
import { expect, test } from './harness';
import { activityIn, sampleProgramFile, type Scheduled } from './programs';

// Plenaries of the sample's opening week in Washington (America/New_York, EDT all week).
const OPENING = 'a-dc-010'; // Tue 2024-04-30 09:00-10:30
const PANEL = 'a-dc-019'; // Wed 2024-05-01 11:00-12:30
const PARTNERSHIPS = 'a-dc-031'; // Thu 2024-05-02 09:00-10:30

const selectedIds = (page: Page) =>
  page.locator('.calendar [data-selected="true"]').evaluateAll((els) => [...new Set(els.map((el) => (el as HTMLElement).dataset.eventId))].sort());

test('Shift-click selects two events; dragging one moves both by the same delta in one undo step', async ({ page, harness }) => {
  const app = await harness({ programFile: sampleProgramFile() });
  await app.open();
  const original = await app.readProgramText();
  expect(activityIn(original, OPENING).timing.start).toBe('2024-04-30T09:00:00-04:00[America/New_York]');
  expect(activityIn(original, PANEL).timing.start).toBe('2024-05-01T11:00:00-04:00[America/New_York]');

  await eventEl(page, OPENING).click();
  await eventEl(page, PANEL).click({ modifiers: ['Shift'] });
  await expect.poll(() => selectedIds(page)).toEqual([OPENING, PANEL]);
  await expect(page.locator('aside.inspector')).toContainText('2 activities selected');

  // Tue 09:00 -> Wed 07:00: one day later, two hours earlier.
  const revision = await revisionOf(page);
  await dragEventTo(page, OPENING, '2024-05-01', '07:00:00');
  await waitForSavedAfter(page, revision);

  const moved = await app.readProgramText();
  expect(activityIn(moved, OPENING).timing).toEqual({ kind: 'scheduled', start: '2024-05-01T07:00:00-04:00[America/New_York]', end: '2024-05-01T08:30:00-04:00[America/New_York]' });
  expect(activityIn(moved, PANEL).timing).toEqual({ kind: 'scheduled', start: '2024-05-02T09:00:00-04:00[America/New_York]', end: '2024-05-02T10:30:00-04:00[America/New_York]' });
  await expect(page.getByTestId('undo')).toContainText('Undo Move 2 activities');
  // The selection survives the move and is painted on both blocks at their new places.
  await expect.poll(() => selectedIds(page)).toEqual([OPENING, PANEL]);

  const afterMove = await revisionOf(page);
  await page.keyboard.press('Control+z');
  const afterUndo = await waitForSavedAfter(page, afterMove);
  expect(await app.readProgramText()).toBe(original);

  // The inspector's summary acts on both at once, as one step too.
  await page.locator('aside.inspector').getByRole('button', { name: 'Unschedule all' }).click();
  const afterUnschedule = await waitForSavedAfter(page, afterUndo);
  const off = JSON.parse(await app.readProgramText()) as Program;
  expect([OPENING, PANEL].map((id) => off.activities.find((a) => a.id === id)?.timing)).toEqual([
    { kind: 'unscheduled', durationMinutes: 90 },
    { kind: 'unscheduled', durationMinutes: 90 },
  ]);
  await expect(page.getByTestId('undo')).toContainText('Undo Unschedule 2 activities');
  await page.keyboard.press('Control+z');
  await waitForSavedAfter(page, afterUnschedule);
  expect(await app.readProgramText()).toBe(original);
});

test('a multi-selection move that would take one activity past the program’s last day is refused as a whole', async ({ page, harness }) => {
  const app = await harness({ programFile: sampleProgramFile() });
  await app.open();
  const original = await app.readProgramText();
  // Jump to the last week: the farewell days of the program (ends 2024-05-17).
  const last = (JSON.parse(original) as Program).activities
    .filter((a): a is Scheduled => a.timing.kind === 'scheduled' && a.type !== 'hotel-stay' && a.timing.start.startsWith('2024-05-17'))
    .at(-1);
  const early = (JSON.parse(original) as Program).activities.find(
    (a): a is Scheduled => a.timing.kind === 'scheduled' && a.type !== 'hotel-stay' && a.timing.start.startsWith('2024-05-16') && /:(00|30):00/.test(a.timing.start.slice(13, 19)),
  );
  if (!last || !early) throw new Error('the sample needs activities on its last two days');
  await page.getByRole('button', { name: /next/i }).click();
  await page.getByRole('button', { name: /next/i }).click();
  await expect(eventEl(page, last.id)).toBeVisible();

  await eventEl(page, early.id).click();
  await eventEl(page, last.id).click({ modifiers: ['Shift'] });
  const revision = await revisionOf(page);
  // Thursday's event a day later is still in the program; Friday's would be on Saturday the 18th.
  await dragEventTo(page, early.id, '2024-05-17', early.timing.start.slice(11, 19));

  await expect(page.getByRole('alert')).toContainText(`Cannot move “${last.title}”: it would start on 2024-05-18, after the program ends (2024-05-17)`);
  await expect.poll(() => page.evaluate(() => document.documentElement.dataset.pendingEdits)).toBe('0');
  expect(await revisionOf(page)).toBe(revision);
  expect(await app.readProgramText()).toBe(original);
  // The dragged block is back on its own day.
  const column = await page.locator('[role=columnheader][data-date="2024-05-16"]').boundingBox();
  const box = await eventEl(page, early.id).boundingBox();
  if (!column || !box) throw new Error('not rendered');
  expect(box.x + box.width / 2).toBeGreaterThan(column.x);
  expect(box.x + box.width / 2).toBeLessThan(column.x + column.width);
});

test('Alt-drag copies: the original stays on disk, one new activity with the same title at the drop; undo removes it', async ({ page, harness }) => {
  const app = await harness({ programFile: sampleProgramFile() });
  await app.open();
  const original = await app.readProgramText();
  const source = activityIn(original, PARTNERSHIPS);
  const before = JSON.parse(original) as Program;

  const revision = await revisionOf(page);
  await page.keyboard.down('Alt');
  await dragEventTo(page, PARTNERSHIPS, '2024-05-03', '07:00:00');
  await page.keyboard.up('Alt');
  await waitForSavedAfter(page, revision);

  const after = JSON.parse(await app.readProgramText()) as Program;
  expect(after.activities).toHaveLength(before.activities.length + 1);
  // The original, byte for byte the same object.
  expect(after.activities.find((a) => a.id === PARTNERSHIPS)).toEqual(before.activities.find((a) => a.id === PARTNERSHIPS));
  const copy = after.activities.find((a) => !before.activities.some((b) => b.id === a.id));
  if (!copy) throw new Error('no copy was saved');
  expect(copy.id).toMatch(/^act-[0-9a-f]{10}$/);
  expect(copy.title).toBe(source.title);
  expect(copy.timing).toEqual({ kind: 'scheduled', start: '2024-05-03T07:00:00-04:00[America/New_York]', end: '2024-05-03T08:30:00-04:00[America/New_York]' });
  // Everything but the id and the time is the original's.
  expect({ ...copy, id: source.id, timing: source.timing }).toEqual(source);
  await expect(page.getByTestId('undo')).toContainText(`Undo Copy “${source.title}”`);
  await expect(eventEl(page, copy.id)).toBeVisible();
  await expect(page.locator('aside.inspector')).toHaveAttribute('data-activity-id', copy.id);

  const afterCopy = await revisionOf(page);
  await page.keyboard.press('Control+z');
  await waitForSavedAfter(page, afterCopy);
  expect(await app.readProgramText()).toBe(original);
  await expect(page.locator(`.calendar [data-event-id="${copy.id}"]`)).toHaveCount(0);
});

test('dragging an event onto the Unscheduled tray unschedules it on disk; undo puts it back', async ({ page, harness }) => {
  const app = await harness({ programFile: sampleProgramFile() });
  await app.open();
  const original = await app.readProgramText();
  const plenary = activityIn(original, OPENING);
  const tray = page.getByRole('region', { name: 'Unscheduled activities' });
  await expect(tray).toContainText('Unscheduled (0)');

  const event = eventEl(page, OPENING);
  await event.scrollIntoViewIfNeeded();
  await tray.scrollIntoViewIfNeeded();
  const from = await event.boundingBox();
  const to = await tray.boundingBox();
  if (!from || !to) throw new Error('event or tray not rendered');
  const revision = await revisionOf(page);
  await page.mouse.move(from.x + from.width / 2, from.y + 5);
  await page.mouse.down();
  await page.mouse.move(from.x + from.width / 2, from.y + 15, { steps: 3 });
  await page.mouse.move(to.x + to.width / 2, to.y + to.height / 2, { steps: 20 });
  // The tray shows it takes the drop while the event is dragged.
  await expect(tray.getByText('Drop here to unschedule')).toBeVisible();
  await page.mouse.up();
  await waitForSavedAfter(page, revision);

  const off = (JSON.parse(await app.readProgramText()) as Program).activities.find((a) => a.id === OPENING);
  // 09:00-10:30: 90 minutes kept for when it is scheduled again.
  expect(off?.timing).toEqual({ kind: 'unscheduled', durationMinutes: 90 });
  await expect(tray.locator(`[data-tray-id="${OPENING}"]`)).toHaveText(plenary.title);
  await expect(page.locator(`.calendar [data-event-id="${OPENING}"]`)).toHaveCount(0);
  await expect(tray.getByText('Drop here to unschedule')).toBeHidden();
  await expect(page.getByTestId('undo')).toContainText(`Undo Unschedule “${plenary.title}”`);

  const afterDrop = await revisionOf(page);
  await page.keyboard.press('Control+z');
  await waitForSavedAfter(page, afterDrop);
  expect(await app.readProgramText()).toBe(original);
  await expect(eventEl(page, OPENING)).toBeVisible();
});

test('while one of several selected events is dragged, its block shows how many come along', async ({ page, harness }) => {
  const app = await harness({ programFile: sampleProgramFile() });
  await app.open();
  const original = await app.readProgramText();
  await eventEl(page, OPENING).click();
  await eventEl(page, PANEL).click({ modifiers: ['Shift'] });
  await expect.poll(() => selectedIds(page)).toEqual([OPENING, PANEL]);
  const revision = await revisionOf(page);

  const box = await eventEl(page, OPENING).boundingBox();
  if (!box) throw new Error('the opening plenary is not rendered');
  await page.mouse.move(box.x + box.width / 2, box.y + 4);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width / 2, box.y + 60, { steps: 8 });
  await expect(page.locator('.calendar [data-mirror] [data-group-drag]')).toHaveText('+1');
  // Released outside the calendar (over the sidebar), the drag changes nothing.
  await page.mouse.move(100, box.y + 60, { steps: 8 });
  await page.mouse.up();
  await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 500)));
  expect(await revisionOf(page)).toBe(revision);
  expect(await app.readProgramText()).toBe(original);

  // With one event selected there is nothing to announce.
  await eventEl(page, OPENING).click();
  const single = await eventEl(page, OPENING).boundingBox();
  if (!single) throw new Error('the opening plenary is not rendered');
  await page.mouse.move(single.x + single.width / 2, single.y + 4);
  await page.mouse.down();
  await page.mouse.move(single.x + single.width / 2, single.y + 60, { steps: 8 });
  await expect(page.locator('.calendar [data-mirror]').first()).toBeVisible();
  await expect(page.locator('.calendar [data-mirror] [data-group-drag]')).toHaveCount(0);
  await page.mouse.move(100, single.y + 60, { steps: 8 });
  await page.mouse.up();
});
