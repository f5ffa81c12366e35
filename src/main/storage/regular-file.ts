/**
 * Opening a path someone named (a program file, a roster) for reading, refusing at once anything
 * that is not a regular file. A plain open(2) of a named pipe (FIFO) waits until a writer appears,
 * and a read of a device such as /dev/zero or /dev/urandom never ends: either would hang the app or
 * the command line. The file is opened without blocking and the OPEN handle is checked, so a
 * path swapped for a pipe between a stat and the open cannot slip through.
 */
import type { Buffer } from 'node:buffer';
import { constants, type Stats } from 'node:fs';
import { open, type FileHandle } from 'node:fs/promises';
import { readWhole } from './durable';

// O_NONBLOCK makes opening a FIFO return at once instead of waiting for a writer; on regular files
// it changes nothing. Windows has no such flag (and no FIFOs at a file path).
const READ_FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0);

/** The path is a folder, a named pipe, a device or a socket rather than a file. */
export class NotRegularFileError extends Error {
  override name = 'NotRegularFileError';
  /** Node-style code, so callers that switch on errno codes see it too (EISDIR for folders). */
  readonly code: 'EISDIR' | 'ENOTFILE';
  constructor(
    readonly path: string,
    /** What it is, in words: "a folder", "a named pipe (FIFO)", "a device", "a socket". */
    readonly kind: string,
  ) {
    super(`${path} is ${kind}, not a file`);
    this.code = kind === 'a folder' ? 'EISDIR' : 'ENOTFILE';
  }
}

function kindOf(st: Stats): string {
  if (st.isDirectory()) return 'a folder';
  if (st.isFIFO()) return 'a named pipe (FIFO)';
  if (st.isCharacterDevice() || st.isBlockDevice()) return 'a device';
  if (st.isSocket()) return 'a socket';
  return 'not a regular file';
}

/** Opens `path` for reading; throws NotRegularFileError (after closing it) unless it is a regular file. */
export async function openRegularFile(path: string): Promise<{ handle: FileHandle; stat: Stats }> {
  const handle = await open(path, READ_FLAGS);
  let st: Stats;
  try {
    st = await handle.stat();
  } catch (error) {
    await handle.close();
    throw error;
  }
  if (!st.isFile()) {
    await handle.close();
    throw new NotRegularFileError(path, kindOf(st));
  }
  return { handle, stat: st };
}

/**
 * The whole of a regular file (see openRegularFile), and its stat; never more than `limit` + 1
 * bytes, so the caller can tell a file grew too large.
 */
export async function readRegularFile(path: string, limit = Number.MAX_SAFE_INTEGER): Promise<{ bytes: Buffer; stat: Stats }> {
  const { handle, stat } = await openRegularFile(path);
  try {
    return { bytes: await readWhole(handle, Math.min(stat.size, limit), limit), stat };
  } finally {
    await handle.close();
  }
}
