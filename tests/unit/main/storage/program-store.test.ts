import { readFile, unlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { CURRENT_SCHEMA_VERSION } from '../../../../src/shared/program/schema';
import { describe, expect, it } from 'vitest';
import { serializeProgram, validateProgram } from '../../../../src/shared/program/load';
import { ProgramFileAdapter } from '../../../../src/main/storage/program-adapter';
import { backupPathOf, hashBytes } from '../../../../src/main/storage/program-file';
import { ProgramFileStore } from '../../../../src/main/storage/program-file-store';
import { programVersion, sampleProgram, versionOf } from './fixture-program';
import { expectBytes, expectStorageError, listFolder, tempFolder, writeProgramFixture } from './helpers';

async function storeOn(version = 1) {
  const folder = await tempFolder();
  const { path, bytes } = await writeProgramFixture(folder, programVersion(version));
  return { folder, path, bytes, store: await ProgramFileStore.open(path) };
}

const onDiskVersion = async (path: string) => versionOf(JSON.parse(await readFile(path, 'utf8')) as ReturnType<typeof sampleProgram>);

describe('ProgramFileStore', () => {
  it('opens, saves canonical text, tracks the hash and keeps the very object it saved', async () => {
    const { path, store, bytes } = await storeOn();
    expect(store.hash).toBe(hashBytes(bytes));
    expect(store.readOnlyReason).toBeNull();
    expect(store.opened?.fileVersion).toBe(CURRENT_SCHEMA_VERSION);
    const next = programVersion(2);
    await store.save(next);
    // Identity matters: the document layer compares by reference to know whether it is dirty.
    expect(store.program).toBe(next);
    // The file is canonical: keys in the schema's order, whatever order the object was built in.
    const canonical = validateProgram(next);
    if (!canonical.ok) throw new Error('fixture is invalid');
    expect(await readFile(path, 'utf8')).toBe(serializeProgram(canonical.program));
    expect(JSON.parse(await readFile(path, 'utf8'))).toEqual(next);
    expect(store.hash).toBe(hashBytes(await readFile(path)));
    await expectBytes(backupPathOf(path), bytes);
  });

  it('create makes a new 0o600 file and refuses an existing path', async () => {
    const folder = await tempFolder();
    const path = join(folder, 'new.ivlp.json');
    const store = await ProgramFileStore.create(path, sampleProgram());
    expect(store.hash).toBe(hashBytes(await readFile(path)));
    expect(await listFolder(folder)).toEqual(['new.ivlp.json']);
    const before = await readFile(path);
    await expectStorageError(ProgramFileStore.create(path, programVersion(5)), 'CONFLICT');
    await expectBytes(path, before);
  });

  it('an invalid program is not saved: WRITE_FAILED naming the first problem; store and file unchanged', async () => {
    const { path, bytes, store } = await storeOn();
    const broken = programVersion(2);
    broken.venues = broken.venues.map((v) => (v.id === 'state' ? { ...v, cityId: 'nowhere' } : v));
    const error = await expectStorageError(store.save(broken), 'WRITE_FAILED');
    expect(error.message).toMatch(/venues\[0\]\.cityId: no city with id "nowhere"/);
    expect(store.program).toEqual(programVersion(1));
    await expectBytes(path, bytes);
  });

  it('saves issued together run one after another, each on the hash the previous left', async () => {
    const { path, store } = await storeOn();
    await Promise.all([3, 4, 5, 6].map((n) => store.save(programVersion(n))));
    expect(await onDiskVersion(path)).toBe(6);
    expect(store.hash).toBe(hashBytes(await readFile(path)));
  });

  it('after a CONFLICT: reload shows their version, forceOverwrite puts ours over it', async () => {
    const { path, store } = await storeOn();
    await writeFile(path, serializeProgram(programVersion(40)));
    const mine = programVersion(2);
    await expectStorageError(store.save(mine), 'CONFLICT');
    expect(await onDiskVersion(path)).toBe(40);

    await store.forceOverwrite(mine);
    expect(await onDiskVersion(path)).toBe(2);
    expect(await onDiskVersion(backupPathOf(path))).toBe(40); // their version is kept as the backup
    expect(store.program).toBe(mine);

    await writeFile(path, serializeProgram(programVersion(41)));
    await store.reload();
    expect(versionOf(store.program)).toBe(41);
    await store.save(programVersion(42));
    expect(await onDiskVersion(path)).toBe(42);
  });

  it('after MISSING (file deleted), forceOverwrite recreates it', async () => {
    const { path, store } = await storeOn();
    await unlink(path);
    await expectStorageError(store.save(programVersion(2)), 'MISSING');
    await store.forceOverwrite(programVersion(2));
    expect(await onDiskVersion(path)).toBe(2);
  });

  it('reload of a file that no longer loads throws and keeps the current program', async () => {
    const { path, store } = await storeOn();
    await writeFile(path, '{"schemaVersion": 1, "id": "x"');
    await expectStorageError(store.reload(), 'LOAD_FAILED');
    expect(versionOf(store.program)).toBe(1);
    // ...and the store will not save over it either (its bytes are not what the store last saw).
    await expectStorageError(store.save(programVersion(2)), 'CONFLICT');
  });

  it('saveCopy writes a new file and stays on its own; refuses an existing path unless told to overwrite', async () => {
    const { folder, path, store, bytes } = await storeOn();
    const copy = join(folder, 'copy.ivlp.json');
    await store.saveCopy(copy);
    expect(await onDiskVersion(copy)).toBe(1);
    await store.saveCopy(copy + '2', { program: programVersion(9) });
    expect(await onDiskVersion(copy + '2')).toBe(9);
    await expectStorageError(store.saveCopy(copy), 'CONFLICT');
    await store.saveCopy(copy, { program: programVersion(8), overwrite: true });
    expect(await onDiskVersion(copy)).toBe(8);
    await expectStorageError(store.saveCopy(path), 'CONFLICT');
    expect(store.path).toBe(path);
    await expectBytes(path, bytes);
  });

  it('revertToBackup restores <path>.bak durably and the replaced version becomes the new backup', async () => {
    const { path, store } = await storeOn();
    await store.save(programVersion(2));
    await store.save(programVersion(3));
    const restored = await store.revertToBackup();
    expect(versionOf(restored)).toBe(2);
    expect(await onDiskVersion(path)).toBe(2);
    expect(await onDiskVersion(backupPathOf(path))).toBe(3);
    expect(store.program).toBe(restored);
    expect(store.hash).toBe(hashBytes(await readFile(path)));
  });

  it('revertToBackup with no backup is NOT_FOUND; with a broken backup LOAD_FAILED naming it; file untouched', async () => {
    const { path, bytes, store } = await storeOn();
    const none = await expectStorageError(store.revertToBackup(), 'NOT_FOUND');
    expect(none.message).toContain('tmssw.ivlp.json.bak');
    await writeFile(backupPathOf(path), '{"schemaVersion": 1');
    const broken = await expectStorageError(store.revertToBackup(), 'LOAD_FAILED');
    expect(broken.message).toMatch(/^The backup tmssw\.ivlp\.json\.bak cannot be used/);
    expect(broken.loadError?.code).toBe('NOT_JSON');
    await expectBytes(path, bytes);
  });

  it('restoreBackup opens a file that does not load from its backup, keeping the damaged file as the new backup', async () => {
    const folder = await tempFolder();
    const path = join(folder, 'tmssw.ivlp.json');
    const store = await ProgramFileStore.create(path, programVersion(1));
    await store.save(programVersion(2));
    const damaged = Buffer.from('{"schemaVersion": 1, "id": "tmssw-2024", "ti');
    await writeFile(path, damaged);
    await expectStorageError(ProgramFileStore.open(path), 'LOAD_FAILED');
    const restored = await ProgramFileStore.restoreBackup(path);
    expect(versionOf(restored.program)).toBe(1);
    await expectBytes(backupPathOf(path), damaged);
  });
});

describe('ProgramFileAdapter (lowdb)', () => {
  it('read() throws instead of returning null for a file that does not load', async () => {
    const folder = await tempFolder();
    const path = join(folder, 'x.ivlp.json');
    await writeFile(path, '');
    await expectStorageError(new ProgramFileAdapter(path).read(), 'LOAD_FAILED');
  });

  it('write() refuses when the file was read with a readOnlyReason', async () => {
    const folder = await tempFolder();
    const { path, bytes } = await writeProgramFixture(folder, programVersion(1));
    const adapter = new ProgramFileAdapter(path, { hash: hashBytes(bytes), readOnlyReason: 'Someone said so.' });
    const error = await expectStorageError(adapter.write(programVersion(2)), 'READ_ONLY');
    expect(error.message).toContain('Someone said so.');
    await expectBytes(path, bytes);
  });
});
