/**
 * A full disk, for real: a 64 KiB tmpfs. Saving a program larger than the free space must fail with
 * DISK_FULL, leave the original byte-identical and leave nothing behind. Mounting needs root (or
 * CAP_SYS_ADMIN); elsewhere the test is skipped and its name says so.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { readFile, rmdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { serializeProgram } from '../../../../src/shared/program/load';
import { RecoveryJournal } from '../../../../src/main/storage/journal';
import { hashBytes, writeProgramFile } from '../../../../src/main/storage/program-file';
import { ProgramFileStore } from '../../../../src/main/storage/program-file-store';
import { programVersion } from './fixture-program';
import { expectBytes, expectStorageError, listFolder } from './helpers';

// Mounted while the module loads, so a test that cannot run is skipped with the exact reason in its name.
const mountPoint = mkdtempSync(join(tmpdir(), 'ivlp-full-'));
let whyNot = '';
if (process.getuid?.() !== 0) {
  whyNot = 'this run is not root';
} else {
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=64k,mode=0755', 'tmpfs', mountPoint], { stdio: 'pipe' });
  } catch (error) {
    whyNot = `mount failed: ${(error instanceof Error ? error.message : String(error)).split('\n')[0]}`;
  }
}
const mounted = whyNot === '';

afterAll(async () => {
  if (mounted) execFileSync('umount', [mountPoint]);
  await rmdir(mountPoint).catch(() => undefined);
});

const title = mounted ? 'saving a program larger than the free space on a 64 KiB tmpfs' : `SKIPPED: a full disk needs a small tmpfs, and mounting one needs root (${whyNot})`;

describe('disk full', () => {
  it.runIf(mounted)(`${title}: DISK_FULL, original byte-identical, no leftovers`, async () => {
    const path = join(mountPoint, 'tmssw.ivlp.json');
    const store = await ProgramFileStore.create(path, programVersion(1, 0));
    const original = await readFile(path);
    expect(original.length).toBeLessThan(16 * 1024);

    const big = programVersion(2, 150);
    // Bigger than the space left, so it cannot fit whatever the file system does.
    expect(Buffer.byteLength(serializeProgram(big))).toBeGreaterThan(64 * 1024 - original.length);
    const error = await expectStorageError(store.save(big), 'DISK_FULL');
    expect(error.message).toBe('The disk is full: tmssw.ivlp.json was not saved; your edits are kept. Free space and the app will retry.');
    expect(store.program).toEqual(programVersion(1, 0));
    await expectBytes(path, original);
    expect(await listFolder(mountPoint)).toEqual(['tmssw.ivlp.json']);

    // Creating a new file that does not fit: same, and no partial file appears.
    await expectStorageError(writeProgramFile(join(mountPoint, 'copy.ivlp.json'), serializeProgram(big), { expectedHash: null }), 'DISK_FULL');
    expect(await listFolder(mountPoint)).toEqual(['tmssw.ivlp.json']);

    // A small save still works afterwards (and keeps the backup, a hard link that costs no space).
    await store.save(programVersion(3, 1));
    expect(hashBytes(await readFile(path))).toBe(store.hash);
    await expectBytes(`${path}.bak`, original);
  });

  it.runIf(mounted)(`${title}: the recovery journal reports DISK_FULL and leaves no temp file`, async () => {
    const journal = new RecoveryJournal(join(mountPoint, 'recovery'));
    const error = await expectStorageError(journal.write('/some/program.ivlp.json', 'x'.repeat(200 * 1024), 'hash'), 'DISK_FULL');
    expect(error.message).toMatch(/recovery copy of program\.ivlp\.json could not be written \(the disk is full\)/);
    expect(await listFolder(join(mountPoint, 'recovery'))).toEqual([]);
  });
});
