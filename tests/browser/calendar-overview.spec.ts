/**
 * The whole-program grid names the city every group is in each day, and the week's columns say
 * which time zones they run on where that changes: the TMSSW sample's Border group flies from
 * Washington (EDT) to Phoenix (MST, no daylight saving) on Saturday May 4. Screenshots of both go
 * to the test's output folder.
 */
import type { Page } from '@playwright/test';
import { waitForCalendarReady } from './calendar-driver';
import { expect, test } from './harness';
import { sampleProgramFile } from './programs';

const zoneOf = (page: Page, date: string) => page.locator(`.calendar [role=columnheader][data-date="${date}"] [data-day-zone]`);

test('the program view shows each group’s cities per day; the week labels the zone where it changes', async ({ page, harness }, testInfo) => {
  const app = await harness({ programFile: sampleProgramFile() });
  await app.open();

  // Everyone: the first day is labelled; Saturday May 4 has the groups in three zones.
  await expect(zoneOf(page, '2024-04-29')).toHaveText('EDT');
  await expect(zoneOf(page, '2024-04-30')).toHaveCount(0);
  const everyone = (await zoneOf(page, '2024-05-04').getAttribute('data-day-zone'))?.split(' · ').sort();
  expect(everyone).toEqual(['CDT', 'EDT', 'MST']);

  // The Border group: Washington until the flight, Phoenix after it.
  await page.locator('.sidebar [data-lens-kind="group"][data-lens-id="g-border"]').click();
  await expect(zoneOf(page, '2024-05-04')).toHaveText('EDT → MST');
  await expect(zoneOf(page, '2024-05-05')).toHaveText('MST');
  await expect(zoneOf(page, '2024-05-03')).toHaveCount(0);
  await waitForCalendarReady(page);
  await page.screenshot({ path: testInfo.outputPath('week-zone-labels.png') });

  // Washington time puts every column on one clock: no labels.
  await page.getByTestId('home-time').click();
  await expect(page.locator('.calendar [data-day-zone]')).toHaveCount(0);
  await page.getByTestId('home-time').click();
  await expect(zoneOf(page, '2024-05-04')).toHaveText('EDT → MST');

  // The whole program, everyone: where each of the four groups is, day by day.
  await page.locator('.sidebar [data-lens-kind="everyone"]').click();
  await page.locator('.calendar').getByRole('tab', { name: 'Program view' }).click();
  const place = (date: string, group: string) => page.locator(`.calendar [data-date="${date}"] .overview-places [data-group-id="${group}"]`);
  await expect(place('2024-04-30', 'g-border')).toHaveText(/Washington$/);
  await expect(place('2024-05-04', 'g-border')).toHaveText(/Washington → Phoenix$/);
  await expect(place('2024-05-07', 'g-maritime')).toHaveText(/St\. Petersburg → Tampa → St\. Petersburg$/);
  await expect(place('2024-05-13', 'g-border')).toHaveText(/Tucson → Dallas\/Fort Worth → New York$/);
  await expect(place('2024-05-16', 'g-cyber')).toHaveText(/New York$/);
  await expect(page.locator('.calendar [data-date="2024-05-04"] .overview-places li')).toHaveCount(4);
  await waitForCalendarReady(page);
  await page.screenshot({ path: testInfo.outputPath('program-overview.png') });

  // A group's lens shows only that group's line.
  await page.locator('.sidebar [data-lens-kind="group"][data-lens-id="g-maritime"]').click();
  await expect(page.locator('.calendar [data-date="2024-05-04"] .overview-places li')).toHaveCount(1);
  await expect(place('2024-05-09', 'g-maritime')).toHaveText(/St\. Petersburg → Tampa → Seattle$/);
});
