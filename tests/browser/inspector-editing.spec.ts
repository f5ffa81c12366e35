/**
 * Editing in the inspector end to end: each committed field is one `activity/update` that main
 * saves to disk; an invalid value is refused next to the field and never sent; Ctrl+Z restores.
 */
import type { Program } from '../../src/shared/program/schema';
import { eventEl, revisionOf, waitForSavedAfter } from './calendar-driver';
import { expect, test } from './harness';
import { activityIn, firstPlenary, sampleProgramFile } from './programs';

test('editing the title and start time in the inspector saves each to disk; an end before the start is refused; Ctrl+Z restores', async ({
  page,
  harness,
}) => {
  const app = await harness({ programFile: sampleProgramFile() });
  await app.open();
  const original = await app.readProgramText();
  const plenary = firstPlenary(JSON.parse(original) as Program);
  await eventEl(page, plenary.id).click();
  const inspector = page.locator('aside.inspector');
  await expect(inspector).toHaveAttribute('data-activity-id', plenary.id);

  let revision = await revisionOf(page);
  const title = inspector.getByLabel('Title');
  await title.fill('Welcome plenary (renamed)');
  await title.press('Enter');
  revision = await waitForSavedAfter(page, revision);
  expect(activityIn(await app.readProgramText(), plenary.id).title).toBe('Welcome plenary (renamed)');
  await expect(inspector.locator('.inspector-title')).toHaveText('Welcome plenary (renamed)');

  const date = plenary.timing.start.slice(0, 10);
  const start = inspector.getByLabel(/^Start/);
  await start.fill(`${date}T08:15`);
  await start.press('Enter');
  revision = await waitForSavedAfter(page, revision);
  const afterTime = await app.readProgramText();
  expect(activityIn(afterTime, plenary.id).timing.start).toBe(`${date}T08:15:00${plenary.timing.start.slice(19)}`);

  // An end before the start stays in the field with the reason; nothing is sent or saved.
  const end = inspector.getByLabel(/^End/);
  await end.fill(`${date}T07:00`);
  await end.press('Enter');
  await expect(inspector.getByTestId('edit-end-error')).toHaveText('The end must be after the start');
  await expect(end).toHaveAttribute('aria-invalid', 'true');
  expect(await revisionOf(page)).toBe(revision);
  expect(await app.readProgramText()).toBe(afterTime);

  // Leave the field (its own undo wins inside it), then undo both edits: the original bytes return.
  await end.press('Escape');
  await end.evaluate((el) => (el as HTMLElement).blur());
  await page.keyboard.press('Control+z');
  revision = await waitForSavedAfter(page, revision);
  await page.keyboard.press('Control+z');
  await waitForSavedAfter(page, revision);
  expect(await app.readProgramText()).toBe(original);
  await expect(inspector.locator('.inspector-title')).toHaveText(plenary.title);
});
