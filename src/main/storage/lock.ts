/**
 * Advisory lock files for shared drives (docs/reliability.md §6): `.~<name>.ivlp-lock` beside the
 * program says who has it open, so a second planner is told who and gets read-only / copy / open
 * anyway. Advisory only: the hash check on every save is what actually prevents lost work.
 */
import { Buffer } from 'node:buffer';
import { link, readFile, rename, stat, unlink } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import type { Identity } from '../services';
import { createExclusive, isPidAlive, removeQuietly, tempPathFor, writeFileDurably } from './durable';
import { errnoCode, saveFailure, StorageError } from './errors';

/** Who holds a program file open, as shown to another planner. */
export interface LockHolder {
  user: string;
  host: string;
  pid: number;
  since: string;
}

/** The content of a lock file. */
export interface LockRecord extends LockHolder {
  refreshedAt: string;
}

/** A lock this process holds. */
export interface HeldLock {
  readonly path: string;
  readonly record: LockRecord;
  /** True once another planner has taken the lock over (seen by refresh or release). */
  readonly lost: boolean;
  /** Re-stamps refreshedAt so others see we are alive; writes nothing (and sets `lost`) if it was taken over. */
  refresh(): Promise<void>;
  /** Removes the lock file if it is still ours. */
  release(): Promise<void>;
}

/** Tuning and test seams for acquiring a lock. */
export interface LockOptions {
  /** A lock not refreshed for this long belongs to a crashed or disconnected app. Default 10 minutes. */
  staleMs?: number;
  now?: () => Date;
  isPidAlive?: (pid: number) => boolean;
}

/** Either the lock is ours, or someone else holds it. */
export type AcquireResult = { acquired: true; lock: HeldLock } | { acquired: false; holder: LockHolder };

const DEFAULT_STALE_MS = 10 * 60 * 1000;
const TAKEOVER_ABANDONED_MS = 30_000;
// Where the file system has no hard links a lock is created empty and then written, and a reader may
// catch it in between: younger than this and unreadable means "being written", older means its
// writer died half-way.
const UNREADABLE_GRACE_MS = 5_000;

/** The lock file of a program: `<folder>/.~<name>.ivlp-lock`. */
export function lockPathOf(programPath: string): string {
  const full = resolve(programPath);
  return join(dirname(full), `.~${basename(full)}.ivlp-lock`);
}

/** The lock on a program file as written, or null if there is none or it cannot be read. */
export async function readLock(programPath: string): Promise<LockRecord | null> {
  try {
    return parseRecord(await readFile(lockPathOf(programPath), 'utf8'));
  } catch {
    return null;
  }
}

function parseRecord(text: string): LockRecord | null {
  try {
    const value: unknown = JSON.parse(text);
    if (typeof value !== 'object' || value === null) return null;
    const { user, host, pid, since, refreshedAt } = value as Record<string, unknown>;
    if (typeof user !== 'string' || typeof host !== 'string' || typeof since !== 'string' || typeof refreshedAt !== 'string') return null;
    if (typeof pid !== 'number' || !Number.isSafeInteger(pid)) return null;
    return { user, host, pid, since, refreshedAt };
  } catch {
    return null;
  }
}

/**
 * The lock file could not be written or read (read-only folder, full disk, share gone). Not a reason
 * to refuse opening the program; the caller opens it without a lock and may say so.
 */
