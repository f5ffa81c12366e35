/**
 * The People workspace end to end, on real files: the Calendar | People switch keeps the calendar's
 * view, the participants table sorts and searches (diacritics ignored), cells edit in place as one
 * saved command each with invalid values refused beside the cell, groups are created, renamed,
 * recolored and filled by multi-select and by drag, staff edit likewise, and undo walks every step
 * back to the original bytes on disk.
 */
import { revisionOf, waitForSavedAfter } from './calendar-driver';
import { expect, test } from './harness';
import { cellOf, editCell, familyNames, groupItem, openPeople, parse, rowOf, saved, table } from './people-driver';
import { sampleProgramFile } from './programs';

test('the Calendar | People tabs switch workspaces by mouse and keyboard; the calendar keeps its lens and dates', async ({ page, harness }) => {
  const app = await harness({ programFile: sampleProgramFile() });
  await app.open();
  await page.locator('[data-lens-kind="group"][data-lens-id="g-border"]').click();
  const firstDay = await page.locator('[role=columnheader][data-date]').first().getAttribute('data-date');

  await openPeople(page);
  await expect(page.getByRole('tab', { name: 'People' })).toHaveAttribute('aria-selected', 'true');
  await expect(page.locator('#workspace-calendar')).toBeHidden();
  await expect(page.getByTestId('people-count')).toHaveText('56 participants');

  // Back by keyboard: the focused tab moves with the arrows and activates.
  await page.getByRole('tab', { name: 'People' }).focus();
  await page.keyboard.press('ArrowLeft');
  await expect(page.getByRole('tab', { name: 'Calendar' })).toBeFocused();
  await expect(page.locator('#workspace-calendar')).toBeVisible();
  await expect(page.locator('[data-lens-kind="group"][data-lens-id="g-border"]')).toHaveAttribute('aria-pressed', 'true');
  await expect(page.locator('[role=columnheader][data-date]').first()).toHaveAttribute('data-date', firstDay as string);
});

test('participants sort by country then by family name, and search ignores diacritics', async ({ page, harness }, testInfo) => {
  const app = await harness({ programFile: sampleProgramFile() });
  await app.open();
  await openPeople(page);
  const countryHeader = table(page).locator('th[data-col="country"]');
  await countryHeader.getByRole('button').click();
  await expect(countryHeader).toHaveAttribute('aria-sort', 'ascending');
  // Ties (two from Colombia, two from Costa Rica) fall back to the family name; "Côte d’Ivoire" sorts after "Costa Rica".
  expect((await familyNames(page)).slice(0, 9)).toEqual([
    'Hoxha',
    'Albuquerque Magalhães',
    'Mbarga Essomba',
    'Ospina Restrepo',
    'Suárez Beltrán',
    'Mora Solano',
    'Quesada Jiménez',
    'Kouassi',
    'Kučera',
  ]);
  await countryHeader.getByRole('button').click();
  await expect(countryHeader).toHaveAttribute('aria-sort', 'descending');
  expect((await familyNames(page))[0]).toBe('Nguyễn');

  const familyHeader = table(page).locator('th[data-col="familyName"]');
  await familyHeader.getByRole('button').click();
  await expect(familyHeader).toHaveAttribute('aria-sort', 'ascending');
  await expect(countryHeader).toHaveAttribute('aria-sort', 'none');
  expect((await familyNames(page)).slice(0, 6)).toEqual(['Al-Jubouri', 'Albuquerque Magalhães', 'Andrade Villacís', 'Asante-Mensah', 'Batista Castillo', 'Ben Salah']);

  const search = page.getByRole('searchbox', { name: 'Search participants' });
  await search.fill('hernandez');
  await expect.poll(() => familyNames(page)).toEqual(['Hernández Ortiz']);
  // Kouassi matches through the organization no column shows ("Pôle pénal économique et financier").
  await search.fill('PENA');
  await expect.poll(() => familyNames(page)).toEqual(['Kouassi', 'Peña Almonte', 'Ruiz Peña']);
  await expect(page.getByTestId('people-count')).toHaveText('3 of 56 participants');
  await search.fill('jimenez');
  await expect.poll(() => familyNames(page)).toEqual(['Quesada Jiménez']);
  await search.fill("cote d'ivoire");
  await expect.poll(() => familyNames(page)).toEqual(['Kouassi']);
  await search.fill('sigurdardottir');
  await expect.poll(() => familyNames(page)).toEqual(['Sigurðardóttir']);
  // Several words match in any column, in any order: a group name and a language.
  await search.fill('french counterterrorism cameroon');
  await expect.poll(() => familyNames(page)).toEqual(['Mbarga Essomba']);
  await search.fill('');
  await expect(page.getByTestId('people-count')).toHaveText('56 participants');
  await page.screenshot({ path: testInfo.outputPath('people-view.png') });
});

