/**
 * Team planning when the network is not there, and when two planners change the same thing:
 * offline edits on both sides converge when the server returns, nothing lost; a concurrent move
 * is a conflict both see with both names and values, and the choice reaches everyone; an undo
 * that would overwrite a teammate's later change is refused with who made it.
 */
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { DocumentSnapshot } from '../../../../src/shared/ipc/contract';
import type { Program } from '../../../../src/shared/program/schema';
import { addMinutes } from '../../../../src/shared/time';
import { buildTmssw2024Sample } from '../../../../src/cli/sample/index';
import { createCoreFixture, WINDOW, type CoreFixture } from '../app-fixture';
import { startTeam, type Team } from '../../server/sync-fixture';

const sample = buildTmssw2024Sample();
const meeting = sample.activities.find((a) => a.type === 'meeting' && a.timing.kind === 'scheduled')!;
const other = sample.activities.find((a) => a.type === 'site-visit' && a.timing.kind === 'scheduled')!;
const startOf = (a: typeof meeting) => (a.timing.kind === 'scheduled' ? a.timing.start : '');

let team: Team | null = null;
const cores: CoreFixture[] = [];
afterEach(async () => {
  for (const core of cores.splice(0)) await core.cleanup();
  await team?.cleanup();
  team = null;
});

const current = async (core: CoreFixture): Promise<DocumentSnapshot> => {
  const snapshot = await core.call('getCurrentProgram');
  if (!snapshot) throw new Error('nothing open');
  return snapshot;
};
const programOf = async (core: CoreFixture) => JSON.parse((await current(core)).json) as Program;
const activity = async (core: CoreFixture, id: string) => (await programOf(core)).activities.find((a) => a.id === id)!;
const apply = async (core: CoreFixture, command: unknown) => {
  const doc = await current(core);
  return core.call('applyCommand', { docId: doc.docId, baseRevision: doc.revision, command: command as never });
};
const syncState = async (core: CoreFixture) => (await core.call('getSyncState', { docId: (await current(core)).docId }))?.state ?? null;

/** A copy's program, less what is local to the copy (the file's link to the shared program). */
const shapeOf = async (core: CoreFixture) => JSON.stringify({ ...(await programOf(core)), shared: null });

