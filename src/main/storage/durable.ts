/**
 * The file-system moves every durable write here is made of: uniquely named temp files in the
 * target's folder, complete writes, fsync of data and folder, and renames that survive Windows'
 * transient sharing violations. Errors are raw Node errors; callers turn them into StorageErrors.
 */
import { randomBytes } from 'node:crypto';
import { link, open, rename, unlink, writeFile, type FileHandle } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { errnoCode } from './errors';

/** Every temp file this app creates ends with this, so startup can find (only) its own leftovers. */
export const TEMP_SUFFIX = '.ivlp-tmp';

// `.<basename>.<pid>.<random>.ivlp-tmp`: hidden, beside the target (same file system, so the rename is
// atomic), unique per writer (steno's single fixed temp name let two writers corrupt a file).
const TEMP_NAME = /^\.(.+)\.(\d+)\.([0-9a-f]{12})\.ivlp-tmp$/;

/** A fresh temp path beside `target`, named `.<basename>.<pid>.<random>.ivlp-tmp`. */
export function tempPathFor(target: string): string {
  return join(dirname(target), `.${basename(target)}.${process.pid}.${randomBytes(6).toString('hex')}${TEMP_SUFFIX}`);
}

/** The target name and writer pid encoded in one of our temp names, or null for any other name. */
export function parseTempName(name: string): { target: string; pid: number } | null {
  const match = TEMP_NAME.exec(name);
  if (!match) return null;
  const pid = Number(match[2]);
  return Number.isSafeInteger(pid) ? { target: match[1] as string, pid } : null;
}

/**
 * Writes all of `bytes` at the start of the file. A short write (which write-file-atomic takes as
 * success on a full disk) is continued, and a write that makes no progress is an error.
 */
export async function writeAll(handle: FileHandle, bytes: Uint8Array): Promise<void> {
  let offset = 0;
  while (offset < bytes.length) {
    const { bytesWritten } = await handle.write(bytes, offset, bytes.length - offset, offset);
    if (bytesWritten <= 0) throw Object.assign(new Error('the disk accepted no more bytes'), { code: 'ENOSPC' });
    offset += bytesWritten;
  }
  const { size } = await handle.stat();
  if (size !== bytes.length) throw new Error(`wrote ${bytes.length} bytes but the file holds ${size}`);
}

/**
 * Makes a rename or creation in `folder` durable (POSIX). Windows cannot open folders for fsync and
 * NTFS journals renames itself. Best effort by design: it runs after the rename, when the new file's
 * data is already fsynced and visible, so a refusal (some network file systems reject folder fsync)
 * can at worst bring back the previous complete version after a power cut. Reporting the save as
 * failed then would be wrong: the app would think the file still holds the old bytes.
 */
export async function fsyncFolder(folder: string): Promise<void> {
  if (process.platform === 'win32') return;
  let handle: FileHandle | undefined;
  try {
    handle = await open(folder, 'r');
    await handle.sync();
  } catch {
    // See above: nothing useful to report.
  } finally {
    await handle?.close().catch(() => undefined);
  }
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * rename(2), retried briefly on Windows, where antivirus and indexers hold files open for a moment
 * and the rename fails with EPERM/EBUSY/EACCES. Elsewhere those errors are real and thrown at once.
 */
export async function renameWithRetry(from: string, to: string): Promise<void> {
  const transient = process.platform === 'win32' ? ['EPERM', 'EBUSY', 'EACCES'] : [];
  for (let attempt = 0; ; attempt++) {
    try {
      await rename(from, to);
      return;
    } catch (error) {
      if (attempt >= 8 || !transient.includes(errnoCode(error) ?? '')) throw error;
      await sleep(20 * 2 ** Math.min(attempt, 4));
    }
  }
}

/** Deletes a file if it is there; cleanup must never mask the error that made it necessary. */
export async function removeQuietly(path: string): Promise<void> {
  await unlink(path).catch(() => undefined);
}

/**
 * Creates the temp file exclusively with exactly `mode` (the umask would otherwise narrow an
 * original 0o664 to 0o644), writes all bytes, fsyncs and closes it.
 */
export async function writeTempFile(temp: string, bytes: Uint8Array, mode: number): Promise<void> {
  const handle = await open(temp, 'wx', mode);
  try {
    if (process.platform !== 'win32') await handle.chmod(mode);
    await writeAll(handle, bytes);
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/**
 * Replaces `target` with `bytes` so that a crash at any point leaves either the old or the new
 * file, never a mix: temp + fsync + rename + folder fsync. For small files (journal, lock); program
 * files go through writeProgramFile, which adds conflict checks, read-back and the backup.
 */
export async function writeFileDurably(target: string, bytes: Uint8Array, mode: number): Promise<void> {
  const temp = tempPathFor(target);
  try {
    await writeTempFile(temp, bytes, mode);
    await renameWithRetry(temp, target);
  } catch (error) {
    await removeQuietly(temp);
    throw error;
  }
  await fsyncFolder(dirname(target));
}

/**
 * Creates `path` holding `text`, failing with EEXIST if it exists. The content is written to a temp
 * file first and linked into place (link(2) is atomic and never replaces), so a reader never sees
 * the file empty or half-written, and a crash never leaves an empty lock that names nobody. File
 * systems without hard links fall back to O_EXCL create + write.
 */
export async function createExclusive(path: string, text: string, mode: number): Promise<void> {
  const temp = tempPathFor(path);
  try {
    await writeFile(temp, text, { flag: 'wx', mode });
    try {
      await link(temp, path);
      return;
    } catch (error) {
      if (errnoCode(error) === 'EEXIST') throw error;
    }
  } finally {
    await removeQuietly(temp);
  }
  const handle = await open(path, 'wx', mode);
  try {
    await handle.writeFile(text);
  } catch (error) {
    await handle.close().catch(() => undefined);
    await unlink(path).catch(() => undefined);
    throw error;
  }
  await handle.close();
}

/** Whether a process with this id exists on this machine (EPERM: it exists but is not ours). */
export function isPidAlive(pid: number): boolean {
  if (!Number.isSafeInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return errnoCode(error) === 'EPERM';
  }
}
