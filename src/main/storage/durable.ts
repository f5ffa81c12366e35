/**
 * The file-system moves every durable write here is made of: uniquely named temp files in the
 * target's folder, complete writes, fsync of data and folder, and renames that survive Windows'
 * transient sharing violations. Errors are raw Node errors; callers turn them into StorageErrors.
 */
import { Buffer } from 'node:buffer';
import { createHash, randomBytes } from 'node:crypto';
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
 * Reads a whole file through `handle` into one buffer sized from `sizeHint` (its fstat size), in as
 * few read calls as the OS allows. FileHandle.readFile reads 512 KiB at a time, one thread-pool
 * round trip each (~40 for a 20 MB program file). A file that grew since the stat is still read to
 * its end, but never past `limit` + 1 bytes, so the caller can tell it is too large.
 */
export async function readWhole(handle: FileHandle, sizeHint: number, limit: number): Promise<Buffer> {
  let buffer = Buffer.allocUnsafe(Math.min(sizeHint, limit) + 1);
  let length = 0;
  for (;;) {
    if (length === buffer.length) {
      if (length > limit) break;
      const bigger = Buffer.allocUnsafe(Math.min(length * 2, limit + 1));
      buffer.copy(bigger, 0, 0, length);
      buffer = bigger;
    }
    const { bytesRead } = await handle.read(buffer, length, buffer.length - length, length);
    if (bytesRead === 0) break;
    length += bytesRead;
  }
  return buffer.subarray(0, length);
}

// Reading back and re-hashing whole program files allocated three more 20 MB buffers per save of a
// large program, and the garbage collector then took ~20% of the save. These go through one small buffer.
const CHUNK_BYTES = 1024 * 1024;

/**
 * SHA-256 of a file read through `handle` in chunks, hashed on the main thread as they arrive (a
 * save runs it while its temp file is written and fsynced, when the main thread only waits). A file
 * longer than `limit` gets no hash (null): it cannot be a program file we wrote.
 */
export async function hashThrough(handle: FileHandle, limit: number): Promise<string | null> {
  const hash = createHash('sha256');
  const chunk = Buffer.allocUnsafe(CHUNK_BYTES);
  let position = 0;
  for (;;) {
    const { bytesRead } = await handle.read(chunk, 0, chunk.length, position);
    if (bytesRead === 0) return hash.digest('hex');
    position += bytesRead;
    if (position > limit) return null;
    hash.update(chunk.subarray(0, bytesRead));
  }
}

/** Whether the file holds exactly `bytes`: compared chunk by chunk as it is read back (memcmp). */
export async function holdsExactly(handle: FileHandle, bytes: Uint8Array): Promise<boolean> {
  const expected = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const chunk = Buffer.allocUnsafe(Math.min(CHUNK_BYTES, bytes.length + 1));
  let position = 0;
  for (;;) {
    const { bytesRead } = await handle.read(chunk, 0, chunk.length, position);
    if (bytesRead === 0) return position === expected.length;
    if (position + bytesRead > expected.length) return false;
    if (!chunk.subarray(0, bytesRead).equals(expected.subarray(position, position + bytesRead))) return false;
    position += bytesRead;
  }
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
