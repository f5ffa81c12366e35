/** The passport (Latin-script) name in the People table: shown beside the name, edited in place, saved. */
import { join } from 'node:path';
import { expect, test } from './harness';
import { cellOf, editCell, openPeople, parse, rowOf, saved } from './people-driver';
import { sampleProgramFile } from './programs';

const SCREENSHOTS = new URL('../../test-results/', import.meta.url).pathname;

test('the Participants table shows the passport name and saves an edit of it', async ({ page, harness }) => {
  const app = await harness({ programFile: sampleProgramFile() });
  await app.open();
  await openPeople(page);
  await expect(page.getByRole('columnheader', { name: /Passport name/ })).toBeVisible();
  await expect(cellOf(page, 'p-ua-kovalenko', 'passportName')).toHaveText('Olena Kovalenko');
  await rowOf(page, 'p-ua-kovalenko').scrollIntoViewIfNeeded();
  await page.screenshot({ path: join(SCREENSHOTS, 'people-passport-name.png') });
  await saved(page, () => editCell(page, 'p-jo-alhaddad', 'passportName', 'Layla Al-Haddad'));
  expect(parse(await app.readProgramText()).participants.find((p) => p.id === 'p-jo-alhaddad')?.passportName).toBe('Layla Al-Haddad');
});