/** Eventually true (sync is asynchronous); the check is async here, so poll by hand. */
async function eventually(what: string, check: () => Promise<boolean>, ms = 40_000): Promise<void> {
  const end = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** Ann shares the sample, Bob joins it; both cores are connected. */
async function twoPlanners(): Promise<{ a: CoreFixture; b: CoreFixture }> {
  team = await startTeam();
  const ann = await team.invite('planner', 'Ann');
  const bob = await team.invite('planner', 'Bob');
  const a = await createCoreFixture(sample);
  const b = await createCoreFixture(sample);
  cores.push(a, b);
  await a.core.openInitial(WINDOW, a.programPath);
  const { address } = await a.call('shareProgram', { docId: (await current(a)).docId, server: team.server.url, token: ann.token });
  b.dialogs.save.push(join(b.dir, 'joined.ivlp.json'));
  await b.call('joinProgram', { address, token: bob.token });
  await eventually('both connected', async () => (await syncState(a))?.connection.status === 'connected' && (await syncState(b))?.connection.status === 'connected');
  return { a, b };
}

describe('team planning offline and in conflict', () => {
  it('both sides edit while the server is down; when it returns they converge and nothing is lost', async () => {
    const { a, b } = await twoPlanners();
    await team!.server.close();
    await eventually('Ann sees she is offline', async () => (await syncState(a))?.connection.status === 'offline');
    await apply(a, { type: 'activity/move', id: meeting.id, start: addMinutes(startOf(meeting), 45) });
    await apply(b, { type: 'activity/update', activity: { ...(await activity(b, other.id)), title: 'Edited offline by Bob' } });
    await apply(b, { type: 'program/update-info', patch: { description: 'Bob wrote this offline.' } });
    expect((await syncState(a))?.waiting).toBeGreaterThan(0);
    await team!.restart();
    const done = async (core: CoreFixture) => {
      const p = await programOf(core);
      const m = p.activities.find((x) => x.id === meeting.id)!;
      return m.timing.kind === 'scheduled' && m.timing.start === addMinutes(startOf(meeting), 45) && p.activities.find((x) => x.id === other.id)?.title === 'Edited offline by Bob' && p.description === 'Bob wrote this offline.';
    };
    await eventually('Ann has both offline edits', () => done(a));
    await eventually('Bob has both offline edits', () => done(b));
    await eventually('nothing waits', async () => (await syncState(a))?.waiting === 0 && (await syncState(b))?.waiting === 0);
    expect(await shapeOf(b)).toBe(await shapeOf(a));
  }, 120_000);

  it('two planners move one meeting at once: both see one value and a conflict naming both; the choice reaches everyone', async () => {
    const { a, b } = await twoPlanners();
    await team!.server.close();
    await apply(a, { type: 'activity/move', id: meeting.id, start: addMinutes(startOf(meeting), 60) });
    await apply(b, { type: 'activity/move', id: meeting.id, start: addMinutes(startOf(meeting), 24 * 60) });
    await team!.restart();
    await eventually('both see the conflict', async () => (await syncState(a))?.conflicts.length === 1 && (await syncState(b))?.conflicts.length === 1);
    const [ca, cb] = [(await syncState(a))!.conflicts[0]!, (await syncState(b))!.conflicts[0]!];
    expect(ca).toEqual(cb);
    expect(ca.subject).toContain(meeting.title);
    expect(ca.choices.join(' | ')).toMatch(/moved to .* by Ann/);
    expect(ca.choices.join(' | ')).toMatch(/moved to .* by Bob/);
    // Every copy shows the same value, and it is one of the two whole timings, never a mix.
    const shown = (await activity(a, meeting.id)).timing;
    expect(await activity(b, meeting.id)).toMatchObject({ timing: shown });
    const bobs = ca.choices.findIndex((c) => c.endsWith('by Bob'));
    await a.call('chooseSyncValue', { docId: (await current(a)).docId, conflictId: ca.id, valueIndex: bobs });
    const bobsStart = addMinutes(startOf(meeting), 24 * 60);
    for (const core of [a, b]) {
      await eventually('the choice to arrive', async () => {
        const t = (await activity(core, meeting.id)).timing;
        return t.kind === 'scheduled' && t.start === bobsStart && (await syncState(core))?.conflicts.length === 0;
      });
    }
  }, 120_000);

  it('an undo that would overwrite a teammate’s later change is refused, naming them', async () => {
    const { a, b } = await twoPlanners();
    await apply(a, { type: 'activity/update', activity: { ...(await activity(a, other.id)), title: 'Ann’s title' } });
    await eventually('Bob has Ann’s title', async () => (await activity(b, other.id)).title === 'Ann’s title');
    await apply(b, { type: 'activity/update', activity: { ...(await activity(b, other.id)), title: 'Bob’s title' } });
    await eventually('Ann has Bob’s title', async () => (await activity(a, other.id)).title === 'Bob’s title');
    const undone = await a.attempt('undo', { docId: (await current(a)).docId });
    expect(undone).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: expect.stringMatching(/cannot be undone: Bob changed the same item since/) } });
    expect((await activity(a, other.id)).title).toBe('Bob’s title');
    // Bob's own undo is his to make.
    const bobUndo = await b.attempt('undo', { docId: (await current(b)).docId });
    expect(bobUndo.ok).toBe(true);
    await eventually('Ann sees Bob’s undo', async () => (await activity(a, other.id)).title === 'Ann’s title');
  }, 120_000);
});

describe('issuing in a shared program', () => {
  it('a version Ann issues reaches Bob whole; after a move, both see the same change since it, for the same travelers', async () => {
    const { a, b } = await twoPlanners();
    const { issueSnapshot, changesSince } = await import('../../../../src/shared/issuing/index');
    const issued = issueSnapshot(await programOf(a), { issuedAt: '2024-04-20T12:00:00.000Z', note: 'Before arrival' });
    await apply(a, { type: 'program/issue', issued });
    await eventually('Bob has version 1', async () => (await programOf(b)).issues.length === 1);
    expect((await programOf(b)).issues).toEqual((await programOf(a)).issues);
    await apply(b, { type: 'activity/move', id: meeting.id, start: addMinutes(startOf(meeting), 90) });
    await eventually('Ann has Bob’s move', async () => {
      const t = (await activity(a, meeting.id)).timing;
      return t.kind === 'scheduled' && t.start === addMinutes(startOf(meeting), 90);
    });
    const fromA = changesSince(await programOf(a), 1);
    const fromB = changesSince(await programOf(b), 1);
    expect(fromA.length).toBeGreaterThan(0);
    expect(fromB).toEqual(fromA);
    expect(fromA.some((traveler) => traveler.changes.some((change) => change.activityId === meeting.id))).toBe(true);
  }, 120_000);
});
