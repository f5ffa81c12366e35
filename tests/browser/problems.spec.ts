/**
 * The problems panel end to end: a real drag onto a busy slot shows a double-booking in the panel
 * and a badge on the events at once, undo clears it, a dismissal with a reason moves it to
 * "Dismissed" and is written to the file on disk, and undo brings it back.
 */
import { join } from 'node:path';
import type { Program } from '../../src/shared/program/schema';
import { dragEventTo, eventEl, revisionOf, startDropTimer, waitForSavedAfter } from './calendar-driver';
import { expect, test } from './harness';
import { BUSY_DAY, oneGroupMondayFile } from './problem-programs';
import { readSample, sampleProgramFile } from './programs';

const DOUBLE_BOOKED = 'group-double-booked/2024-05-06/a-briefing+a-visit/g-mar';

async function dismissalsOnDisk(read: () => Promise<string>): Promise<Program['dismissals']> {
  return (JSON.parse(await read()) as Program).dismissals;
}

test('a drag onto a busy slot shows the double-booking in the panel and on the events; undo clears it; a dismissal is saved and undoable', async ({ page, harness }) => {
  const app = await harness({ programFile: oneGroupMondayFile() });
  await app.open();
  const counts = page.getByTestId('problem-counts');
  await expect(counts).toHaveAccessibleName(/Problems: 0 errors ?, 0 warnings ?, 0 info/);
  await counts.click();
  const panel = page.getByTestId('problems-panel');
  await expect(panel).toContainText('No open problems');

  let revision = await revisionOf(page);
  await dragEventTo(page, 'a-visit', BUSY_DAY, '09:30:00');
  const row = panel.locator(`.problem-row[data-problem-id="${DOUBLE_BOOKED}"]`);
  await expect(row).toContainText('Group Maritime is booked into both “Coast Guard briefing” (Mon May 6, 09:00–10:00 EDT) and “Port site visit” (Mon May 6, 09:30–10:30 EDT).');
  await expect(panel.locator('[data-rule-id="group-double-booked"] h4')).toContainText('A group is in two activities at once');
  await expect(counts).toHaveAccessibleName(/Problems: 1 error ?, 0 warnings ?, 0 info/);
  for (const id of ['a-visit', 'a-briefing']) {
    await expect(eventEl(page, id).getByRole('img', { name: '1 problem: 1 error' })).toBeVisible();
  }
  revision = await waitForSavedAfter(page, revision);

  // Undo: the problem and the badges go.
  await page.keyboard.press('Control+z');
  revision = await waitForSavedAfter(page, revision);
  await expect(row).toHaveCount(0);
  await expect(eventEl(page, 'a-visit').locator('[data-problem-badge]')).toHaveCount(0);
  await expect(counts).toHaveAccessibleName(/Problems: 0 errors/);

  // Redo, then dismiss it: an empty reason is refused, a real one is saved with the file.
  await page.keyboard.press('Control+Shift+z');
  revision = await waitForSavedAfter(page, revision);
  await row.getByRole('button', { name: 'Dismiss…' }).click();
  await row.getByRole('button', { name: 'Dismiss', exact: true }).click();
  await expect(row.getByRole('alert')).toHaveText('Say why this is fine before dismissing it.');
  expect(await revisionOf(page)).toBe(revision);
  await row.getByLabel('Why is this fine?').fill('  The visit is a drive-by of the port; the briefing continues on the coach.  ');
  await row.getByRole('button', { name: 'Dismiss', exact: true }).click();
  revision = await waitForSavedAfter(page, revision);

  await expect(row).toHaveCount(0);
  await expect(counts).toHaveAccessibleName(/Problems: 0 errors/);
  await expect(eventEl(page, 'a-visit').locator('[data-problem-badge]')).toHaveCount(0);
  const dismissed = page.getByTestId('dismissed-section');
  await expect(dismissed.locator('summary')).toHaveText('Dismissed (1)');
  await dismissed.locator('summary').click();
  await expect(dismissed).toContainText('Reason: The visit is a drive-by of the port; the briefing continues on the coach.');
  const [onDisk, ...more] = await dismissalsOnDisk(() => app.readProgramText());
  expect(more).toEqual([]);
  expect(onDisk).toMatchObject({ problemId: DOUBLE_BOOKED, reason: 'The visit is a drive-by of the port; the briefing continues on the coach.' });
  expect(Date.now() - Date.parse(onDisk?.dismissedAt ?? '')).toBeLessThan(60_000);
  await expect(page.getByTestId('undo')).toContainText('Undo Dismiss problem');

  // Undo the dismissal: open again, and gone from the file.
  await page.keyboard.press('Control+z');
  revision = await waitForSavedAfter(page, revision);
  await expect(row).toBeVisible();
  await expect(page.getByTestId('dismissed-section')).toHaveCount(0);
  expect(await dismissalsOnDisk(() => app.readProgramText())).toEqual([]);

  // Restore through the panel is undoable too: dismiss again, restore, undo the restore.
  await row.getByRole('button', { name: 'Dismiss…' }).click();
  await row.getByLabel('Why is this fine?').fill('Checked with the host.');
  await row.getByLabel('Why is this fine?').press('Enter');
  revision = await waitForSavedAfter(page, revision);
  await page.getByTestId('dismissed-section').locator('summary').click();
  await page.getByTestId('dismissed-section').getByRole('button', { name: 'Restore' }).click();
  revision = await waitForSavedAfter(page, revision);
  await expect(row).toBeVisible();
  expect(await dismissalsOnDisk(() => app.readProgramText())).toEqual([]);
  await page.keyboard.press('Control+z');
  await waitForSavedAfter(page, revision);
  expect((await dismissalsOnDisk(() => app.readProgramText())).map((d) => d.reason)).toEqual(['Checked with the host.']);
});

