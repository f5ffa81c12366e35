/**
 * Lenses, quick filters and home time on the real renderer: each lens shows exactly the activities
 * of its participant, staff member or city; a Phoenix meeting at 09:00 MST sits at 09:00 in local
 * mode and at 12:00 in Washington time (May, EDT); a drop in Washington time writes the right
 * Phoenix time; the lens survives a reload. Screenshots of the participant lens and the program
 * overview go to test-results/.
 */
import type { Page } from '@playwright/test';
import type { Activity, Program } from '../../src/shared/program/schema';
import { dragEventTo, expectEventAt, revisionOf, waitForCalendarReady, waitForSavedAfter } from './calendar-driver';
import { expect, test } from './harness';
import { lensProgramFile, sampleProgramFile } from './programs';

function visibleIds(page: Page): Promise<string[]> {
  return page
    .locator('.calendar [data-event-id]:not([data-mirror])')
    .evaluateAll((els) => [...new Set(els.map((el) => (el as HTMLElement).dataset.eventId as string))].sort());
}

async function chooseLens(page: Page, kind: string, id: string): Promise<void> {
  const button = page.locator(`.sidebar [data-lens-kind="${kind}"][data-lens-id="${id}"]`);
  // People sit in collapsed lists until opened.
  if (!(await button.isVisible())) await page.locator('.sidebar summary', { hasText: kind === 'staff' ? 'Staff' : 'Participants' }).click();
  await button.click();
  await expect(button).toHaveAttribute('aria-pressed', 'true');
}

test('participant, staff and city lenses show exactly their activities, and the lens survives a reload', async ({ page, harness }) => {
  const app = await harness({ programFile: lensProgramFile() });
  await app.open();
  await expect.poll(() => visibleIds(page)).toEqual(['a-all', 'a-flight', 'a-g1', 'a-g2', 'a-p1', 'a-p2', 'a-phx', 'a-s2']);

  // Ana: everyone's briefing, Group A's meeting, flight and Phoenix court, and her own site visit.
  await chooseLens(page, 'participant', 'p1');
  await expect.poll(() => visibleIds(page)).toEqual(['a-all', 'a-flight', 'a-g1', 'a-p1', 'a-phx']);
  await expect(page.getByTestId('lens-label')).toHaveText('Participant: Ana Pérez');
  await waitForCalendarReady(page);
  await page.screenshot({ path: 'test-results/lens-participant.png' });

  // Sam travels with Group A but does not go on Ana's own visit.
  await chooseLens(page, 'staff', 's1');
  await expect.poll(() => visibleIds(page)).toEqual(['a-all', 'a-flight', 'a-g1', 'a-phx']);
  await chooseLens(page, 'staff', 's2');
  await expect.poll(() => visibleIds(page)).toEqual(['a-all', 'a-g2', 'a-s2']);

  // Phoenix: what happens there and the flight that lands there.
  await chooseLens(page, 'city', 'phx');
  await expect.poll(() => visibleIds(page)).toEqual(['a-flight', 'a-phx']);

  // Quick filters narrow the lens; a status chip hides the tentative meeting.
  await page.locator('.sidebar [data-lens-kind="everyone"]').click();
  await page.getByTestId('type-filter').click();
  await page.locator('[data-filter-type="travel"]').click();
  await expect(page.getByTestId('type-filter')).toHaveText('Types: 10 of 11');
  await page.getByTestId('type-filter').click();
  await page.locator('[data-filter-status="tentative"]').click();
  await expect.poll(() => visibleIds(page)).toEqual(['a-all', 'a-g1', 'a-g2', 'a-p1', 'a-phx', 'a-s2']);
  await page.getByRole('button', { name: 'Show all' }).click();

  await chooseLens(page, 'participant', 'p1');
  await app.restart();
  await expect(page.locator('.sidebar [data-lens-kind="participant"][data-lens-id="p1"]')).toHaveAttribute('aria-pressed', 'true');
  await expect.poll(() => visibleIds(page)).toEqual(['a-all', 'a-flight', 'a-g1', 'a-p1', 'a-phx']);
});

test('Washington time: a 09:00 MST Phoenix meeting shows at 12:00 (May), and a drop there writes Phoenix time', async ({ page, harness }) => {
  const app = await harness({ programFile: lensProgramFile() });
  await app.open();
  await expect(page.getByTestId('time-mode')).toHaveText('Local times');
  await expectEventAt(page, 'a-phx', '2024-05-09', '09:00:00');
  // Washington's own briefing is at 09:00 either way.
  await expectEventAt(page, 'a-all', '2024-05-06', '09:00:00');

  await page.getByTestId('home-time').click();
  await expect(page.getByTestId('home-time')).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByTestId('time-mode')).toHaveText('All times: Washington (America/New_York)');
  await expect.poll(() => page.locator('.calendar').getAttribute('data-time-mode')).toBe('home');
  await expectEventAt(page, 'a-phx', '2024-05-09', '12:00:00');
  await expectEventAt(page, 'a-all', '2024-05-06', '09:00:00');

  // Dropped at 14:00 Washington time on Friday = 11:00 in Phoenix, written in Phoenix's zone.
  const before = await revisionOf(page);
  await dragEventTo(page, 'a-phx', '2024-05-10', '14:00:00');
  await waitForSavedAfter(page, before);
  const saved = (JSON.parse(await app.readProgramText()) as Program).activities.find((a) => a.id === 'a-phx') as Activity & { timing: { start: string } };
  expect(saved.timing.start).toBe('2024-05-10T11:00:00-07:00[America/Phoenix]');
  await expectEventAt(page, 'a-phx', '2024-05-10', '14:00:00');

  await page.getByTestId('home-time').click();
  await expectEventAt(page, 'a-phx', '2024-05-10', '11:00:00');
});

test('the program overview shows every week of the program at a glance', async ({ page, harness }) => {
  const app = await harness({ programFile: sampleProgramFile() });
  await app.open();
  const program = JSON.parse(await app.readProgramText()) as Program;
  const group = program.groups[0];
  if (!group) throw new Error('the sample has no groups');
  await page.locator(`.sidebar [data-group-id="${group.id}"]`).click();
  await page.locator('.calendar').getByRole('tab', { name: 'Program view' }).click();
  await waitForCalendarReady(page);
  await expect(page.locator(`.calendar [role=cell][data-date="${program.startDate}"]`).first()).toBeVisible();
  await expect(page.locator(`.calendar [role=cell][data-date="${program.endDate}"]`).first()).toBeVisible();
  await expect.poll(async () => (await visibleIds(page)).length).toBeGreaterThan(10);
  await page.screenshot({ path: 'test-results/program-overview.png' });
});