test('a country edited in place is saved; an impossible date or a departure before arrival is refused beside the cell; Ctrl+Z restores the bytes', async ({
  page,
  harness,
}) => {
  const app = await harness({ programFile: sampleProgramFile() });
  await app.open();
  const original = await app.readProgramText();
  await openPeople(page);

  await saved(page, () => editCell(page, 'p-cr-mora', 'country', 'Costa Rica (San José)'));
  const afterCountry = await app.readProgramText();
  expect(parse(afterCountry).participants.find((p) => p.id === 'p-cr-mora')?.country).toBe('Costa Rica (San José)');
  await expect(cellOf(page, 'p-cr-mora', 'country').getByRole('button')).toBeFocused();
  await expect(page.getByTestId('undo')).toHaveText('Undo Edit country of Esteban Mora Solano');

  const revision = await revisionOf(page);
  await editCell(page, 'p-cr-mora', 'arrival', '2024-13-45');
  const arrival = cellOf(page, 'p-cr-mora', 'arrival');
  await expect(arrival.getByRole('alert')).toHaveText('“2024-13-45” is not a date: type it like May 6, 2024 or 2024-05-06');
  await expect(arrival.getByRole('textbox')).toHaveAttribute('aria-invalid', 'true');
  await arrival.getByRole('textbox').press('Escape');
  // Dates read as everywhere else in the window.
  await expect(arrival.getByRole('button')).toHaveText('Apr 29, 2024');

  // By keyboard: Enter on the cell opens its editor.
  await cellOf(page, 'p-cr-mora', 'departure').getByRole('button').press('Enter');
  await cellOf(page, 'p-cr-mora', 'departure').getByRole('textbox').fill('2024-04-20');
  await page.keyboard.press('Enter');
  await expect(cellOf(page, 'p-cr-mora', 'departure').getByRole('alert')).toHaveText('Departure is before arrival');
  await cellOf(page, 'p-cr-mora', 'departure').getByRole('textbox').press('Escape');
  expect(await revisionOf(page)).toBe(revision);
  expect(await app.readProgramText()).toBe(afterCountry);

  // Languages are a list: commas split it, blanks and repeats go.
  await saved(page, () => editCell(page, 'p-cr-mora', 'languages', 'Spanish, English, , spanish, Portuguese'));
  expect(parse(await app.readProgramText()).participants.find((p) => p.id === 'p-cr-mora')?.languages).toEqual(['Spanish', 'English', 'Portuguese']);

  await saved(page, () => page.keyboard.press('Control+z'));
  await saved(page, () => page.keyboard.press('Control+z'));
  expect(await app.readProgramText()).toBe(original);
});

