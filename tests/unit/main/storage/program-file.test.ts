import { chmod, readFile, rename, stat, symlink, unlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { CURRENT_SCHEMA_VERSION } from '../../../../src/shared/program/schema';
import { describe, expect, it } from 'vitest';
import { serializeProgram } from '../../../../src/shared/program/load';
import { backupPathOf, hashBytes, readProgramFile, writeProgramFile } from '../../../../src/main/storage/program-file';
import { programVersion, sampleProgram } from './fixture-program';
import { expectBytes, expectStorageError, listFolder, tempFolder, writeProgramFixture } from './helpers';

describe('writeProgramFile / readProgramFile', () => {
  it('round-trips a program byte for byte and returns the hash of the bytes on disk', async () => {
    const folder = await tempFolder();
    const path = join(folder, 'new.ivlp.json');
    const text = serializeProgram(sampleProgram());
    const { hash } = await writeProgramFile(path, text, { expectedHash: null });
    expect(await readFile(path, 'utf8')).toBe(text);
    expect(hash).toBe(hashBytes(await readFile(path)));
    const opened = await readProgramFile(path);
    expect(opened.program).toEqual(sampleProgram());
    expect(opened.text).toBe(text);
    expect(opened.hash).toBe(hash);
    expect(opened.fileVersion).toBe(CURRENT_SCHEMA_VERSION);
    expect(opened.readOnlyReason).toBeNull();
    expect(opened.mode).toBe(0o600);
    expect(await listFolder(folder)).toEqual(['new.ivlp.json']);
  });

  it('keeps the previous bytes in <path>.bak, keeps the mode, and leaves no temp files', async () => {
    const folder = await tempFolder();
    const { path, bytes: v1 } = await writeProgramFixture(folder, programVersion(1));
    await chmod(path, 0o664);
    const v2 = serializeProgram(programVersion(2));
    const { hash: h2 } = await writeProgramFile(path, v2, { expectedHash: hashBytes(v1) });
    await expectBytes(backupPathOf(path), v1);
    expect(await readFile(path, 'utf8')).toBe(v2);
    expect((await stat(path)).mode & 0o777).toBe(0o664);

    const v3 = serializeProgram(programVersion(3));
    await writeProgramFile(path, v3, { expectedHash: h2 });
    expect(await readFile(backupPathOf(path), 'utf8')).toBe(v2);
    expect(await readFile(path, 'utf8')).toBe(v3);
    expect(await listFolder(folder)).toEqual(['tmssw.ivlp.json', 'tmssw.ivlp.json.bak']);
  });

  it('uses an explicit mode when given', async () => {
    const folder = await tempFolder();
    const path = join(folder, 'shared.ivlp.json');
    await writeProgramFile(path, serializeProgram(sampleProgram()), { expectedHash: null, mode: 0o640 });
    expect((await stat(path)).mode & 0o777).toBe(0o640);
  });

  it('saves through a symlink to the file it points at, keeping the link', async () => {
    const folder = await tempFolder();
    const { path: real, bytes } = await writeProgramFixture(folder, programVersion(1), 'real.ivlp.json');
    const link = join(folder, 'link.ivlp.json');
    await symlink(real, link);
    await writeProgramFile(link, serializeProgram(programVersion(2)), { expectedHash: hashBytes(bytes) });
    expect((await readProgramFile(link)).program.title).toBe('Version 2');
    expect((await stat(link)).ino).toBe((await stat(real)).ino);
    await expectBytes(backupPathOf(real), bytes);
  });

  it('refuses to create over an existing file (CONFLICT), leaving it byte-identical', async () => {
    const folder = await tempFolder();
    const { path, bytes } = await writeProgramFixture(folder, sampleProgram());
    const error = await expectStorageError(writeProgramFile(path, serializeProgram(programVersion(9)), { expectedHash: null }), 'CONFLICT');
    expect(error.message).toContain('tmssw.ivlp.json');
    await expectBytes(path, bytes);
    expect(await listFolder(folder)).toEqual(['tmssw.ivlp.json']);
  });
});

/** A program file as just opened by the app. */
async function opened() {
  const folder = await tempFolder();
  const { path, bytes } = await writeProgramFixture(folder, programVersion(1));
  const file = await readProgramFile(path);
  return { folder, path, bytes, hash: file.hash };
}

describe('changes on disk between open and save are detected, never overwritten', () => {
  const mine = serializeProgram(programVersion(2));

  it('edited in place, same size -> CONFLICT', async () => {
    const { folder, path, bytes, hash } = await opened();
    const theirs = Buffer.from(bytes);
    const at = theirs.indexOf('Version 1');
    theirs.write('Version 7', at, 'utf8');
    expect(theirs.length).toBe(bytes.length);
    await writeFile(path, theirs);
    const error = await expectStorageError(writeProgramFile(path, mine, { expectedHash: hash }), 'CONFLICT');
    expect(error.message).toMatch(/tmssw\.ivlp\.json was changed on disk/);
    await expectBytes(path, theirs);
    expect(await listFolder(folder)).toEqual(['tmssw.ivlp.json']);
  });

  it('replaced with a different size -> CONFLICT', async () => {
    const { folder, path, hash } = await opened();
    const theirs = Buffer.from(serializeProgram(programVersion(33)));
    await writeFile(path, theirs);
    await expectStorageError(writeProgramFile(path, mine, { expectedHash: hash }), 'CONFLICT');
    await expectBytes(path, theirs);
    expect(await listFolder(folder)).toEqual(['tmssw.ivlp.json']);
  });

  it('deleted -> MISSING, nothing recreated', async () => {
    const { folder, path, hash } = await opened();
    await unlink(path);
    const error = await expectStorageError(writeProgramFile(path, mine, { expectedHash: hash }), 'MISSING');
    expect(error.message).toMatch(/moved, renamed or deleted/);
    expect(await listFolder(folder)).toEqual([]);
  });

  it('renamed -> MISSING, the renamed file untouched', async () => {
    const { folder, path, bytes, hash } = await opened();
    const moved = join(folder, 'renamed.ivlp.json');
    await rename(path, moved);
    await expectStorageError(writeProgramFile(path, mine, { expectedHash: hash }), 'MISSING');
    await expectBytes(moved, bytes);
    expect(await listFolder(folder)).toEqual(['renamed.ivlp.json']);
  });

  it('replaced by another file under the same name (rename over it) -> CONFLICT', async () => {
    const { folder, path, hash } = await opened();
    const other = join(folder, 'other.ivlp.json');
    const theirs = Buffer.from(serializeProgram(programVersion(4)));
    await writeFile(other, theirs);
    await rename(other, path);
    await expectStorageError(writeProgramFile(path, mine, { expectedHash: hash }), 'CONFLICT');
    await expectBytes(path, theirs);
  });

  it('the same save with the right hash succeeds (the checks are not just refusing everything)', async () => {
    const { path, hash } = await opened();
    await writeProgramFile(path, mine, { expectedHash: hash });
    expect(await readFile(path, 'utf8')).toBe(mine);
  });
});
