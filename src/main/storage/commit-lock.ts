/**
 * The commit lock: a file `.~<name>.ivlp-commit` held for the last milliseconds of a save (check the
 * file is unchanged, keep the backup, rename). Without it two app instances saving one file could
 * both pass the check and the second rename would silently replace the first save: measured at
 * ~4% of saves with two processes saving in a loop. With it, the second writer sees the first one's
 * version and gets CONFLICT. Unlike the advisory lock (lock.ts) this is not about who has the file
 * open; it only serialises the replace step, so it is held briefly and broken when its holder is gone.
 */
import { randomBytes } from 'node:crypto';
import { link, readFile, rename, unlink } from 'node:fs/promises';
import { hostname } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { createExclusive, isPidAlive, removeQuietly, tempPathFor } from './durable';
import { errnoCode } from './errors';

const SUFFIX = '.ivlp-commit';
// A holder on another computer that died mid-commit cannot be checked by pid: its lock is broken when
// we have watched it unchanged this long (our own elapsed time, so clock skew does not matter).
const ABANDONED_AFTER_MS = 10_000;
const POLL_MS = 3;

/** The commit lock path of a program file. */
export function commitLockPathOf(target: string): string {
  return join(dirname(target), `.~${basename(target)}${SUFFIX}`);
}

/** Whether `name` is a commit lock file name. */
export function isCommitLockName(name: string): boolean {
  return name.startsWith('.~') && name.endsWith(SUFFIX);
}

interface Owner {
  host: string;
  pid: number;
  nonce: string;
}

function parseOwner(text: string): Owner | null {
  try {
    const value = JSON.parse(text) as Partial<Owner> | null;
    if (typeof value?.host !== 'string' || typeof value.pid !== 'number' || typeof value.nonce !== 'string') return null;
    return { host: value.host, pid: value.pid, nonce: value.nonce };
  } catch {
    return null;
  }
}

/**
 * Whether a commit lock was left by a save that is gone: its holder ran on this computer and no longer
 * runs, or it names no holder (possible only where the file system lacks hard links) and is older
 * than `unreadableAfterMs`, far longer than any commit takes.
 */
export function commitLockOrphaned(text: string, ageMs: number, options: { alive?: (pid: number) => boolean; unreadableAfterMs?: number } = {}): boolean {
  const owner = parseOwner(text);
  if (!owner) return ageMs > (options.unreadableAfterMs ?? ABANDONED_AFTER_MS);
  return owner.host === hostname() && owner.pid !== process.pid && !(options.alive ?? isPidAlive)(owner.pid);
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Runs `critical` while this process holds the commit lock of `target`. */
export async function withCommitLock<T>(target: string, critical: () => Promise<T>): Promise<T> {
  const path = commitLockPathOf(target);
  const mine = JSON.stringify({ host: hostname(), pid: process.pid, nonce: randomBytes(8).toString('hex') } satisfies Owner);
  let watched = { text: '', since: performance.now() };
  for (;;) {
    try {
      await createExclusive(path, mine, 0o644);
      break;
    } catch (error) {
      if (errnoCode(error) !== 'EEXIST') throw error;
    }
    const text = await readFile(path, 'utf8').catch(() => null);
    if (text === null) continue; // released meanwhile
    if (text !== watched.text) watched = { text, since: performance.now() };
    const watchedMs = performance.now() - watched.since;
    if (commitLockOrphaned(text, 0) || watchedMs > ABANDONED_AFTER_MS) await breakLock(path, text);
    else await sleep(POLL_MS);
  }
  try {
    return await critical();
  } finally {
    if ((await readFile(path, 'utf8').catch(() => null)) === mine) await unlink(path).catch(() => undefined);
  }
}

/**
 * Removes an abandoned lock. Another writer may have broken it and taken a fresh one since we looked;
 * rename is atomic, so we check what we actually moved and put a live lock back (link(2) will not
 * replace a lock taken meanwhile).
 */
async function breakLock(path: string, abandoned: string): Promise<void> {
  const aside = tempPathFor(path);
  try {
    await rename(path, aside);
  } catch {
    return;
  }
  if ((await readFile(aside, 'utf8').catch(() => abandoned)) !== abandoned) await link(aside, path).catch(() => undefined);
  await removeQuietly(aside);
}
