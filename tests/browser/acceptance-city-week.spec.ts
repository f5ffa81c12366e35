/**
 * The acceptance test: a planner lays out the TMSSW sample's city-visit week for one group
 * (Border Security, Phoenix and Tucson, Mon May 6 - Fri May 10: 31 meetings, meals, visits and
 * transfers) from an empty week, half by mouse (dragging each from the Unscheduled tray onto its
 * slot) and half by keyboard (Tab to it in the tray, Enter, type the time, Enter), then undoes all
 * of it and redoes all of it. The file on disk is checked byte for byte at each end: laid out, it
 * is exactly the sample; undone, exactly the empty week; redone, exactly the sample again.
 * Screenshots of the empty and the laid-out week go to the test's output folder.
 */
import type { Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { dragTrayItemToSlot, revisionOf, waitForCalendarReady } from './calendar-driver';
import { expect, test } from './harness';
import { emptiedGroupWeekFile, sampleProgramFile } from './programs';

test.setTimeout(300_000);

const minutesOf = (zoned: string) => Number(zoned.slice(11, 13)) * 60 + Number(zoned.slice(14, 16));

/**
 * Types a wall time into the focused datetime-local field the way a keyboard user does in an
 * en-US Chromium: month, day, year, then (→) hour, minute and AM/PM, each segment in turn.
 */
async function typeDateTime(page: Page, wall: string): Promise<void> {
  const [date, time] = wall.split('T') as [string, string];
  const [y, m, d] = date.split('-');
  const hours = Number(time.slice(0, 2));
  const hour12 = String(hours % 12 === 0 ? 12 : hours % 12).padStart(2, '0');
  await page.keyboard.type(`${m}${d}${y}`);
  await page.keyboard.press('ArrowRight');
  await page.keyboard.type(`${hour12}${time.slice(3, 5)}${hours < 12 ? 'A' : 'P'}`);
}

/** Waits for main's confirmation and the save of the edit after `revision`, failing fast if none comes. */
async function saved(page: Page, revision: number, what: string): Promise<number> {
  await page
    .waitForFunction(
      (r) => {
        const data = document.documentElement.dataset;
        return Number(data.programRevision) > r && data.saveStatus === 'saved' && data.pendingEdits === '0';
      },
      revision,
      { timeout: 15_000 },
    )
    .catch(() => {
      throw new Error(`no edit was saved after: ${what}`);
    });
  return revisionOf(page);
}

/** Tab through the page until the tray item has focus (no pointer involved). */
async function tabTo(page: Page, selector: string): Promise<void> {
  for (let i = 0; i < 400; i++) {
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`${selector} never got the focus by Tab`);
}

test('lay out a group’s city week from empty by mouse and by keyboard, undo all of it, redo all of it', async ({ page, harness }, testInfo) => {
  await page.setViewportSize({ width: 1440, height: 1000 });
  const { path, activities } = emptiedGroupWeekFile('g-border', '2024-05-06', '2024-05-10');
  expect(activities).toHaveLength(31);
  const app = await harness({ programFile: path, fileName: 'tmssw-2024.ivlp.json' });
  await app.open();
  const empty = await app.readProgramText();
  const sample = readFileSync(sampleProgramFile(), 'utf8');
  expect(empty).not.toBe(sample);

  await page.locator('.sidebar [data-lens-kind="group"][data-lens-id="g-border"]').click();
  await page.getByRole('button', { name: /next/i }).click();
  await expect(page.locator('[role=columnheader][data-date="2024-05-06"]')).toBeVisible();
  await waitForCalendarReady(page);
  for (const a of activities) await expect(page.locator(`.calendar [data-event-id="${a.id}"]`)).toHaveCount(0);
  await page.screenshot({ path: testInfo.outputPath('city-week-empty.png') });

  // Every other activity by mouse; the rest, and any not on the 15-minute snap, by keyboard.
  let revision = await revisionOf(page);
  const byMouse: string[] = [];
  const byKeyboard: string[] = [];
  for (const [i, a] of activities.entries()) {
    const date = a.start.slice(0, 10);
    const minutes = minutesOf(a.start);
    if (i % 2 === 0 && minutes % 15 === 0) {
      await dragTrayItemToSlot(page, page.locator(`[data-tray-id="${a.id}"]`), date, `${a.start.slice(11, 16)}:00`);
      byMouse.push(a.id);
    } else {
      await tabTo(page, `[data-tray-id="${a.id}"]`);
      await page.keyboard.press('Enter');
      await tabTo(page, 'input[aria-label^="Schedule at"], .inspector input[type="datetime-local"]');
      await typeDateTime(page, a.start.slice(0, 16));
      await page.keyboard.press('Enter');
      byKeyboard.push(a.id);
    }
    revision = await saved(page, revision, `${a.id} by ${byMouse.at(-1) === a.id ? 'mouse' : 'keyboard'} at ${a.start}`);
    const onDisk = JSON.parse(await app.readProgramText()) as { activities: { id: string; timing: unknown }[] };
    expect(onDisk.activities.find((x) => x.id === a.id)?.timing, `${a.id} at ${a.start}`).toEqual({ kind: 'scheduled', start: a.start, end: a.end });
  }
  expect(byMouse.length).toBeGreaterThan(10);
  expect(byKeyboard.length).toBeGreaterThan(10);
  const laidOut = await app.readProgramText();
  expect(laidOut).toBe(sample);
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  await waitForCalendarReady(page);
  for (const a of activities) await expect(page.locator(`.calendar [data-event-id="${a.id}"]`).first()).toBeVisible();
  await page.screenshot({ path: testInfo.outputPath('city-week-laid-out.png') });

  // Undo all of it, one step per placement, then redo all of it.
  for (let i = 0; i < activities.length; i++) {
    await page.keyboard.press('Control+z');
    revision = await saved(page, revision, `undo ${i + 1}`);
  }
  await expect(page.getByTestId('undo')).toBeDisabled();
  expect(await app.readProgramText()).toBe(empty);
  for (let i = 0; i < activities.length; i++) {
    await page.keyboard.press('Control+y');
    revision = await saved(page, revision, `redo ${i + 1}`);
  }
  await expect(page.getByTestId('redo')).toBeDisabled();
  expect(await app.readProgramText()).toBe(sample);
});
