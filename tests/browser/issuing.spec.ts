/**
 * Issuing from the toolbar end to end: issue version 1, drag an activity to another day, and the
 * changes view names it for the one traveler who attends it; undo the drag and the change is gone.
 */
import { mkdir, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Program } from '../../src/shared/program/schema';
import { dragEventTo, revisionOf, waitForCalendarReady, waitForSavedAfter } from './calendar-driver';
import { expect, test } from './harness';
import { issuingProgramFile } from './programs';

const SCREENSHOTS = new URL('../../test-results/', import.meta.url).pathname;

test('issue version 1, move an activity, and the changes view lists it for the right traveler until undone', async ({ page, harness }) => {
  const app = await harness({ programFile: issuingProgramFile() });
  await app.open();
  await waitForCalendarReady(page);
  await expect(page.getByRole('button', { name: 'Changes', exact: true })).toBeDisabled();

  let revision = await revisionOf(page);
  await page.getByRole('button', { name: 'Issue itineraries…' }).click();
  const issue = page.getByRole('dialog', { name: 'Issue itineraries' });
  await issue.getByRole('textbox', { name: 'Note (optional)' }).fill('Sent before arrival');
  await issue.screenshot({ path: join(SCREENSHOTS, 'issue-dialog.png') });
  await issue.getByRole('button', { name: 'Issue version 1' }).click();
  await expect(issue.getByRole('status')).toHaveText('Version 1 issued to 2 travelers');
  revision = await waitForSavedAfter(page, revision);
  const saved = JSON.parse(await app.readProgramText()) as Program;
  expect(saved.issues.map((v) => [v.version, v.note])).toEqual([[1, 'Sent before arrival']]);
  await expect(page.getByTestId('undo')).toContainText('Undo Issue itineraries (version 1)');
  await issue.getByRole('button', { name: 'Close' }).click();

  // Nothing changed yet.
  await page.getByRole('button', { name: 'Changes', exact: true }).click();
  const changes = page.getByRole('dialog', { name: 'Changes since version 1' });
  await expect(changes.getByRole('status')).toHaveText('No changes since version 1');
  await changes.getByRole('button', { name: 'Close' }).click();

  await dragEventTo(page, 'a-site-visit', '2024-05-01', '14:00:00');
  revision = await waitForSavedAfter(page, revision);

  await page.getByRole('button', { name: 'Changes', exact: true }).click();
  await expect(changes.getByRole('status')).toHaveText('1 change for 1 of 2 travelers');
  const travelers = changes.getByRole('list', { name: 'Travelers with changes' }).locator(':scope > li');
  await expect(travelers).toHaveCount(1);
  await expect(travelers.first().getByRole('heading')).toContainText('Ana Pérez');
  await expect(travelers.first().locator('[data-activity="a-site-visit"]')).toHaveText(
    'Moved to another day: Site visit to the Federal Court, was Tue, Apr 30, 10:00–11:30 EDT, now Wed, May 1, 14:00–15:30 EDT',
  );
  await expect(changes).not.toContainText('Wójcik');
  await changes.screenshot({ path: join(SCREENSHOTS, 'changes-view.png') });
  await changes.getByRole('button', { name: 'Close' }).click();

  // Export only the affected traveler, with the changes page first.
  await page.getByRole('button', { name: 'Export…' }).click();
  const exporting = page.getByRole('dialog', { name: 'Export' });
  await exporting.getByRole('radio', { name: 'Travelers affected since version 1' }).check();
  await exporting.getByRole('checkbox', { name: 'Start with a “Changes since version 1” page' }).check();
  const folder = join(app.dir, 'Updates');
  await mkdir(folder);
  app.dialogs.folders.push(folder);
  await exporting.getByRole('button', { name: 'Export…' }).click();
  await expect(exporting.getByRole('status')).toHaveText('1 itinerary written to Updates', { timeout: 30_000 });
  expect(await readdir(folder)).toEqual(['itinerary-p1.pdf']);
  await exporting.getByRole('button', { name: 'Close' }).click();

  // Undo the drag (not the issue): the change disappears.
  await expect(page.getByTestId('undo')).toContainText('Undo Move');
  await page.getByTestId('undo').click();
  await waitForSavedAfter(page, revision);
  await page.getByRole('button', { name: 'Changes', exact: true }).click();
  await expect(changes.getByRole('status')).toHaveText('No changes since version 1');
  await changes.screenshot({ path: join(SCREENSHOTS, 'changes-view-empty.png') });
});
