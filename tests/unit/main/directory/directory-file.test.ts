import { chmod, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { DirectoryStore, readDirectoryFile } from '../../../../src/main/directory/directory-file';
import { withDirectoryExtension } from '../../../../src/main/directory/directory-service';
import { serializeDirectory } from '../../../../src/shared/directory/index';
import { buildSample } from '../../../../src/cli/sample/index';

const { directory } = buildSample();
let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'ivlp-directory-'));
});
afterEach(async () => {
  await chmod(dir, 0o755).catch(() => undefined);
  await rm(dir, { recursive: true, force: true });
});

describe('the directory file', () => {
  test('created new, then every save replaces it whole: the canonical bytes, the old version as .bak, no temp left', async () => {
    const path = join(dir, 'org.ivlp-directory.json');
    const store = await DirectoryStore.create(path, 'Org');
    expect(await readFile(path, 'utf8')).toBe('{\n  "directoryVersion": 1,\n  "name": "Org",\n  "venues": [],\n  "hosts": []\n}\n');
    // It will hold host families' addresses and phones: readable by its owner only, as program files are.
    if (process.platform !== 'win32') expect((await stat(path)).mode & 0o777).toBe(0o600);
    const saved = await store.update(() => directory);
    expect(await readFile(path, 'utf8')).toBe(serializeDirectory(saved));
    expect(await readFile(`${path}.bak`, 'utf8')).toContain('"name": "Org"');
    expect((await readdir(dir)).sort()).toEqual(['org.ivlp-directory.json', 'org.ivlp-directory.json.bak']);
    expect((await readDirectoryFile(path)).directory).toEqual(directory);
    // Creating over an existing file is refused.
    await expect(DirectoryStore.create(path, 'Again')).rejects.toMatchObject({ code: 'CONFLICT' });
  });

  test('a file that is not a directory is refused by name and left alone', async () => {
    const path = join(dir, 'bad.ivlp-directory.json');
    for (const [text, message] of [
      ['not json', /not valid JSON/],
      ['{"directoryVersion": 2, "name": "x", "venues": [], "hosts": []}', /not a valid directory file/],
      [serializeDirectory({ ...directory, venues: [...directory.venues, directory.venues[0] as (typeof directory.venues)[number]] }), /duplicate id/],
    ] as const) {
      await writeFile(path, text);
      await expect(DirectoryStore.open(path)).rejects.toThrow(message);
      expect(await readFile(path, 'utf8')).toBe(text);
    }
    await writeFile(path, Buffer.from([0x7b, 0xe9, 0x7d]));
    await expect(readDirectoryFile(path)).rejects.toMatchObject({ code: 'NOT_UTF8' });
    await expect(readDirectoryFile(join(dir, 'missing.ivlp-directory.json'))).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  test('a read-only directory file is never replaced (its bits say so, even to root)', async () => {
    const path = join(dir, 'ro.ivlp-directory.json');
    const store = await DirectoryStore.create(path, 'RO');
    await chmod(path, 0o444);
    await expect(store.update((d) => ({ ...d, name: 'changed' }))).rejects.toMatchObject({ code: 'READ_ONLY' });
    expect(store.directory.name).toBe('RO');
  });

  test('new files get the directory ending', () => {
    expect(withDirectoryExtension('/x/Meridian')).toBe('/x/Meridian.ivlp-directory.json');
    expect(withDirectoryExtension('/x/Meridian.json')).toBe('/x/Meridian.ivlp-directory.json');
    expect(withDirectoryExtension('/x/M.ivlp-directory.json')).toBe('/x/M.ivlp-directory.json');
  });
});
