/** StagedFiles on a real temp folder: two names that are one file on a case-insensitive disk are refused before anything is placed. */
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { StagedFiles, StagedWriteError } from '../../../../src/main/print/staged-files';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'ivlp-staged-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('StagedFiles: names that collide on Windows and macOS disks', () => {
  test.each([
    ['letter case', 'itinerary-p-ana.ics', 'itinerary-P-Ana.ics'],
    ['Unicode normalization (NFC vs NFD)', 'itinerary-jos\u00e9.ics', 'itinerary-jose\u0301.ics'],
    ['ß and SS', 'program-stra\u00dfe.ics', 'program-STRASSE.ics'],
  ])('%s: the second is refused, and discard leaves the folder empty', async (_what, first, second) => {
    const staged = new StagedFiles();
    await staged.add(join(dir, first), new Uint8Array([1]));
    const refused = staged.add(join(dir, second), new Uint8Array([2]));
    await expect(refused).rejects.toBeInstanceOf(StagedWriteError);
    await expect(refused).rejects.toThrow(/one file on Windows and macOS disks/);
    await staged.discard();
    expect(await readdir(dir)).toEqual([]);
  });
});
