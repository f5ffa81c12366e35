/**
 * Program files on disk: opening (docs/reliability.md §8), saving (§1-§5, in program-write.ts) and,
 * when a program is opened, the cleanup of our own leftover temp files (§10). Everything here
 * reports failures as StorageErrors whose messages can be shown to the planner as they are.
 */
import type { Buffer } from 'node:buffer';
import { lstat, readdir, readFile, stat, unlink } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { loadProgramText, MAX_PROGRAM_BYTES } from '../../shared/program/load';
import type { Program } from '../../shared/program/schema';
import { commitLockOrphaned, isCommitLockName } from './commit-lock';
import { decodeProgramBytes } from './decode';
import { isPidAlive, parseTempName, readWhole } from './durable';
import { readFailure, StorageError } from './errors';
import { backupPathOf, hashBytesAsync, later } from './program-write';
import { openRegularFile } from './regular-file';
import { fileWriteBlock } from './writability';

// The save path lives in program-write.ts; this module is the one entry point for program files.
export {
  backupPathOf,
  hashBytes,
  hashBytesAsync,
  StepTimer,
  writeProgramFile,
  type SaveTimings,
  type WriteProgramOptions,
} from './program-write';

/** A program file as opened: the program, the exact text and hash, and whether it may be saved. */
export interface OpenedProgramFile {
  program: Program;
  /** The file's text as decoded (BOM removed; in the file's own schema version). */
  text: string;
  /** SHA-256 of the file's bytes as they are on disk: the expectedHash of the next save. */
  hash: string;
  /** Permission bits (e.g. 0o644), kept on save. */
  mode: number;
  /** Schema version the file was written in. */
  fileVersion: number;
  /** Why this file must not be saved in place (newer app's file, read-only file or folder), or null. */
  readOnlyReason: string | null;
}

const MB = 1024 * 1024;

/**
 * Opens a program file: size cap, strict UTF-8, parse, migrate, strict validation. Throws
 * StorageError NOT_FOUND / PERMISSION_DENIED / TOO_LARGE / NOT_UTF8 / LOAD_FAILED (with the
 * loader's typed error). Never writes anything.
 */
export async function readProgramFile(path: string): Promise<OpenedProgramFile> {
  const fullPath = resolve(path);
  const name = basename(fullPath);
  let bytes: Buffer;
  let mode: number;
  try {
    // Mode and bytes from one handle describe the same file even if it is replaced meanwhile; a
    // folder, pipe or device is refused before anything is read (regular-file.ts).
    const { handle, stat: st } = await openRegularFile(fullPath);
    try {
      if (st.size > MAX_PROGRAM_BYTES) throw tooLarge(name, st.size);
      mode = st.mode & 0o777;
      bytes = await readWhole(handle, st.size, MAX_PROGRAM_BYTES);
    } finally {
      await handle.close();
    }
  } catch (error) {
    throw readFailure(error, fullPath);
  }
  // The file may have grown between stat and read.
  if (bytes.length > MAX_PROGRAM_BYTES) throw tooLarge(name, bytes.length);

  // Both on the thread pool while the main thread decodes, parses and validates.
  const hashing = later(hashBytesAsync(bytes));
  const writeBlock = later(fileWriteBlock(fullPath, mode).catch(() => null));
  const text = decodeProgramBytes(bytes, name);
  const loaded = loadProgramText(text);
  if (!loaded.ok) {
    const backup = (await isFile(backupPathOf(fullPath))) ? ` A backup of the previous version exists (${basename(backupPathOf(fullPath))}): open it to recover.` : '';
    throw new StorageError('LOAD_FAILED', `${name} could not be opened. Nothing on disk was changed.${backup}\n${loaded.error.message}`, loaded.error);
  }
  const block = loaded.readOnlyReason ? null : await writeBlock;
  return {
    program: loaded.program,
    text,
    hash: await hashing,
    mode,
    fileVersion: loaded.fileVersion,
    readOnlyReason: loaded.readOnlyReason ?? block?.reason ?? null,
  };
}

function tooLarge(name: string, size: number): StorageError {
  return new StorageError(
    'TOO_LARGE',
    `${name} is ${(size / MB).toFixed(1)} MB, larger than any program file this app opens (${MAX_PROGRAM_BYTES / MB} MB). It is probably not a program file.`,
  );
}

async function isFile(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isFile();
  } catch {
    return false;
  }
}

/** Which leftover temp files count as stale. */
export interface StaleTempOptions {
  /** Also remove our temps older than this, whatever their pid (a reused pid looks alive). Default: one day. */
  olderThanMs?: number;
  /**
   * Temps younger than this are kept even when their pid is not alive here: on a shared drive the
   * pid may be another computer's save in progress. Default: 60 s (a save takes well under a second).
   */
  minAgeMs?: number;
  now?: () => number;
  isPidAlive?: (pid: number) => boolean;
}

const DAY_MS = 24 * 60 * 60 * 1000;

/** A commit lock left by a crashed save on this computer is removed; any other is left to its writer. */
async function removeOrphanedCommitLock(
  path: string,
  now: () => number,
  options: { alive: (pid: number) => boolean; unreadableAfterMs: number },
): Promise<boolean> {
  try {
    const [text, st] = await Promise.all([readFile(path, 'utf8'), lstat(path)]);
    if (!st.isFile() || !commitLockOrphaned(text, now() - st.mtimeMs, options)) return false;
    await unlink(path);
    return true;
  } catch {
    return false;
  }
}

/**
 * Removes this app's leftover temp files (`.<name>.<pid>.<random>.ivlp-tmp`) in `folder` whose writer
 * is gone: its pid is not alive (and the temp is older than minAgeMs), or the temp is older than
 * olderThanMs; also a save's commit lock (`.~<name>.ivlp-commit`) whose process on this computer is
 * gone. Never touches any other file, nor anything but regular files. Returns removed names.
 */
export async function removeStaleTemps(folder: string, options: StaleTempOptions = {}): Promise<string[]> {
  const { olderThanMs = DAY_MS, minAgeMs = 60_000, now = Date.now, isPidAlive: alive = isPidAlive } = options;
  let names: string[];
  try {
    names = await readdir(folder);
  } catch {
    return [];
  }
  const removed: string[] = [];
  for (const name of names) {
    const path = join(folder, name);
    if (isCommitLockName(name)) {
      if (await removeOrphanedCommitLock(path, now, { alive, unreadableAfterMs: minAgeMs })) removed.push(name);
      continue;
    }
    const temp = parseTempName(name);
    if (!temp) continue;
    try {
      const st = await lstat(path);
      if (!st.isFile()) continue;
      const age = now() - st.mtimeMs;
      const stale = age > olderThanMs || (age >= minAgeMs && temp.pid !== process.pid && !alive(temp.pid));
      if (!stale) continue;
      await unlink(path);
      removed.push(name);
    } catch {
      // Gone already, or not ours to remove: leave it.
    }
  }
  return removed;
}

/**
 * What every writer of a program does before it writes (the app when it opens a document, `ivlp
 * issue` and `ivlp import-roster`): removes the stale temp files of earlier saves beside the
 * program, by removeStaleTemps' rule (only our own names, only stale ones). Never fails: a folder
 * it cannot list or a file it cannot remove is left as it is.
 */
export async function sweepStaleTempsBeside(programPath: string): Promise<string[]> {
  return removeStaleTemps(dirname(resolve(programPath))).catch(() => []);
}
