/**
 * The app's export (through the real handler table, PDFs printed by Chromium) writes all of its
 * files or none when a target found late cannot be replaced: the earlier files are restored.
 */
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createCoreFixture, WINDOW, type CoreFixture } from '../app-fixture';

let fixture: CoreFixture | undefined;
afterEach(async () => {
  await fixture?.cleanup();
  fixture = undefined;
});

describe('export from the app: a target that cannot be replaced', () => {
  it('refuses with the file named, leaves the earlier itinerary as it was and no temp file', async () => {
    fixture = await createCoreFixture();
    await fixture.core.openInitial(WINDOW, fixture.programPath);
    const snapshot = await fixture.call('getCurrentProgram');
    if (!snapshot) throw new Error('nothing open');
    const out = join(fixture.dir, 'Itineraries May');
    await mkdir(join(out, 'itinerary-p2.pdf'), { recursive: true });
    await writeFile(join(out, 'itinerary-p1.pdf'), 'last week’s PDF');
    fixture.dialogs.folders.push(out);

    const result = await fixture.attempt('exportPdf', { docId: snapshot.docId, selection: { kind: 'all-participants' }, paper: 'letter' });

    expect(result).toMatchObject({ ok: false, error: { code: 'EXPORT_FAILED' } });
    const message = result.ok ? '' : result.error.message;
    expect(message).toContain('“itinerary-p2.pdf” in the output folder is a folder');
    expect(message).toMatch(/no file was written/);
    expect((await readdir(out)).sort()).toEqual(['itinerary-p1.pdf', 'itinerary-p2.pdf']);
    expect(await readFile(join(out, 'itinerary-p1.pdf'), 'utf8')).toBe('last week’s PDF');
  }, 30_000);
});