test('the sample opens with its handful of problems; a click brings the calendar to the activity and selects it', async ({ page, harness }) => {
  // With the panel docked under it, an 800 px window leaves the time grid too short to drag an hour
  // without auto-scrolling; a 1080p screen's window is the planner's usual.
  await page.setViewportSize({ width: 1280, height: 1000 });
  const app = await harness({ programFile: sampleProgramFile() });
  await app.open();
  const counts = page.getByTestId('problem-counts');
  await expect(counts).toHaveAccessibleName(/Problems: 0 errors ?, 4 warnings ?, 4 info/);
  await page.getByRole('button', { name: 'Problems', exact: true }).click();
  const panel = page.getByTestId('problems-panel');
  await expect(panel.locator('.problem-row')).toHaveCount(8);
  const openCheckMs = Number(await page.evaluate(() => document.documentElement.dataset.problemsCheckMs));

  // Live while dragging: the opening plenary moved onto the next one double-books every group, and
  // (as a second problem) the staff who belong to no group.
  const opening = readSample().activities.find((a) => a.title.startsWith('Opening plenary'));
  if (opening?.timing.kind !== 'scheduled') throw new Error('the sample has no opening plenary');
  const revision = await revisionOf(page);
  const dropTimes = await startDropTimer(page);
  await dragEventTo(page, opening.id, opening.timing.start.slice(0, 10), '10:00:00');
  await expect(panel.locator('[data-rule-id="group-double-booked"] .problem-row')).toHaveCount(1);
  await expect(panel.locator('[data-rule-id="person-double-booked"] .problem-row')).toHaveCount(1);
  await expect(counts).toHaveAccessibleName(/Problems: 2 errors ?, 4 warnings ?, 4 info/);
  await expect(eventEl(page, opening.id).locator('[data-problem-badge="error"]')).toBeVisible();
  const times = await dropTimes();
  const dragCheckMs = Number(await page.evaluate(() => document.documentElement.dataset.problemsCheckMs));
  console.log(`sample: full check at open ${openCheckMs.toFixed(1)} ms; after the drag ${dragCheckMs.toFixed(2)} ms (incremental); drop -> next paint with the panel open ${times.paint.toFixed(0)} ms`);
  const moved = await waitForSavedAfter(page, revision);
  await page.keyboard.press('Control+z');
  await waitForSavedAfter(page, moved);
  await expect(counts).toHaveAccessibleName(/Problems: 0 errors ?, 4 warnings ?, 4 info/);

  // Ji-won Kim's shuttle and flight home are in the last week; the calendar opens on the first.
  const kim = panel.locator('[data-problem-id="travel-time/2024-05-17/a-log-020+a-log-021/p-kr-kim"]');
  await kim.getByRole('button', { name: /Ji-won Kim: 20 min/ }).click();
  await expect(page.locator('[role=columnheader][data-date="2024-05-17"]')).toBeVisible();
  await expect(page.locator('.inspector')).toHaveAttribute('data-activity-id', 'a-log-020');
  await expect(eventEl(page, 'a-log-020')).toHaveAttribute('data-selected', 'true');
  await expect(eventEl(page, 'a-log-021').getByRole('img', { name: '1 problem: 1 warning' })).toBeVisible();

  await page.getByTestId('dismissed-section').locator('summary').click();
  await expect(page.getByTestId('dismissed-section')).toContainText('Carry-on only');
  await panel.locator('.problems-body').evaluate((body) => body.scrollTo(0, 0));
  // Kept at the top of test-results/ for a person to look at.
  await page.screenshot({ path: join(test.info().project.outputDir, 'problems-panel.png') });
});