function lockFailure(error: unknown, path: string): StorageError {
  const { code } = saveFailure(error, path);
  const program = basename(path).replace(/^\.~/, '').replace(/\.ivlp-lock$/, '');
  return new StorageError(code, `Could not mark ${program} as open by you (${errnoCode(error) ?? String(error)}), so other planners will not be warned that you have it open. Saving is still protected against overwriting their changes.`, undefined, { cause: error });
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

const sameHolder = (a: LockHolder, b: LockHolder) => a.user === b.user && a.host === b.host && a.pid === b.pid && a.since === b.since;

/**
 * Takes the lock of a program file, or reports who holds it. A lock is stale (and taken over) when
 * it was not refreshed for `staleMs`, or was written on this host by a process that is gone.
 * Creation is exclusive (link(2), or O_EXCL 'wx' where there are no hard links), so two planners
 * opening at once cannot both win. A holder that is this very process is reported like any other.
 * Throws StorageError if the lock file cannot be written at all (read-only folder, full disk).
 */
export async function acquireLock(programPath: string, identity: Identity, options: LockOptions = {}): Promise<AcquireResult> {
  const path = lockPathOf(programPath);
  const now = options.now ?? (() => new Date());
  for (let attempt = 0; ; attempt++) {
    const record = newRecord(identity, now());
    try {
      await createExclusive(path, JSON.stringify(record), 0o644);
      return { acquired: true, lock: heldLock(path, record, now) };
    } catch (error) {
      if (errnoCode(error) !== 'EEXIST') throw lockFailure(error, path);
    }
    const seen = await inspect(path, identity, options, now());
    if (seen === 'gone') continue;
    if (!seen.stale || attempt >= 5) return { acquired: false, holder: seen.holder };
    if (await takeOver(path, seen.raw, record)) return { acquired: true, lock: heldLock(path, record, now) };
    // Someone else is taking it over: give them a moment, then look again.
    await sleep(5 + Math.random() * 20);
  }
}

/** Takes the lock whatever is there (the planner chose "open anyway"); the previous holder's refresh then fails. */
export async function forceAcquireLock(programPath: string, identity: Identity, options: LockOptions = {}): Promise<HeldLock> {
  const path = lockPathOf(programPath);
  const now = options.now ?? (() => new Date());
  const record = newRecord(identity, now());
  try {
    await writeFileDurably(path, Buffer.from(JSON.stringify(record)), 0o644);
  } catch (error) {
    throw lockFailure(error, path);
  }
  return heldLock(path, record, now);
}

function newRecord(identity: Identity, at: Date): LockRecord {
  const time = at.toISOString();
  return { user: identity.user, host: identity.host, pid: identity.pid, since: time, refreshedAt: time };
}

type Inspection = 'gone' | { holder: LockHolder; stale: boolean; raw: string };

async function inspect(path: string, identity: Identity, options: LockOptions, at: Date): Promise<Inspection> {
  let raw: string;
  let modified: Date;
  try {
    [raw, modified] = await Promise.all([readFile(path, 'utf8'), stat(path).then((s) => s.mtime)]);
  } catch (error) {
    if (errnoCode(error) === 'ENOENT') return 'gone';
    throw lockFailure(error, path);
  }
  const record = parseRecord(raw);
  if (!record) {
    const holder = { user: 'another planner', host: 'an unknown computer', pid: 0, since: modified.toISOString() };
    return { holder, stale: at.getTime() - modified.getTime() > UNREADABLE_GRACE_MS, raw };
  }
  const { user, host, pid, since } = record;
  const alive = options.isPidAlive ?? isPidAlive;
  const refreshed = Date.parse(record.refreshedAt);
  const expired = !Number.isFinite(refreshed) || at.getTime() - refreshed > (options.staleMs ?? DEFAULT_STALE_MS);
  const orphaned = host === identity.host && !alive(pid);
  return { holder: { user, host, pid, since }, stale: expired || orphaned, raw };
}

/**
 * Replaces the stale lock `staleRaw` with ours. Several planners may find the same stale lock at
 * once; a second exclusive file (`<lock>.takeover`) lets exactly one of them replace it, so two
 * cannot both end up believing they hold the lock. Returns whether we now hold it.
 */
async function takeOver(path: string, staleRaw: string, record: LockRecord): Promise<boolean> {
  const guard = `${path}.takeover`;
  try {
    await createExclusive(guard, JSON.stringify(record), 0o644);
  } catch (error) {
    if (errnoCode(error) !== 'EEXIST') throw lockFailure(error, path);
    // A takeover takes milliseconds; a guard this old was left by a crash.
    const age = await stat(guard).then((s) => Date.now() - s.mtimeMs, () => 0);
    if (age > TAKEOVER_ABANDONED_MS) await removeQuietly(guard);
    return false;
  }
  try {
    // Rename is atomic: we then look at exactly what we moved. If it is no longer the stale lock (its
    // holder released it and someone opened the file meanwhile), it goes back untouched.
    const aside = tempPathFor(path);
    const moved = await rename(path, aside).then(() => true, () => false);
    if (moved) {
      const same = (await readFile(aside, 'utf8').catch(() => staleRaw)) === staleRaw;
      if (!same) await link(aside, path).catch(() => undefined);
      await removeQuietly(aside);
      if (!same) return false;
    }
    await createExclusive(path, JSON.stringify(record), 0o644);
    return true;
  } catch (error) {
    if (errnoCode(error) === 'EEXIST') return false;
    throw lockFailure(error, path);
  } finally {
    await removeQuietly(guard);
  }
}

function heldLock(path: string, record: LockRecord, now: () => Date): HeldLock {
  let current = record;
  let lost = false;
  const stillOurs = async () => {
    const onDisk = parseRecord(await readFile(path, 'utf8').catch(() => ''));
    lost = onDisk === null || !sameHolder(onDisk, record);
    return !lost;
  };
  return {
    path,
    get record() {
      return current;
    },
    get lost() {
      return lost;
    },
    async refresh() {
      if (!(await stillOurs())) return;
      const next = { ...current, refreshedAt: now().toISOString() };
      // Replaced by rename, so another planner never reads a half-written lock.
      await writeFileDurably(path, Buffer.from(JSON.stringify(next)), 0o644).catch((error: unknown) => {
        throw lockFailure(error, path);
      });
      current = next;
    },
    async release() {
      if (await stillOurs()) await unlink(path).catch(() => undefined);
    },
  };
}
