/**
 * The Groups view on the sample's split days, in a real Chromium over the real handlers: four
 * lanes naming each group's city and zone; blocks at their own place's wall time; a drag within a
 * lane moves in time; a drag to another group's lane asks first and then gives the activity to
 * that group; the keyboard selects and nudges. Screenshots (light, with the problems panel open)
 * go to test-results/.
 */
import type { Page } from '@playwright/test';
import { revisionOf, waitForCalendarReady, waitForSavedAfter } from './calendar-driver';
import { expect, test } from './harness';
import { activityIn, sampleProgramFile } from './programs';

const block = (page: Page, id: string) => page.locator(`.lanes [data-event-id="${id}"]`).first();

async function openGroupsOn(page: Page, date: string): Promise<void> {
  await page.getByRole('tab', { name: /Groups view/ }).click();
  while ((await page.locator('.lanes').getAttribute('data-lanes-date')) !== date) await page.getByRole('button', { name: /^Next/ }).click();
  await waitForCalendarReady(page);
}

/** Drags a block by (dx, dy) pixels with the mouse, in steps, from a point near its top. */
async function dragBy(page: Page, id: string, dx: number, dy: number): Promise<void> {
  const box = await block(page, id).boundingBox();
  if (!box) throw new Error(`${id} has no box`);
  const from = { x: box.x + box.width / 2, y: box.y + 8 };
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  await page.mouse.move(from.x + dx / 2, from.y + dy / 2, { steps: 4 });
  await page.mouse.move(from.x + dx, from.y + dy, { steps: 4 });
  await page.mouse.up();
}

async function laneBox(page: Page, laneId: string) {
  const box = await page.locator(`.lane-column[data-lane-id="${laneId}"]`).boundingBox();
  if (!box) throw new Error(`lane ${laneId} has no box`);
  return box;
}

test('the split days read in lanes, and blocks move in time and between groups', async ({ page, harness }) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  const app = await harness({ programFile: sampleProgramFile() });
  await app.open();
  await openGroupsOn(page, '2024-05-07');

  // One lane per group, each naming where the group is and its zone.
  // ...and Others, because the program officer flies from Tampa to Phoenix that evening on her own.
  await expect(page.locator('.lane-head')).toContainText(['Maritime', 'Border', 'Cybercrime', 'Counterterrorism', 'Others']);
  const others = await laneBox(page, 'others');
  const flight = await block(page, 'a-log-008').boundingBox();
  expect(Math.abs((flight?.x ?? 0) - others.x)).toBeLessThan(3);
  await expect(page.locator('.lane-head[data-lane-id="g-border"]')).toContainText('Phoenix');
  await expect(page.locator('.lane-head[data-lane-id="g-border"]')).toContainText('MST');
  await expect(page.locator('.lane-head[data-lane-id="g-justice"]')).toContainText('CDT');
  // Border's 09:00 in Phoenix and Maritime's 09:00 in Tampa sit on the same line, each in its lane.
  const [mar, bor] = [await block(page, 'a-mar-022').boundingBox(), await block(page, 'a-bor-027').boundingBox()];
  const borderLane = await laneBox(page, 'g-border');
  expect(Math.abs((mar?.y ?? 0) - (bor?.y ?? 1))).toBeLessThan(2);
  expect((bor?.x ?? 0) >= borderLane.x - 1 && (bor?.x ?? 0) + (bor?.width ?? 0) <= borderLane.x + borderLane.width + 1).toBe(true);
  // A screen reader hears the day, the time with its zone, the title, the place and the group.
  await expect(block(page, 'a-bor-027')).toHaveAccessibleName(/^Tue, May 7, 09:00–10:30 MST: ?Municipal drug enforcement.*Border Security and Narcotics$/);
  await page.screenshot({ path: 'test-results/lanes-2024-05-07.png' });

  // Within the lane: an hour later (48 px an hour).
  let revision = await revisionOf(page);
  await dragBy(page, 'a-mar-022', 0, 48);
  revision = await waitForSavedAfter(page, revision);
  expect(activityIn(await app.readProgramText(), 'a-mar-022').timing.start).toBe('2024-05-07T10:00:00-04:00[America/New_York]');

  // To Border's lane: asked first; Cancel changes nothing.
  const target = await laneBox(page, 'g-border');
  const source = await block(page, 'a-mar-023').boundingBox();
  const dx = target.x + target.width / 2 - ((source?.x ?? 0) + (source?.width ?? 0) / 2);
  await dragBy(page, 'a-mar-023', dx, 0);
  const dialog = page.getByRole('dialog', { name: /Move to Border Security/ });
  await expect(dialog).toBeVisible();
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog).toBeHidden();
  expect(activityIn(await app.readProgramText(), 'a-mar-023').attendees.groupIds).toEqual(['g-maritime']);
  await dragBy(page, 'a-mar-023', dx, 0);
  await dialog.getByRole('button', { name: /Move to Border Security/ }).click();
  revision = await waitForSavedAfter(page, revision);
  const moved = activityIn(await app.readProgramText(), 'a-mar-023');
  expect(moved.attendees.groupIds).toEqual(['g-border']);
  expect(moved.timing.start).toBe('2024-05-07T11:00:00-04:00[America/New_York]');
  await expect(page.getByTestId('undo')).toHaveText(/Move “Customs at a Gulf Coast seaport” to Border Security/);
  const inBorder = await block(page, 'a-mar-023').boundingBox();
  expect((inBorder?.x ?? 0) >= target.x - 1).toBe(true);

  // Keyboard: Tab to a block, Enter selects, ↓ moves it 15 minutes.
  await block(page, 'a-cyb-021').focus();
  await page.keyboard.press('Enter');
  await expect(page.locator('.inspector')).toContainText('Cyber fraud task forces');
  await page.keyboard.press('ArrowDown');
  await waitForSavedAfter(page, revision);
  expect(activityIn(await app.readProgramText(), 'a-cyb-021').timing.start).toBe('2024-05-07T09:15:00-04:00[America/New_York]');
  await expect(block(page, 'a-cyb-021')).toBeFocused();

  await page.getByTestId('problem-counts').click();
  await page.locator('#problems-panel').waitFor();
  await page.screenshot({ path: 'test-results/lanes-2024-05-07-problems.png' });

  // The week of the split: four to eight hotels a night fold into one line per day.
  await page.getByRole('tab', { name: /Week view/ }).click();
  await waitForCalendarReady(page);
  await expect(page.getByText(/^\d+ hotels$/)).toHaveCount(7);
  await page.getByText(/^6 hotels$/).first().click();
  await expect(page.getByRole('dialog').getByText('Camelback Corridor Suites').first()).toBeVisible();
});
