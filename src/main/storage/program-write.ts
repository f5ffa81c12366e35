/**
 * Saving a program file (docs/reliability.md §2-§5). The original stays byte-identical unless the
 * new version is complete, fsynced and read back correctly; a crash at any point leaves the old or
 * the new file, never a mix; a file that changed on disk since it was opened is never overwritten.
 */
import { Buffer } from 'node:buffer';
import { createHash, webcrypto } from 'node:crypto';
import { constants, type BigIntStats } from 'node:fs';
import { copyFile, link, lstat, open, realpath, stat, type FileHandle } from 'node:fs/promises';
import { basename, dirname, resolve } from 'node:path';
import { MAX_PROGRAM_BYTES } from '../../shared/program/load';
import { errnoCode, saveFailure, StorageError } from './errors';
import { fsyncFolder, hashThrough, holdsExactly, removeQuietly, renameWithRetry, tempPathFor, writeTempFile } from './durable';
import { NotRegularFileError, openRegularFile, readRegularFile } from './regular-file';
import { StepTimer, type SaveTimings } from './step-timer';
import { fileWriteBlock, folderWriteBlock } from './writability';
import { withCommitLock } from './commit-lock';

/** SHA-256 of the bytes (a string is hashed as its UTF-8 bytes), as lowercase hex. */
export function hashBytes(bytes: Uint8Array | string): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/**
 * hashBytes on the thread pool (WebCrypto digest), so hashing a 20 MB file overlaps with parsing it
 * or writing its replacement instead of adding ~15-30 ms on the main thread.
 */
export async function hashBytesAsync(bytes: Uint8Array): Promise<string> {
  return Buffer.from(await webcrypto.subtle.digest('SHA-256', bytes)).toString('hex');
}

/** Marks a promise as handled now (it is awaited later, or not at all if an earlier step fails). */
export function later<T>(promise: Promise<T>): Promise<T> {
  promise.catch(() => undefined);
  return promise;
}

/** Where the previous version of a program file is kept: `<path>.bak`. */
export function backupPathOf(path: string): string {
  return `${path}.bak`;
}

export { StepTimer, type SaveTimings } from './step-timer';

/** How a save checks and creates the file. */
export interface WriteProgramOptions {
  /** Hash of the bytes this save replaces (from open or the last save); null to create a new file. */
  expectedHash: string | null;
  /** Permission bits of the new file; default: the original's, or 0o600 for a new file. */
  mode?: number;
  /** Records how long each step took (the caller may already have timed its own steps in it). */
  timer?: StepTimer;
}

/** What the file looked like when the save checked it, to notice a change during the save. */
interface Baseline {
  target: string;
  stat: BigIntStats | null;
  /** Settles when the current bytes have been hashed: rejects with CONFLICT if they changed. */
  contentCheck: Promise<void>;
}

const KEPT = 'your edits are kept';

function conflict(name: string): StorageError {
  return new StorageError(
    'CONFLICT',
    `${name} was changed on disk (by another planner or program) since you opened it, so it was not saved over; ${KEPT}. Choose Reload to see their version, Overwrite to replace it with yours, or Save a Copy.`,
  );
}

function missing(path: string): StorageError {
  return new StorageError(
    'MISSING',
    `${basename(path)} is no longer in ${dirname(path)}: it was moved, renamed or deleted since you opened it. Nothing was saved; ${KEPT}. Use Save a Copy to put them back on disk.`,
  );
}

/**
 * Saves `content` (text, or its UTF-8 bytes) to `path`: preflight (exists, writable, unchanged: else MISSING / READ_ONLY /
 * PERMISSION_DENIED / CONFLICT), temp file + fsync + read-back, backup of the current version, atomic
 * rename, folder fsync. With `expectedHash: null` it creates a new file and fails CONFLICT if one is
 * already there. Every failure is a StorageError; the original file is then untouched.
 */
