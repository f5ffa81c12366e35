/**
 * Read-only files and folders. These tests usually run as root, and root passes access(W_OK) and
 * can write through any permission bits, so the storage layer also honours the bits themselves (a
 * file or folder with no write bit is read-only for everyone: see writability.ts). The first test
 * shows that root really could have written, so the refusals below are the code's doing. The last
 * test runs the same code as an unprivileged user (uid 65534) in a child process, where the
 * operating system's own refusals (access(2), EACCES) are what is checked.
 */
import { chmod, mkdir, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serializeProgram } from '../../../../src/shared/program/load';
import { hashBytes, readProgramFile, writeProgramFile } from '../../../../src/main/storage/program-file';
import { ProgramFileStore } from '../../../../src/main/storage/program-file-store';
import { buildStorageChild } from './child/build-child';
import { startChild } from './child/run-child';
import { programVersion } from './fixture-program';
import { expectBytes, expectStorageError, listFolder, tempFolder, writeProgramFixture } from './helpers';

const isRoot = process.getuid?.() === 0;
const next = serializeProgram(programVersion(2));

describe('read-only file', () => {
  it.runIf(isRoot)('[runs only as root] the OS itself lets root write a 0o444 file, so the refusals below are ours', async () => {
    const folder = await tempFolder();
    const path = join(folder, 'probe.txt');
    await writeFile(path, 'x', { mode: 0o444 });
    await writeFile(path, 'y');
    expect(await readFile(path, 'utf8')).toBe('y');
  });

  it('opens with a readOnlyReason; saving is READ_ONLY; file, mode and folder untouched', async () => {
    const folder = await tempFolder();
    const { path, bytes } = await writeProgramFixture(folder, programVersion(1));
    await chmod(path, 0o444);
    const opened = await readProgramFile(path);
    expect(opened.readOnlyReason).toMatch(/tmssw\.ivlp\.json is marked read-only/);

    const error = await expectStorageError(writeProgramFile(path, next, { expectedHash: hashBytes(bytes) }), 'READ_ONLY');
    expect(error.message).toContain('tmssw.ivlp.json');
    const store = await ProgramFileStore.open(path);
    await expectStorageError(store.save(programVersion(2)), 'READ_ONLY');

    await expectBytes(path, bytes);
    expect((await stat(path)).mode & 0o777).toBe(0o444); // never chmod-ed to force the save
    expect(await listFolder(folder)).toEqual(['tmssw.ivlp.json']);
  });

  it('a writable file (0o644) in the same setup saves: the check is not refusing everything', async () => {
    const folder = await tempFolder();
    const { path, bytes } = await writeProgramFixture(folder, programVersion(1));
    expect((await readProgramFile(path)).readOnlyReason).toBeNull();
    await writeProgramFile(path, next, { expectedHash: hashBytes(bytes) });
    expect(await readFile(path, 'utf8')).toBe(next);
  });
});

describe('read-only folder', () => {
  it('opens with a readOnlyReason naming the folder; saving and creating are refused; nothing changes', async () => {
    const folder = await tempFolder();
    const { path, bytes } = await writeProgramFixture(folder, programVersion(1));
    await chmod(folder, 0o555);
    try {
      const opened = await readProgramFile(path);
      expect(opened.readOnlyReason).toContain(`The folder ${folder} is read-only`);
      const error = await expectStorageError(writeProgramFile(path, next, { expectedHash: opened.hash }), 'PERMISSION_DENIED');
      expect(error.message).toContain(folder);
      await expectStorageError(writeProgramFile(join(folder, 'new.ivlp.json'), next, { expectedHash: null }), 'PERMISSION_DENIED');
      await expectStorageError(ProgramFileStore.create(join(folder, 'new2.ivlp.json'), programVersion(3)), 'PERMISSION_DENIED');
      await expectBytes(path, bytes);
      expect(await listFolder(folder)).toEqual(['tmssw.ivlp.json']);
    } finally {
      await chmod(folder, 0o755);
    }
  });
});

let childScript = '';
let buildDir = '';
beforeAll(async () => {
  if (!isRoot) return;
  buildDir = await mkdtemp(join(tmpdir(), 'ivlp-child-'));
  await chmod(buildDir, 0o755);
  childScript = await buildStorageChild(buildDir);
});
afterAll(async () => {
  if (buildDir) await rm(buildDir, { recursive: true, force: true });
});

describe('as an unprivileged user (uid 65534), where the operating system enforces permissions', () => {
  // Only root can start a process as another user; without root the tests above already ran as an
  // ordinary user and exercised the same refusals through access(2).
  it.runIf(isRoot)('[runs only as root, which can start a uid-65534 process] reports READ_ONLY / PERMISSION_DENIED from access(2) and EACCES, and changes nothing', async () => {
    const root = await tempFolder();
    await chmod(root, 0o755);
    const open = join(root, 'open');
    const closed = join(root, 'closed');
    await mkdir(open, { mode: 0o777 });
    await chmod(open, 0o777);
    await mkdir(closed, { mode: 0o755 });
    // Owned by root with 0o644: readable, and the write bit is there, but not for uid 65534.
    const theirs = Buffer.from(serializeProgram(programVersion(1)));
    await writeFile(join(open, 'theirs.ivlp.json'), theirs, { mode: 0o644 });
    // Writable by everyone, but its folder is root's 0o755: the temp file cannot be created.
    const mine = Buffer.from(serializeProgram(programVersion(3)));
    await writeFile(join(closed, 'mine.ivlp.json'), mine);
    await chmod(join(closed, 'mine.ivlp.json'), 0o666);

    const run = startChild(childScript, ['probe', root], { uid: 65534, gid: 65534 });
    const { code } = await run.exited;
    expect(code, run.stderr()).toBe(0);
    const result = JSON.parse(await readFile(join(open, 'probe-result.json'), 'utf8')) as Record<string, string | null>;
    expect(result['readOnlyReason:file']).toMatch(/do not have permission to change theirs\.ivlp\.json/);
    expect(result['write:file']).toBe('READ_ONLY');
    expect(result['readOnlyReason:folder']).toMatch(/folder .*closed is read-only/);
    expect(result['write:folder']).toBe('PERMISSION_DENIED');
    expect(result['create:folder']).toBe('PERMISSION_DENIED');
    expect(result['lock:folder']).toBe('PERMISSION_DENIED');
    expect(result['create:open-folder']).toBe('ok');
    await expectBytes(join(open, 'theirs.ivlp.json'), theirs);
    await expectBytes(join(closed, 'mine.ivlp.json'), mine);
    expect(await listFolder(closed)).toEqual(['mine.ivlp.json']);
    expect(await listFolder(open)).toEqual(['new.ivlp.json', 'probe-result.json', 'theirs.ivlp.json']);
  });
});
