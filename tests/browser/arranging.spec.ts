/**
 * Arranging in a real Chromium over the real handlers and files: the "needs action" lens and its
 * list, a status change and its undo, the organization directory offering a venue's new directions,
 * Clone program…, home-hospitality guests and the groups' interpreter coverage. Screenshots go to
 * test-results/ for a person to look at.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { serializeDirectory, type Directory } from '../../src/shared/directory/index';
import type { Program } from '../../src/shared/program/schema';
import { needsAction } from '../../src/shared/program/status';
import { eventEl, revisionOf, waitForCalendarReady, waitForSavedAfter } from './calendar-driver';
import { expect, test } from './harness';
import { readSample, sampleProgramFile } from './programs';

const SCREENSHOTS = new URL('../../test-results/', import.meta.url).pathname;
const DIRECTORY = new URL('../../resources/samples/meridian-directory.ivlp-directory.json', import.meta.url).pathname;
const program = readSample();

test('the needs-action lens lists what is not confirmed; marking one confirmed takes it off, undo puts it back', async ({ page, harness }) => {
  await page.setViewportSize({ width: 1400, height: 1000 });
  const app = await harness({ programFile: sampleProgramFile() });
  await app.open();
  const original = await app.readProgramText();
  const todo = program.activities.filter(needsAction);
  await expect(page.getByTestId('todo-count')).toHaveText(String(todo.length));

  // Status at a glance: the Cybercrime group's week in Austin, with a tentative and a declined meeting.
  await page.locator('[data-lens-kind="group"][data-lens-id="g-cyber"]').click();
  await page.getByRole('button', { name: /next/i }).click();
  await waitForCalendarReady(page);
  await page.locator('[data-time="14:00:00"]').last().scrollIntoViewIfNeeded();
  await page.screenshot({ path: join(SCREENSHOTS, 'calendar-statuses.png') });
  await page.getByRole('button', { name: /prev/i }).click();

  await page.locator('[data-lens-kind="needs-action"]').click();
  await expect(page.getByTestId('lens-label')).toHaveText('Needs action');
  const list = page.getByTestId('needs-action');
  await expect(list.locator('[data-todo-id]')).toHaveCount(todo.length);
  await expect(list).toContainText('Breakfast with Seattle maritime industry leaders');
  // Only those are on the calendar (the first week's: the evening at the Kennedy Center, tentative).
  await waitForCalendarReady(page);
  const shown = await page.locator('.calendar [data-event-id]').evaluateAll((els) => [...new Set(els.map((el) => (el as HTMLElement).dataset.eventId))]);
  expect(shown.length).toBeGreaterThan(0);
  for (const id of shown) expect(todo.map((a) => a.id)).toContain(id);
  await page.screenshot({ path: join(SCREENSHOTS, 'needs-action-lens.png') });

  // The Seattle breakfast was requested: the partner calls, the club says yes.
  const breakfast = todo.find((a) => a.title.startsWith('Breakfast with Seattle')) as Program['activities'][number];
  await list.getByRole('button', { name: breakfast.title }).click();
  await expect(page.locator('aside.inspector')).toHaveAttribute('data-activity-id', breakfast.id);
  await expect(eventEl(page, breakfast.id).locator('.ev-status')).toHaveText('Requested');
  await page.locator('aside.inspector .arranging').scrollIntoViewIfNeeded();
  await page.locator('aside.inspector .arranging').screenshot({ path: join(SCREENSHOTS, 'inspector-arranging.png') });
  const revision = await revisionOf(page);
  await page.getByTestId('status-select').selectOption('confirmed');
  const saved = await waitForSavedAfter(page, revision);
  await expect(list.locator(`[data-todo-id="${breakfast.id}"]`)).toHaveCount(0);
  await expect(page.getByTestId('todo-count')).toHaveText(String(todo.length - 1));
  expect((JSON.parse(await app.readProgramText()) as Program).activities.find((a) => a.id === breakfast.id)?.status).toBe('confirmed');
  await expect(page.getByTestId('undo')).toContainText(`Undo Mark “${breakfast.title}” confirmed`);

  await page.getByTestId('undo').click();
  await waitForSavedAfter(page, saved);
  await expect(list.locator(`[data-todo-id="${breakfast.id}"]`)).toHaveCount(1);
  expect(await app.readProgramText()).toBe(original);
});

test('the directory offers a venue’s new directions; the update is one edit that undoes', async ({ page, harness }) => {
  await page.setViewportSize({ width: 1400, height: 1000 });
  const app = await harness({ programFile: sampleProgramFile() });
  // The organization's directory, where someone has since rewritten Meridian's directions.
  const directory = JSON.parse(await readFile(DIRECTORY, 'utf8')) as Directory;
  const meridian = directory.venues.find((v) => v.name === 'Meridian International Center') as Directory['venues'][number];
  const edited = { ...directory, venues: directory.venues.map((v) => (v.id === meridian.id ? { ...v, directions: 'This year: the side gate on 16th Street; the main gate is closed for works.' } : v)) };
  const directoryPath = app.documentPath('Meridian.ivlp-directory.json');
  await writeFile(directoryPath, serializeDirectory(edited));
  await app.open();
  await expect(page.getByTestId('directory-offer')).toHaveCount(0);

  await page.getByRole('button', { name: 'Settings…' }).click();
  const settings = page.getByRole('dialog', { name: 'Settings' });
  app.dialogs.open.push(directoryPath);
  await settings.getByRole('button', { name: 'Open a directory…' }).click();
  await expect(settings.getByTestId('directory-info')).toContainText('Meridian International Center: Meridian.ivlp-directory.json');
  await settings.screenshot({ path: join(SCREENSHOTS, 'settings-dialog.png') });
  await settings.getByRole('button', { name: 'Close' }).click();

  const offer = page.getByTestId('directory-offer');
  await expect(offer).toContainText('Meridian International Center (directions)');
  await page.screenshot({ path: join(SCREENSHOTS, 'directory-offer.png'), clip: { x: 0, y: 0, width: 1400, height: 160 } });
  const revision = await revisionOf(page);
  await offer.getByRole('button', { name: 'Update this program' }).click();
  const saved = await waitForSavedAfter(page, revision);
  await expect(offer).toHaveCount(0);
  const after = JSON.parse(await app.readProgramText()) as Program;
  expect(after.venues.find((v) => v.id === 'v-meridian')?.directions).toBe('This year: the side gate on 16th Street; the main gate is closed for works.');
  await page.getByTestId('undo').click();
  await waitForSavedAfter(page, saved);
  expect((JSON.parse(await app.readProgramText()) as Program).venues.find((v) => v.id === 'v-meridian')?.directions).toBe(meridian.directions);
});

test('a venue’s new directions, typed in the inspector, are saved in the program and in the directory; undo takes back the program’s copy', async ({ page, harness }) => {
  await page.setViewportSize({ width: 1400, height: 1000 });
  const app = await harness({ programFile: sampleProgramFile() });
  const directoryPath = app.documentPath('Meridian.ivlp-directory.json');
  await writeFile(directoryPath, await readFile(DIRECTORY, 'utf8'));
  await app.open();
  const original = await app.readProgramText();
  await page.getByRole('button', { name: 'Settings…' }).click();
  const settings = page.getByRole('dialog', { name: 'Settings' });
  app.dialogs.open.push(directoryPath);
  await settings.getByRole('button', { name: 'Open a directory…' }).click();
  await expect(settings.getByTestId('directory-info')).toContainText('Meridian.ivlp-directory.json');
  await settings.getByRole('button', { name: 'Close' }).click();

  await waitForCalendarReady(page);
  await eventEl(page, 'a-dc-003').click();
  const details = page.getByTestId('venue-details');
  await expect(details).toContainText('Meridian International Center');
  await expect(details.getByTestId('venue-also-directory')).toBeChecked();
  const directions = 'This year: the side gate on 16th Street; the main gate is closed for works.';
  const revision = await revisionOf(page);
  await details.getByLabel('Directions').fill(directions);
  await details.getByLabel('Directions').press('Tab');
  const saved = await waitForSavedAfter(page, revision);
  await expect(details.getByTestId('venue-details-note')).toContainText('Saved in the directory too');
  await details.scrollIntoViewIfNeeded();
  await details.screenshot({ path: join(SCREENSHOTS, 'venue-details.png') });
  expect((JSON.parse(await app.readProgramText()) as Program).venues.find((v) => v.id === 'v-meridian')?.directions).toBe(directions);
  const onDisk = JSON.parse(await readFile(directoryPath, 'utf8')) as Directory;
  expect(onDisk.venues.find((v) => v.id === 'dv-meridian-international-center-washington')?.directions).toBe(directions);
  // This program already says it: nothing to offer here.
  await expect(page.getByTestId('directory-offer')).toHaveCount(0);

  await page.getByTestId('undo').click();
  await waitForSavedAfter(page, saved);
  expect(await app.readProgramText()).toBe(original);
  // The directory is shared: undo here does not take the change back from it, so the program is offered it again.
  expect((JSON.parse(await readFile(directoryPath, 'utf8')) as Directory).venues.find((v) => v.id === 'dv-meridian-international-center-washington')?.directions).toBe(directions);
  await expect(page.getByTestId('directory-offer')).toContainText('Meridian International Center (directions)');
});

test('Clone program… from the menu makes next year’s program and opens it', async ({ page, harness }) => {
  const app = await harness({ programFile: sampleProgramFile() });
  await app.open();
  await page.evaluate(() => (window as unknown as { ivlpHarnessEmit: (c: string, p: unknown) => void }).ivlpHarnessEmit('menu:action', 'clone-program'));
  const dialog = page.getByRole('dialog', { name: 'Clone program' });
  await expect(dialog.getByTestId('clone-start')).toHaveValue('2025-04-28');
  await dialog.screenshot({ path: join(SCREENSHOTS, 'clone-dialog.png') });
  // A Tuesday is refused, saying which Mondays work; nothing is asked or written.
  await dialog.getByTestId('clone-start').fill('2025-04-29');
  await dialog.getByRole('button', { name: 'Clone…' }).click();
  await expect(dialog.getByRole('alert')).toContainText('start on Monday 2025-04-28 or Monday 2025-05-05');
  await dialog.getByTestId('clone-start').fill('2025-04-28');
  const target = app.documentPath('TMSSW 2025.ivlp.json');
  app.dialogs.save.push(target);
  await dialog.getByRole('button', { name: 'Clone…' }).click();
  await expect(page.locator('.program-title')).toHaveText('Towards a More Safe and Secure World 2025');
  await expect(page.locator('.file-name')).toHaveText('TMSSW 2025.ivlp.json');
  const clone = JSON.parse(await readFile(target, 'utf8')) as Program;
  expect(clone.startDate).toBe('2025-04-28');
  expect(JSON.stringify(clone)).not.toContain('2024');
  await waitForCalendarReady(page);
  await page.screenshot({ path: join(SCREENSHOTS, 'clone-opened.png') });
});

test('home-hospitality guests move between families as one undoable edit, with the families’ warnings beside them', async ({ page, harness }) => {
  await page.setViewportSize({ width: 1400, height: 1100 });
  const app = await harness({ programFile: sampleProgramFile() });
  await app.open();
  const original = await app.readProgramText();
  const alvarez = program.activities.find((a) => a.title === 'Home hospitality dinner with the Alvarez family') as Program['activities'][number];
  const whitaker = program.activities.find((a) => a.title === 'Home hospitality dinner with the Whitaker family') as Program['activities'][number];
  await page.locator('[data-lens-kind="group"][data-lens-id="g-maritime"]').click();
  await waitForCalendarReady(page);
  await eventEl(page, alvarez.id).click();
  const placement = page.getByTestId('guest-placement');
  await expect(placement.locator('.family')).toHaveCount(4);
  const guest = alvarez.attendees.participantIds[0] as string;
  const guestName = program.participants.find((p) => p.id === guest);
  const name = `${guestName?.givenName} ${guestName?.familyName}`.trim();
  const revision = await revisionOf(page);
  await placement.getByLabel(`Move ${name}`).selectOption(whitaker.id);
  await waitForSavedAfter(page, revision);
  const saved = JSON.parse(await app.readProgramText()) as Program;
  expect(saved.activities.find((a) => a.id === alvarez.id)?.attendees.participantIds).not.toContain(guest);
  expect(saved.activities.find((a) => a.id === whitaker.id)?.attendees.participantIds).toContain(guest);
  await placement.screenshot({ path: join(SCREENSHOTS, 'guest-placement.png') });
  await page.getByTestId('undo').click();
  await expect.poll(async () => app.readProgramText()).toBe(original);
});

test('the People view shows, per group, the languages needed and who covers them', async ({ page, harness }) => {
  await page.setViewportSize({ width: 1400, height: 1000 });
  const app = await harness({ programFile: sampleProgramFile() });
  await app.open();
  await page.getByRole('tab', { name: 'People' }).click();
  const maritime = page.locator('.groups-item[data-group-id="g-maritime"] [data-testid="coverage"]');
  await expect(maritime.locator('[data-language="Spanish"]')).toContainText('Julián Ortega');
  await expect(maritime.locator('[data-language="Portuguese"]')).toContainText('Ana Beatriz Costa');
  // Take the Portuguese pair away from Ana Costa: Portuguese is not covered any more.
  await page.getByText('Interpreters’ language pairs').click();
  const pairs = page.getByLabel(/Ana Beatriz Costa/);
  await pairs.fill('English–Spanish');
  await pairs.press('Enter');
  await expect(maritime.locator('[data-language="Portuguese"]')).toContainText('no interpreter');
  await page.locator('.groups-panel').screenshot({ path: join(SCREENSHOTS, 'groups-coverage.png') });
});