export async function writeProgramFile(
  path: string,
  content: string | Uint8Array,
  options: WriteProgramOptions,
): Promise<{ hash: string; timings: SaveTimings }> {
  const timer = options.timer ?? new StepTimer();
  const requested = resolve(path);
  const bytes = typeof content === 'string' ? Buffer.from(content, 'utf8') : content;
  if (typeof content === 'string') timer.lap('encode UTF-8');
  let base: Baseline | null = null;
  let temp: string | null = null;
  try {
    base = await preflight(requested, options.expectedHash);
    timer.lap('preflight checks');
    // Symlinked program files are saved where they point, so the link keeps working.
    const target = base.target;
    temp = tempPathFor(target);
    const mode = options.mode ?? (base.stat ? Number(base.stat.mode & 0o777n) : 0o600);
    // The new bytes are hashed on the thread pool and the current file (contentCheck) on the main
    // thread while the new version is written, fsynced and read back: mostly waiting on the disk.
    const hashing = later(hashBytesAsync(bytes));
    await writeTempFile(temp, bytes, mode);
    timer.lap('write temp + fsync');
    await verifyWritten(temp, bytes, requested);
    timer.lap('read back + compare');
    await base.contentCheck;
    timer.lap('wait: hash of file on disk');
    // Settled long ago (it ran during the write); awaited before the commit so nothing can fail after it.
    const hash = await hashing;
    timer.lap('wait: hash of new bytes');
    const { stat: before } = base;
    const { expectedHash } = options;
    if (before && expectedHash !== null) {
      const ready = temp;
      // Check, back up and replace as one step among our writers (see commit-lock.ts).
      await withCommitLock(target, async () => {
        await assertUnchanged(target, before, expectedHash, requested);
        await keepBackup(target, requested);
        await renameWithRetry(ready, target);
      });
    } else {
      await createExclusively(temp, target, requested);
    }
    temp = null;
    timer.lap('commit: lock, recheck, backup, rename');
    await fsyncFolder(dirname(target));
    timer.lap('folder fsync');
    return { hash, timings: timer.steps };
  } catch (error) {
    if (temp) await removeQuietly(temp);
    // A file that changed on disk matters more than, say, a full disk while writing our version.
    const changed = base ? await base.contentCheck.then(() => null, (reason: unknown) => reason) : null;
    throw saveFailure(changed ?? error, requested);
  }
}

/**
 * The quick checks of a save (exists, is a file, writable), done before anything is written; the
 * comparison of the current bytes with `expectedHash` is started here and settles in contentCheck.
 */
async function preflight(path: string, expectedHash: string | null): Promise<Baseline> {
  const name = basename(path);
  if (expectedHash === null) {
    if (await exists(path)) {
      throw new StorageError('CONFLICT', `${name} already exists in ${dirname(path)}, so it was not replaced. Choose another name, or open that file.`);
    }
    const block = await folderWriteBlock(dirname(path), name);
    if (block) throw new StorageError('PERMISSION_DENIED', block.reason);
    return { target: path, stat: null, contentCheck: Promise.resolve() };
  }
  let target: string;
  try {
    target = await realpath(path);
  } catch (error) {
    if (errnoCode(error) === 'ENOENT' || errnoCode(error) === 'ENOTDIR') throw missing(path);
    throw error;
  }
  // Stat and bytes from one handle describe the same file even if it is replaced meanwhile. Something
  // other than a file at the path (a pipe would block the read) is no longer the file we opened.
  let handle: FileHandle;
  try {
    ({ handle } = await openRegularFile(target));
  } catch (error) {
    if (error instanceof NotRegularFileError) throw missing(path);
    throw error;
  }
  let st: BigIntStats;
  try {
    st = await handle.stat({ bigint: true });
    if (!st.isFile()) throw missing(path);
    const block = await fileWriteBlock(target, Number(st.mode));
    if (block) throw new StorageError(block.kind === 'file' ? 'READ_ONLY' : 'PERMISSION_DENIED', block.reason);
  } catch (error) {
    await handle.close();
    throw error;
  }
  const contentCheck = (async () => {
    try {
      // A file far larger than any program cannot be the one we wrote; no need to read it all.
      if (st.size > BigInt(MAX_PROGRAM_BYTES)) throw conflict(name);
      if ((await hashThrough(handle, MAX_PROGRAM_BYTES)) !== expectedHash) throw conflict(name);
    } finally {
      await handle.close();
    }
  })();
  return { target, stat: st, contentCheck: later(contentCheck) };
}