test('a group is created, renamed, recolored and filled by multi-select and by drag; undo walks back to the original file', async ({ page, harness }, testInfo) => {
  const app = await harness({ programFile: sampleProgramFile() });
  await app.open();
  const original = await app.readProgramText();
  await openPeople(page);

  const name = page.getByLabel('New group');
  await name.fill('Regional liaison');
  await saved(page, () => page.getByRole('button', { name: 'Create group' }).click());
  let group = parse(await app.readProgramText()).groups.at(-1);
  expect(group).toMatchObject({ id: 'g-regional-liaison', name: 'Regional liaison', participantIds: [], staffIds: [] });

  await groupItem(page, 'g-regional-liaison').getByRole('button', { name: 'Rename group Regional liaison' }).click();
  const rename = page.getByLabel('Name of group Regional liaison');
  await rename.fill('');
  await rename.press('Enter');
  await expect(groupItem(page, 'g-regional-liaison').getByRole('alert')).toHaveText('A group needs a name');
  await rename.fill('Regional Liaison Officers');
  await saved(page, () => rename.press('Enter'));
  await saved(page, () => page.getByLabel('Color of Regional Liaison Officers').fill('#c92a2a'));
  group = parse(await app.readProgramText()).groups.at(-1);
  expect(group).toMatchObject({ name: 'Regional Liaison Officers', color: '#c92a2a' });

  // Two by selection: a click, then a shift-click on the next row selects the range.
  await rowOf(page, 'p-cr-quesada').getByRole('checkbox').click();
  await rowOf(page, 'p-cr-mora').getByRole('checkbox').click({ modifiers: ['Shift'] });
  await expect(page.getByTestId('selection-count')).toHaveText('2 selected');
  await page.getByRole('button', { name: 'Add to group' }).click();
  await saved(page, () => page.getByRole('menuitem', { name: 'Regional Liaison Officers' }).click());
  await expect(page.getByTestId('people-status')).toHaveText('Added 2 participants to Regional Liaison Officers.');
  await expect(page.getByTestId('undo')).toHaveText('Undo Add 2 participants to Regional Liaison Officers');

  // One by drag: an unselected row goes alone.
  await saved(page, () => rowOf(page, 'p-ke-kamau').locator('.drag-grip').dragTo(groupItem(page, 'g-regional-liaison')));
  group = parse(await app.readProgramText()).groups.at(-1);
  expect(group?.participantIds).toEqual(['p-cr-quesada', 'p-cr-mora', 'p-ke-kamau']);
  await expect(groupItem(page, 'g-regional-liaison').getByTestId('group-counts')).toHaveText('3 participants · 0 staff');
  await expect(cellOf(page, 'p-ke-kamau', 'groups')).toContainText('Regional Liaison Officers');
  await page.screenshot({ path: testInfo.outputPath('people-groups.png') });

  // Undo step by step: drag, multi-select add, color, rename, create.
  const expectedUndo = [
    'Undo Add Wanjiru Kamau to Regional Liaison Officers',
    'Undo Add 2 participants to Regional Liaison Officers',
    'Undo Change color of Regional Liaison Officers',
    'Undo Rename group Regional liaison to Regional Liaison Officers',
    'Undo Create group Regional liaison',
  ];
  await page.getByTestId('undo').focus();
  for (const label of expectedUndo) {
    await expect(page.getByTestId('undo')).toHaveText(label);
    const revision = await revisionOf(page);
    await page.keyboard.press('Control+z');
    await waitForSavedAfter(page, revision);
  }
  expect(await app.readProgramText()).toBe(original);
});

test('staff are edited in place; deleting a staff member names the group it cascades to and undo restores it', async ({ page, harness }, testInfo) => {
  const app = await harness({ programFile: sampleProgramFile() });
  await app.open();
  const original = await app.readProgramText();
  await openPeople(page);
  await page.getByRole('tab', { name: /^Staff/ }).click();
  await expect(table(page, 'Staff')).toBeVisible();

  await saved(page, () => editCell(page, 's-int-ortega', 'email', 'j.ortega@example.org'));
  await cellOf(page, 's-int-ortega', 'role').getByRole('button').click();
  await saved(page, async () => {
    await cellOf(page, 's-int-ortega', 'role').getByRole('combobox').selectOption('escort');
  });
  let ortega = parse(await app.readProgramText()).staff.find((s) => s.id === 's-int-ortega');
  expect(ortega).toMatchObject({ email: 'j.ortega@example.org', role: 'escort' });
  await expect(cellOf(page, 's-int-ortega', 'role')).toHaveText('Escort');
  await page.screenshot({ path: testInfo.outputPath('people-staff.png') });

  await rowOf(page, 's-int-ortega').getByRole('button', { name: 'Delete Julián Ortega' }).click();
  const confirm = page.getByRole('alertdialog', { name: 'Delete Julián Ortega?' });
  await expect(confirm).toContainText('They are also removed from 1 group (Maritime Security and IUU Fishing)');
  await saved(page, () => confirm.getByRole('button', { name: 'Delete' }).click());
  const afterDelete = parse(await app.readProgramText());
  expect(afterDelete.staff.some((s) => s.id === 's-int-ortega')).toBe(false);
  expect(afterDelete.groups.find((g) => g.id === 'g-maritime')?.staffIds).toEqual(['s-elo-vega', 's-int-costa']);

  await saved(page, () => page.keyboard.press('Control+z'));
  ortega = parse(await app.readProgramText()).staff.find((s) => s.id === 's-int-ortega');
  expect(ortega?.role).toBe('escort');
  await saved(page, () => page.keyboard.press('Control+z'));
  await saved(page, () => page.keyboard.press('Control+z'));
  expect(await app.readProgramText()).toBe(original);
});

