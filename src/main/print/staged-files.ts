/**
 * All-or-nothing output of several files: each is written completely to a temp file beside its
 * target (fsynced), and only when every one is staged are they renamed into place. A target that
 * cannot be replaced when its turn comes (a folder or a device has its name, the disk refuses)
 * undoes the commit: the files placed before it are removed and the versions they replaced are put
 * back, so the folder holds exactly what it held before. Should even that fail, the error lists the
 * files that changed. A failure or a cancel before the commit only removes the temps.
 */
import { AppError } from '../../shared/errors';
import { copyFile, link, lstat, rename, unlink } from 'node:fs/promises';
import { basename, dirname } from 'node:path';
import { caseFoldKey } from '../../shared/program/ids';
import { errnoCode } from '../storage/errors';
import { fsyncFolder, removeQuietly, renameWithRetry, tempPathFor, writeTempFile } from '../storage/durable';

/** Why a batch of files was not written; `changed` names the files left different from before (normally none). */
export class StagedWriteError extends AppError<'EXPORT_FAILED'> {
  constructor(
    message: string,
    /** File names (in the output folder) that now differ from before the commit: rollback failed for them. */
    readonly changed: readonly string[],
    options?: { cause?: unknown },
  ) {
    super('EXPORT_FAILED', message, options);
  }
}

interface Placed {
  target: string;
  /** A hard link to (or copy of) the file the target held before, or null when there was none. */
  previous: string | null;
}

export class StagedFiles {
  private readonly staged: { temp: string; target: string }[] = [];
  private readonly names = new Map<string, string>();

  /** Writes `bytes` to a temp file for `target`. Two targets that are one file on a case-insensitive disk are refused. */
  async add(target: string, bytes: Uint8Array): Promise<void> {
    const key = `${dirname(target)}\0${caseFoldKey(basename(target))}`;
    const clash = this.names.get(key);
    if (clash !== undefined) {
      throw new StagedWriteError(`two files of this export would be named “${basename(clash)}” and “${basename(target)}”, which are one file on Windows and macOS disks`, []);
    }
    this.names.set(key, target);
    const temp = tempPathFor(target);
    this.staged.push({ temp, target });
    await writeTempFile(temp, bytes, 0o644);
  }

  /** Renames every staged file over its target; returns the targets in order. Throws StagedWriteError with the folder as it was. */
  async commit(onEach?: (done: number, total: number) => void): Promise<string[]> {
    const placed: Placed[] = [];
    let current = '';
    try {
      for (const s of this.staged) {
        current = s.target;
        const previous = await keepPrevious(s.target);
        try {
          await renameWithRetry(s.temp, s.target);
        } catch (error) {
          if (previous) await removeQuietly(previous);
          throw error;
        }
        placed.push({ target: s.target, previous });
        onEach?.(placed.length, this.staged.length);
      }
    } catch (error) {
      throw new StagedWriteError(problemOf(error, current), await rollBack(placed), { cause: error });
    }
    await Promise.all(placed.map((p) => (p.previous ? removeQuietly(p.previous) : undefined)));
    for (const folder of new Set(this.staged.map((s) => dirname(s.target)))) await fsyncFolder(folder);
    const done = this.staged.map((s) => s.target);
    this.staged.length = 0;
    this.names.clear();
    return done;
  }

  /** Removes whatever temps are left (after a failure or a cancel); safe to call always. */
  async discard(): Promise<void> {
    await Promise.all(this.staged.map((s) => removeQuietly(s.temp)));
    this.staged.length = 0;
    this.names.clear();
  }
}

/**
 * Keeps what `target` holds now under one of our temp names (a hard link: no copy, and rename puts
 * it back atomically; a copy where the file system has no hard links). Refuses a target that is not
 * a file: renaming over a folder fails, and over a device or pipe it would replace the node.
 */
async function keepPrevious(target: string): Promise<string | null> {
  let st;
  try {
    st = await lstat(target);
  } catch (error) {
    if (errnoCode(error) === 'ENOENT') return null;
    throw error;
  }
  if (st.isDirectory()) throw Object.assign(new Error('is a folder'), { code: 'EISDIR' });
  if (!st.isFile() && !st.isSymbolicLink()) throw Object.assign(new Error('is not a regular file'), { code: 'ENOTFILE' });
  const kept = tempPathFor(target);
  try {
    await link(target, kept);
  } catch {
    await copyFile(target, kept);
  }
  return kept;
}

/** Undoes the renames of `placed`, last first; returns the names of files it could not restore. */
async function rollBack(placed: readonly Placed[]): Promise<string[]> {
  const changed: string[] = [];
  for (const p of placed.toReversed()) {
    try {
      if (p.previous) await rename(p.previous, p.target);
      else await unlink(p.target);
    } catch {
      changed.push(basename(p.target));
    }
  }
  return changed.toReversed();
}

/** The failure in words that name the file: "itinerary-p-x.ics is a folder, so it cannot be replaced". */
function problemOf(error: unknown, target: string): string {
  const name = `“${basename(target)}”`;
  switch (errnoCode(error)) {
    case 'EISDIR':
    case 'ENOTEMPTY':
      return `${name} in the output folder is a folder, so it cannot be replaced`;
    case 'ENOTFILE':
      return `${name} in the output folder is not a regular file, so it cannot be replaced`;
    case 'EACCES':
    case 'EPERM':
    case 'EBUSY':
      return `${name} in the output folder cannot be replaced (permission denied or in use)`;
    case 'ENOSPC':
    case 'EDQUOT':
      return `the disk is full; ${name} could not be written`;
    default:
      return `${name} could not be written: ${error instanceof Error ? error.message : String(error)}`;
  }
}