async function exists(path: string): Promise<boolean> {
  try {
    await lstat(path);
    return true;
  } catch (error) {
    if (errnoCode(error) === 'ENOENT') return false;
    throw error;
  }
}

/** Reads the temp file back by its name and compares every byte with what was written. */
async function verifyWritten(temp: string, bytes: Uint8Array, requested: string): Promise<void> {
  const handle = await open(temp, 'r');
  let same: boolean;
  try {
    same = await holdsExactly(handle, bytes);
  } finally {
    await handle.close();
  }
  if (!same) {
    throw new StorageError(
      'VERIFY_FAILED',
      `${basename(requested)} was not saved: reading the new version back did not match what was written (the disk or network drive may be failing). The previous version is untouched and ${KEPT}. Try Save a Copy to another drive.`,
    );
  }
}

/**
 * The preflight hash was taken before the (slow) temp write and fsync. Right before replacing, under
 * the commit lock, a cheap stat shows whether anything touched the file since; only then is it
 * hashed again. Another app instance cannot replace the file between this check and our rename; a
 * foreign program writing in that sub-millisecond window is the one race left.
 */
async function assertUnchanged(target: string, before: BigIntStats, expectedHash: string, requested: string): Promise<void> {
  let now: BigIntStats;
  try {
    now = await stat(target, { bigint: true });
  } catch (error) {
    if (errnoCode(error) === 'ENOENT') throw missing(requested);
    throw error;
  }
  const same = now.dev === before.dev && now.ino === before.ino && now.size === before.size && now.mtimeNs === before.mtimeNs;
  if (!same && hashBytes((await readRegularFile(target)).bytes) !== expectedHash) throw conflict(basename(requested));
}

/**
 * Makes `<target>.bak` the current version before it is replaced. A hard link costs no copy and no
 * space (it matters on a full disk and for a 17 MB file) and is as durable as the file itself; where
 * the file system has no hard links (FAT, some shares) the bytes are copied and fsynced. Either way
 * the backup appears by an atomic rename, so a crash never leaves a torn backup either.
 */
async function keepBackup(target: string, requested: string): Promise<void> {
  const backup = backupPathOf(target);
  const temp = tempPathFor(backup);
  try {
    try {
      await link(target, temp);
    } catch (error) {
      if (errnoCode(error) === 'ENOENT') throw missing(requested);
      await copyFile(target, temp, constants.COPYFILE_EXCL);
      const handle = await open(temp, 'r+');
      try {
        await handle.sync();
      } finally {
        await handle.close();
      }
    }
    await renameWithRetry(temp, backup);
  } finally {
    // rename(2) does nothing when both names already link the same file (a backup left linked by a
    // crash mid-save): then the temp name is still there and must go.
    await removeQuietly(temp);
  }
}

/**
 * Puts the temp file in place only if nothing exists there yet: link(2) fails with EEXIST
 * atomically, so two planners creating the same file cannot both win. File systems without hard
 * links fall back to check-then-rename.
 */
async function createExclusively(temp: string, target: string, requested: string): Promise<void> {
  const taken = () =>
    new StorageError('CONFLICT', `${basename(requested)} was created by someone else meanwhile, so it was not replaced. Choose another name, or open that file.`);
  try {
    await link(temp, target);
    await removeQuietly(temp);
    return;
  } catch (error) {
    if (errnoCode(error) === 'EEXIST') throw taken();
  }
  if (await exists(target)) throw taken();
  await renameWithRetry(temp, target);
}