test('a participant is added, then deleted with a warning naming what it cascades to', async ({ page, harness }) => {
  const app = await harness({ programFile: sampleProgramFile() });
  await app.open();
  const original = await app.readProgramText();
  await openPeople(page);
  await page.getByRole('button', { name: 'Add participant…' }).click();
  const form = page.getByRole('form', { name: 'Add participant' });
  await form.getByRole('button', { name: 'Add participant' }).click();
  await expect(form.getByRole('alert')).toHaveText('A family name is required');
  await form.getByLabel('Family name').fill('Pérez Ramos');
  await form.getByLabel('Given name').fill('Lucía');
  await form.getByLabel('Country').fill('Chile');
  await saved(page, () => form.getByRole('button', { name: 'Add participant' }).click());
  const added = parse(await app.readProgramText()).participants.at(-1);
  expect(added).toMatchObject({ id: 'p-perez-ramos-lucia', familyName: 'Pérez Ramos', givenName: 'Lucía', country: 'Chile', arrival: null });
  await expect(page.getByTestId('people-count')).toHaveText('57 participants');

  await page.getByRole('searchbox', { name: 'Search participants' }).fill('perez');
  await expect.poll(() => familyNames(page)).toEqual(['Pérez Ramos']);

  // A participant in a group: deleting says so, and undo puts them back in it.
  await page.getByRole('searchbox', { name: 'Search participants' }).fill('kamau');
  await rowOf(page, 'p-ke-kamau').getByRole('button', { name: 'Delete Wanjiru Kamau' }).click();
  const confirm = page.getByRole('alertdialog', { name: 'Delete Wanjiru Kamau?' });
  await expect(confirm).toContainText('removed from 1 group (Maritime Security and IUU Fishing)');
  await expect(confirm.getByRole('button', { name: 'Cancel' })).toBeFocused();
  await saved(page, () => confirm.getByRole('button', { name: 'Delete' }).click());
  expect(parse(await app.readProgramText()).groups.find((g) => g.id === 'g-maritime')?.participantIds).not.toContain('p-ke-kamau');
  await saved(page, () => page.keyboard.press('Control+z'));
  await saved(page, () => page.keyboard.press('Control+z'));
  expect(await app.readProgramText()).toBe(original);
});

test('every participant field can be shown and edited in place, and set when adding someone', async ({ page, harness }) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  const app = await harness({ programFile: sampleProgramFile() });
  await app.open();
  await openPeople(page);
  await page.getByTestId('choose-columns').click();
  for (const key of ['email', 'phone', 'dietaryNotes', 'accessibilityNotes']) await page.locator(`[data-column-choice="${key}"]`).check();
  await page.getByTestId('choose-columns').click();
  for (const label of ['Position', 'Organization', 'Email', 'Phone', 'Interpretation into', 'Dietary notes', 'Accessibility notes']) {
    await expect(table(page).getByRole('columnheader', { name: label })).toBeVisible();
  }
  await page.screenshot({ path: 'test-results/people-all-columns.png' });

  await saved(page, () => editCell(page, 'p-cr-mora', 'position', 'Deputy Director, Coast Guard'));
  await saved(page, () => editCell(page, 'p-cr-mora', 'interpretation', 'Spanish'));
  await cellOf(page, 'p-cr-mora', 'dietaryNotes').getByRole('button').click();
  await cellOf(page, 'p-cr-mora', 'dietaryNotes').getByRole('textbox').fill('Vegetarian');
  await saved(page, () => cellOf(page, 'p-cr-mora', 'dietaryNotes').getByRole('textbox').press('Enter'));
  expect(parse(await app.readProgramText()).participants.find((p) => p.id === 'p-cr-mora')).toMatchObject({
    position: 'Deputy Director, Coast Guard',
    interpretation: 'Spanish',
    dietaryNotes: 'Vegetarian',
  });
  // The choice of columns is remembered on this computer.
  await page.reload();
  await openPeople(page);
  await expect(table(page).getByRole('columnheader', { name: 'Dietary notes' })).toBeVisible();

  await page.getByRole('button', { name: 'Add participant…' }).click();
  const form = page.getByRole('form', { name: 'Add participant' });
  await form.getByLabel('Family name').fill('Okoye');
  await form.getByLabel('Country').fill('Nigeria');
  await form.getByLabel('Organization').fill('Nigeria Police Force');
  await form.getByLabel('Arrival').fill('Apr 28');
  await form.getByLabel('Accessibility notes').fill('Step-free rooms');
  await saved(page, () => form.getByRole('button', { name: 'Add participant' }).click());
  expect(parse(await app.readProgramText()).participants.at(-1)).toMatchObject({
    familyName: 'Okoye',
    organization: 'Nigeria Police Force',
    arrival: '2024-04-28',
    accessibilityNotes: 'Step-free rooms',
  });
});
