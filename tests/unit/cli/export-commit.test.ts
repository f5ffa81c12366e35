/**
 * `ivlp export` writes all of its files or none, also when a target found late cannot be replaced:
 * the files placed before it are taken back and the previous versions restored, byte for byte.
 */
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { run, sample, useSampleFolder } from './cli-fixture';

const tmp = useSampleFolder('ivlp-export-commit-');

/** Every file in `dir` with its bytes (folders as "<folder>"). */
async function snapshot(dir: string): Promise<Map<string, string>> {
  const files = new Map<string, string>();
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    files.set(entry.name, entry.isDirectory() ? '<folder>' : await readFile(join(dir, entry.name), 'utf8'));
  }
  return files;
}

describe('ivlp export: a target that cannot be replaced', () => {
  test('a folder in the place of the last file: exit 2 naming it, every earlier file as it was, nothing new, no temp file', async () => {
    const out = join(tmp.dir, 'calendars');
    await mkdir(out);
    const ids = sample.participants.map((p) => p.id);
    // Last week's export of the first half, then something that is not a file where the last one goes.
    for (const id of ids.slice(0, 28)) await writeFile(join(out, `itinerary-${id}.ics`), `last week's calendar of ${id}\n`);
    const blocked = `itinerary-${ids.at(-1)}.ics`;
    await mkdir(join(out, blocked));
    await writeFile(join(out, blocked, 'keep.txt'), 'not ours');
    const before = await snapshot(out);

    const result = await run('export', 'ics', tmp.file, '--out', out, '--all');

    expect(result.code).toBe(2);
    expect(result.err).toContain(blocked);
    expect(result.err).toMatch(/is a folder/);
    expect(result.err).toMatch(/No file was written/);
    expect(await snapshot(out)).toEqual(before);
    expect(await readFile(join(out, blocked, 'keep.txt'), 'utf8')).toBe('not ours');
  });

  test('the same export into a clear folder then writes every file', async () => {
    const out = join(tmp.dir, 'calendars');
    await mkdir(out);
    await writeFile(join(out, `itinerary-${sample.participants[0]?.id}.ics`), 'old\n');
    const result = await run('export', 'ics', tmp.file, '--out', out, '--all');
    expect(result.code).toBe(0);
    const names = await readdir(out);
    expect(names).toHaveLength(sample.participants.length);
    expect(await readFile(join(out, `itinerary-${sample.participants[0]?.id}.ics`), 'utf8')).toMatch(/^BEGIN:VCALENDAR/);
  });
});
