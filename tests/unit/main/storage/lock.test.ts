import { spawnSync } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { acquireLock, forceAcquireLock, lockPathOf, readLock, type LockRecord } from '../../../../src/main/storage/lock';
import type { Identity } from '../../../../src/main/services';
import { listFolder, tempFolder } from './helpers';

const alice: Identity = { user: 'alice', host: 'desk-1', pid: process.pid };
const bob: Identity = { user: 'bob', host: 'desk-2', pid: 4242 };

async function programIn() {
  const folder = await tempFolder();
  const path = join(folder, 'tmssw.ivlp.json');
  await writeFile(path, '{}');
  return { folder, path };
}

/** A pid that certainly belonged to a process that has exited. */
function deadPid(): number {
  const child = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' });
  return Number(child.stdout);
}

describe('advisory lock', () => {
  it('acquire writes .~<name>.ivlp-lock with user, host, pid, since, refreshedAt; release removes it', async () => {
    const { folder, path } = await programIn();
    const at = new Date('2024-04-29T13:00:00Z');
    const result = await acquireLock(path, alice, { now: () => at });
    if (!result.acquired) throw new Error('expected to acquire');
    expect(lockPathOf(path)).toBe(join(folder, '.~tmssw.ivlp.json.ivlp-lock'));
    const record = JSON.parse(await readFile(lockPathOf(path), 'utf8')) as LockRecord;
    expect(record).toEqual({ user: 'alice', host: 'desk-1', pid: process.pid, since: at.toISOString(), refreshedAt: at.toISOString() });
    await result.lock.release();
    expect(await listFolder(folder)).toEqual(['tmssw.ivlp.json']);
  });

  it('a second planner is told who holds it', async () => {
    const { path } = await programIn();
    const first = await acquireLock(path, alice);
    expect(first.acquired).toBe(true);
    const second = await acquireLock(path, bob);
    expect(second).toEqual({ acquired: false, holder: { user: 'alice', host: 'desk-1', pid: process.pid, since: expect.any(String) } });
  });

  it('a lock from a process on this host that is gone is stale and taken over', async () => {
    const { path } = await programIn();
    const ghost = { ...alice, pid: deadPid() };
    await acquireLock(path, ghost, { isPidAlive: () => true });
    const result = await acquireLock(path, { ...alice, user: 'alice-again' });
    expect(result.acquired).toBe(true);
    expect((await readLock(path))?.user).toBe('alice-again');
  });

  it('a lock from another host counts as live until it has not been refreshed for staleMs', async () => {
    const { path } = await programIn();
    let now = new Date('2024-04-29T13:00:00Z');
    const clock = () => now;
    const held = await acquireLock(path, bob, { now: clock });
    if (!held.acquired) throw new Error('expected to acquire');
    // bob's pid does not exist here, but bob is on another host: pids there say nothing.
    expect((await acquireLock(path, alice, { now: clock, staleMs: 60_000 })).acquired).toBe(false);
    now = new Date(now.getTime() + 50_000);
    await held.lock.refresh();
    now = new Date(now.getTime() + 50_000);
    expect((await acquireLock(path, alice, { now: clock, staleMs: 60_000 })).acquired).toBe(false);
    now = new Date(now.getTime() + 61_000);
    const taken = await acquireLock(path, alice, { now: clock, staleMs: 60_000 });
    expect(taken.acquired).toBe(true);

    // bob's app comes back: its refresh must not steal the lock back, and its release must not remove alice's.
    await held.lock.refresh();
    expect(held.lock.lost).toBe(true);
    await held.lock.release();
    expect((await readLock(path))?.user).toBe('alice');
  });

  it('forceAcquireLock ("open anyway") replaces the holder, whose refresh then sees it lost', async () => {
    const { path } = await programIn();
    const held = await acquireLock(path, bob);
    if (!held.acquired) throw new Error('expected to acquire');
    const mine = await forceAcquireLock(path, alice);
    expect((await readLock(path))?.user).toBe('alice');
    await held.lock.refresh();
    expect(held.lock.lost).toBe(true);
    expect((await readLock(path))?.user).toBe('alice');
    await mine.release();
    expect(await readLock(path)).toBeNull();
  });

  it('exactly one of many simultaneous openers wins, for a free lock and for a stale one', async () => {
    const { folder, path } = await programIn();
    for (let round = 0; round < 20; round++) {
      const stale = round % 2 === 1;
      if (stale) await acquireLock(path, { user: 'ghost', host: 'desk-1', pid: 999_999 }, { isPidAlive: () => true });
      const people = Array.from({ length: 8 }, (_, i) => ({ user: `p${i}`, host: 'desk-1', pid: 100_000 + i }));
      // Everyone is alive except the ghost.
      const results = await Promise.all(people.map((p) => acquireLock(path, p, { isPidAlive: (pid) => pid !== 999_999 })));
      const winners = results.filter((r) => r.acquired);
      expect(winners, `round ${round} (${stale ? 'stale' : 'free'} lock)`).toHaveLength(1);
      const holder = await readLock(path);
      for (const r of results) if (!r.acquired) expect(r.holder.user).toBe(holder?.user);
      for (const r of winners) if (r.acquired) await r.lock.release();
      expect(await listFolder(folder)).toEqual(['tmssw.ivlp.json']);
    }
  });

  it('an unreadable lock file is "another planner" while young and stale when old', async () => {
    const { path } = await programIn();
    await writeFile(lockPathOf(path), '{"user": "al');
    const young = await acquireLock(path, alice);
    expect(young).toMatchObject({ acquired: false, holder: { user: 'another planner' } });
    const later = new Date(Date.now() + 60_000);
    expect((await acquireLock(path, alice, { now: () => later })).acquired).toBe(true);
  });
});
