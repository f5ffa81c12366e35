/** Drives the People workspace like a planner: the workspace tabs, table cells by row id and column, the groups panel. */
import { expect, type Locator, type Page } from '@playwright/test';
import type { Program } from '../../src/shared/program/schema';
import { revisionOf, waitForSavedAfter } from './calendar-driver';

export async function openPeople(page: Page): Promise<void> {
  await page.getByRole('tab', { name: 'People' }).click();
  await expect(page.getByRole('table', { name: 'Participants' })).toBeVisible();
}

export function table(page: Page, kind: 'Participants' | 'Staff' = 'Participants'): Locator {
  return page.getByRole('table', { name: kind });
}

export function rowOf(page: Page, id: string): Locator {
  return page.locator(`.people-table tr[data-row-id="${id}"]`);
}

export function cellOf(page: Page, id: string, column: string): Locator {
  return rowOf(page, id).locator(`td[data-col="${column}"]`);
}

/** The family names of the shown rows, top to bottom. */
export async function familyNames(page: Page): Promise<string[]> {
  return page.locator('.people-table tbody td[data-col="familyName"]').allInnerTexts();
}

export function groupItem(page: Page, id: string): Locator {
  return page.locator(`.groups-item[data-group-id="${id}"]`);
}

/** Opens a cell's editor, types the value and presses Enter (wrap in `saved` when it should save). */
export async function editCell(page: Page, id: string, column: string, value: string): Promise<void> {
  await cellOf(page, id, column).getByRole('button').click();
  const input = cellOf(page, id, column).getByRole('textbox');
  await input.fill(value);
  await input.press('Enter');
}

/** Runs `action` and waits until main confirmed it and the file on disk holds it. */
export async function saved(page: Page, action: () => Promise<void>): Promise<void> {
  const revision = await revisionOf(page);
  await action();
  await waitForSavedAfter(page, revision);
}

export function parse(text: string): Program {
  return JSON.parse(text) as Program;
}
