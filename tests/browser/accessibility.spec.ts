/**
 * axe-core over every view and dialog of the real renderer, in light and dark colors: no serious
 * or critical WCAG 2 A/AA violation. The views: week, day, Groups, list, program; the problems
 * panel; People (participants with every column, staff); the inspector of a selected activity.
 * The dialogs: Move to…, Export, Issue itineraries, Import roster (with a file read), Settings.
 */
import type { Page } from '@playwright/test';
import { writeFile } from 'node:fs/promises';
import { waitForCalendarReady } from './calendar-driver';
import { seriousViolations } from './axe';
import { expect, test } from './harness';
import { sampleProgramFile } from './programs';

async function expectClean(page: Page, where: string, include?: string): Promise<void> {
  expect(await seriousViolations(page, include), where).toEqual([]);
}

async function closeDialog(page: Page): Promise<void> {
  await page.keyboard.press('Escape');
  await expect(page.locator('dialog[open]')).toHaveCount(0);
}

for (const theme of ['light', 'dark'] as const) {
  test(`no serious or critical axe violations in any view or dialog (${theme})`, async ({ page, harness }) => {
    test.setTimeout(120_000);
    await page.setViewportSize({ width: 1440, height: 900 });
    const app = await harness({ programFile: sampleProgramFile(), settings: { theme } });
    await app.open();
    await expect(page.locator('html')).toHaveAttribute('data-color-scheme', theme);

    await expectClean(page, 'week');
    for (const view of ['Day', 'Groups', 'List', 'Program']) {
      await page.getByRole('tab', { name: new RegExp(`^${view} view`) }).click();
      await waitForCalendarReady(page);
      await expectClean(page, view);
    }
    await page.getByRole('tab', { name: /^Week view/ }).click();
    await waitForCalendarReady(page);
    await page.locator('.calendar [data-event-id]').first().click();
    await page.getByTestId('problem-counts').click();
    await page.locator('#problems-panel').waitFor();
    await expectClean(page, 'week with the inspector and the problems panel');
    await page.locator('.inspector .move-to').click();
    await page.getByRole('dialog', { name: /^Move “/ }).waitFor();
    await expectClean(page, 'Move to… dialog', 'dialog[open]');
    await closeDialog(page);

    // The roster dialog asks main for a file first: give it one (with its mapping preview).
    const roster = app.documentPath('delegation.csv');
    await writeFile(roster, 'Family name,Given name,Country,Email\nPérez,Ana,Chile,ana@example.org\n');
    app.dialogs.open.push(roster);
    for (const [button, name] of [
      ['Export…', /Export/],
      ['Issue itineraries…', /Issue/],
      ['Import roster…', /Import roster/],
      ['Settings…', /Settings/],
    ] as const) {
      await page.getByRole("button", { name: button }).click();
      await page.getByRole('dialog', { name }).waitFor();
      await expect(page.locator('dialog[open]')).toHaveCount(1);
      await expectClean(page, `${button} dialog`, 'dialog[open]');
      await closeDialog(page);
    }

    await page.getByRole('tab', { name: 'People' }).click();
    await page.getByTestId('choose-columns').click();
    for (const key of ['email', 'phone', 'dietaryNotes', 'accessibilityNotes']) await page.locator(`[data-column-choice="${key}"]`).check();
    await page.getByTestId('choose-columns').click();
    await expectClean(page, 'People: participants');
    await page.getByRole('tab', { name: /^Staff/ }).click();
    await expectClean(page, 'People: staff');
  });
}
