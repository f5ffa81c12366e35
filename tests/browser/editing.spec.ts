/**
 * Editing on the calendar end to end: a real drag becomes a command, main applies and saves it to
 * the file on disk, a fresh core shows it, undo restores the original bytes, and an edit main
 * refuses (or a wall time that does not exist) puts the event back with the reason.
 */
import { readFileSync } from 'node:fs';
import type { Program } from '../../src/shared/program/schema';
import { dragEventTo, eventEl, expectEventAt, revisionOf, startDropTimer, waitForSavedAfter } from './calendar-driver';
import { expect, test } from './harness';
import { activityIn, dstProgramFile, firstPlenary, futureVersionSampleFile, sampleProgramFile } from './programs';

function nextDay(date: string): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
}

/** The same zoned string at another local date and clock time (no DST change in between here). */
function movedTo(zoned: string, date: string, clock: string): string {
  return `${date}T${clock}:00${zoned.slice(19)}`;
}

test('dragging an activity to another day and time saves it to disk, and a fresh core shows it there', async ({ page, harness }) => {
  const file = sampleProgramFile();
  const app = await harness({ programFile: file });
  await app.open();
  const original = await app.readProgramText();
  const plenary = firstPlenary(JSON.parse(original) as Program);
  const targetDate = nextDay(plenary.timing.start.slice(0, 10));

  const before = await revisionOf(page);
  const dropTimes = await startDropTimer(page);
  await dragEventTo(page, plenary.id, targetDate, '07:00:00');
  await waitForSavedAfter(page, before);
  const times = await dropTimes();
  console.log(`drop -> next paint ${times.paint.toFixed(0)} ms, -> main confirmed ${times.confirmed.toFixed(0)} ms, -> saved on disk ${times.saved.toFixed(0)} ms (300 ms autosave debounce)`);

  const saved = activityIn(await app.readProgramText(), plenary.id);
  expect(saved.timing.start).toBe(movedTo(plenary.timing.start, targetDate, '07:00'));
  // The exact duration is kept.
  expect(Date.parse(saved.timing.end.slice(0, 25)) - Date.parse(saved.timing.start.slice(0, 25))).toBe(
    Date.parse(plenary.timing.end.slice(0, 25)) - Date.parse(plenary.timing.start.slice(0, 25)),
  );
  await expect(page.getByTestId('undo')).toContainText('Undo Move');
  await expectEventAt(page, plenary.id, targetDate, '07:00:00');

  await app.restart();
  await expectEventAt(page, plenary.id, targetDate, '07:00:00');
});

test('Ctrl+Z undoes the move and the file returns to its original bytes; Ctrl+Shift+Z redoes it', async ({ page, harness }) => {
  const app = await harness({ programFile: sampleProgramFile() });
  await app.open();
  const original = await app.readProgramText();
  const plenary = firstPlenary(JSON.parse(original) as Program);
  const originalDate = plenary.timing.start.slice(0, 10);
  const targetDate = nextDay(originalDate);

  let revision = await revisionOf(page);
  await dragEventTo(page, plenary.id, targetDate, '07:00:00');
  revision = await waitForSavedAfter(page, revision);
  const moved = await app.readProgramText();
  expect(moved).not.toBe(original);

  await page.keyboard.press('Control+z');
  revision = await waitForSavedAfter(page, revision);
  expect(await app.readProgramText()).toBe(original);
  await expectEventAt(page, plenary.id, originalDate, `${plenary.timing.start.slice(11, 16)}:00`);
  await expect(page.getByTestId('redo')).toContainText('Redo Move');

  await page.keyboard.press('Control+Shift+z');
  await waitForSavedAfter(page, revision);
  expect(await app.readProgramText()).toBe(moved);
  await expectEventAt(page, plenary.id, targetDate, '07:00:00');
});

test('a read-only file (from a newer app) offers no drag; an edit main refuses by keyboard shows why and the event stays', async ({ page, harness }) => {
  const app = await harness({ programFile: futureVersionSampleFile(), fileName: 'newer.ivlp.json' });
  await app.open();
  await expect(page.locator('.status-bar')).toContainText('Read-only: This file was saved by a newer IVLP Planner');
  const original = await app.readProgramText();
  const plenary = firstPlenary(JSON.parse(original) as Program);
  const home = plenary.timing.start.slice(0, 10);
  const revision = await revisionOf(page);
  const boxBefore = await eventEl(page, plenary.id).boundingBox();

  // Nothing to drag: the calendar shows the file as read-only (no drag mirror, nothing sent).
  const box = await eventEl(page, plenary.id).boundingBox();
  if (!box) throw new Error('no plenary on the calendar');
  await page.mouse.move(box.x + box.width / 2, box.y + 5);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width / 2, box.y + 80, { steps: 6 });
  await expect(page.locator('.calendar [data-mirror]')).toHaveCount(0);
  await page.mouse.up();
  await expect(page.getByRole('alert')).toHaveCount(0);

  // The keyboard still asks main, which refuses and says why.
  await eventEl(page, plenary.id).focus();
  await page.keyboard.press('Enter');
  await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('alert')).toContainText('newer IVLP Planner');
  await expect.poll(() => page.evaluate(() => document.documentElement.dataset.pendingEdits)).toBe('0');
  await expectEventAt(page, plenary.id, home, `${plenary.timing.start.slice(11, 16)}:00`);
  // Same column, same size (the drag may have scrolled the grid, so compare x and height only).
  const boxAfter = await eventEl(page, plenary.id).boundingBox();
  expect({ x: boxAfter?.x, width: boxAfter?.width, height: boxAfter?.height }).toEqual({ x: boxBefore?.x, width: boxBefore?.width, height: boxBefore?.height });
  expect(await revisionOf(page)).toBe(revision);
  expect(await app.readProgramText()).toBe(original);

  await page.getByRole('button', { name: 'Dismiss' }).click();
  await expect(page.getByRole('alert')).toHaveCount(0);
});

test('a drop on a wall time skipped by daylight saving time is refused with the reason', async ({ page, harness }) => {
  const app = await harness({ programFile: dstProgramFile() });
  await app.open();
  const original = await app.readProgramText();
  const revision = await revisionOf(page);

  // 00:00 -> 02:00 on Sunday March 10, 2024: New York clocks jump from 02:00 to 03:00.
  await dragEventTo(page, 'a-late', '2024-03-10', '02:00:00');

  await expect(page.getByRole('alert')).toContainText('does not exist in America/New_York');
  await expectEventAt(page, 'a-late', '2024-03-10', '00:00:00');
  expect(await revisionOf(page)).toBe(revision);
  expect(readFileSync(app.programPath, 'utf8')).toBe(original);
});
