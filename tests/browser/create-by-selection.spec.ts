/**
 * Creating an activity by selecting a time range: the popover's type and title become one
 * `activity/create` that main saves to disk, and one Ctrl+Z removes it again, byte for byte.
 */
import type { Program } from '../../src/shared/program/schema';
import { revisionOf, slotPoint, waitForSavedAfter } from './calendar-driver';
import { expect, test } from './harness';
import { sampleProgramFile } from './programs';

const pad = (n: number) => String(n).padStart(2, '0');

/** A day of the opening week and an hour with nothing timed on the calendar then. */
function freeHour(program: Program): { date: string; hour: number } {
  for (let d = 0; d < 7; d++) {
    const date = new Date(Date.parse(`${program.startDate}T00:00:00Z`) + d * 86_400_000).toISOString().slice(0, 10);
    for (let hour = 9; hour < 18; hour++) {
      const from = `${date}T${pad(hour)}:00`;
      const to = `${date}T${pad(hour + 1)}:00`;
      const busy = program.activities.some(
        (a) => a.timing.kind === 'scheduled' && a.type !== 'hotel-stay' && a.timing.start.slice(0, 16) < to && a.timing.end.slice(0, 16) > from,
      );
      if (!busy) return { date, hour };
    }
  }
  throw new Error('no free hour in the opening week');
}

test('selecting a time range and naming it creates an activity on disk; Ctrl+Z removes it', async ({ page, harness }) => {
  const app = await harness({ programFile: sampleProgramFile() });
  await app.open();
  const original = await app.readProgramText();
  const program = JSON.parse(original) as Program;
  const { date, hour } = freeHour(program);

  const top = `${pad(hour)}:00:00`;
  await page.locator(`[data-time="${top}"]`).last().scrollIntoViewIfNeeded();
  const from = await slotPoint(page, date, top);
  const to = await slotPoint(page, date, `${pad(hour + 1)}:00:00`);
  await page.mouse.move(from.x, from.y + 4);
  await page.mouse.down();
  await page.mouse.move(from.x, to.y - 4, { steps: 8 });
  await page.mouse.up();

  const popover = page.getByRole('dialog', { name: 'New activity' });
  await expect(popover).toBeVisible();
  await popover.getByLabel('Type').selectOption('site-visit');
  await popover.getByLabel('Title').fill('Port authority visit');
  const revision = await revisionOf(page);
  await popover.getByRole('button', { name: 'Create' }).click();
  const afterCreate = await waitForSavedAfter(page, revision);
  await expect(popover).toBeHidden();

  const saved = JSON.parse(await app.readProgramText()) as Program;
  const created = saved.activities.find((a) => a.title === 'Port authority visit');
  if (!created || created.timing.kind !== 'scheduled' || created.type !== 'site-visit') throw new Error('the activity was not saved');
  expect(saved.activities).toHaveLength(program.activities.length + 1);
  expect(created.timing.start.slice(0, 13)).toBe(`${date}T${pad(hour)}`);
  expect(created.attendees.everyone).toBe(true);
  await expect(page.locator('aside.inspector')).toHaveAttribute('data-activity-id', created.id);

  await page.locator('aside.inspector .inspector-title').click();
  await page.keyboard.press('Control+z');
  await waitForSavedAfter(page, afterCreate);
  expect(await app.readProgramText()).toBe(original);
});
