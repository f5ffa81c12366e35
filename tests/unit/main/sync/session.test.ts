/**
 * Team planning through the very app core Electron runs (createApp), one per member, each with its
 * own data folder and program file, against a real sync server on 127.0.0.1.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { DocumentSnapshot } from '../../../../src/shared/ipc/contract';
import type { Program } from '../../../../src/shared/program/schema';
import { addMinutes } from '../../../../src/shared/time';
import { createCoreFixture, WINDOW, type CoreFixture } from '../app-fixture';
import { startTeam, type Team } from '../../server/sync-fixture';
import { buildTmssw2024Sample } from '../../../../src/cli/sample/index';

const sample = buildTmssw2024Sample();
const meetings = sample.activities.filter((a) => a.type === 'meeting' && a.timing.kind === 'scheduled');
const partnerCity = meetings[0]!.type === 'meeting' ? meetings[0]!.cityId : '';
const inCity = meetings.find((a) => a.type === 'meeting' && a.cityId === partnerCity)!;
const other = meetings.find((a) => a.type === 'meeting' && a.cityId !== partnerCity)!;

let team: Team | null = null;
const cores: CoreFixture[] = [];
afterEach(async () => {
  for (const core of cores.splice(0)) await core.cleanup();
  await team?.cleanup();
  team = null;
});

/** A member's app: its own core, data folder and files; `opensOwnFile` opens the sample copy in its window. */
async function member(opensOwnFile: boolean): Promise<CoreFixture> {
  const core = await createCoreFixture(sample);
  cores.push(core);
  if (opensOwnFile) await core.core.openInitial(WINDOW, core.programPath);
  return core;
}

async function current(core: CoreFixture): Promise<DocumentSnapshot> {
  const snapshot = await core.call('getCurrentProgram');
  if (!snapshot) throw new Error('nothing open');
  return snapshot;
}

const shape = (json: string) => JSON.stringify({ ...(JSON.parse(json) as Program), shared: null });

describe('two planners and a partner on one program', () => {
  it('share, join, edit on all three: every copy and every file converges; roles hold', async () => {
    team = await startTeam();
    const ann = await team.invite('planner', 'Ann');
    const bob = await team.invite('planner', 'Bob');
    const partner = await team.invite('partner', 'City partner', partnerCity);

    const a = await member(true);
    const shared = await a.call('shareProgram', { docId: (await current(a)).docId, server: team.server.url, token: ann.token });
    expect(shared.address).toMatch(/^ws:\/\/127\.0\.0\.1:\d+\/programs\/\w+$/);
    expect(JSON.parse(await readFile(a.programPath, 'utf8')).shared).toEqual({ address: shared.address, role: 'planner', cityId: null, member: 'Ann' });

    const b = await member(false);
    b.dialogs.save.push(join(b.dir, 'joined.ivlp.json'));
    const joinedB = await b.call('joinProgram', { address: shared.address, token: bob.token });
    expect(joinedB?.name).toBe('joined.ivlp.json');
    const p = await member(false);
    p.dialogs.save.push(join(p.dir, 'partner.ivlp.json'));
    await p.call('joinProgram', { address: shared.address, token: partner.token });
    const partnerCopy = JSON.parse((await current(p)).json) as Program;
    expect(partnerCopy.participants.every((x) => x.phone === '')).toBe(true);
    expect(partnerCopy.shared).toMatchObject({ role: 'partner', cityId: partnerCity });

    // Each edits at once: Ann moves a meeting, Bob renames another, the partner renames one in their city.
    const docA = await current(a);
    const start = inCity.timing.kind === 'scheduled' ? inCity.timing.start : '';
    await a.call('applyCommand', { docId: docA.docId, baseRevision: docA.revision, command: { type: 'activity/move', id: inCity.id, start: addMinutes(start, 30) } });
    const docB = await current(b);
    await b.call('applyCommand', { docId: docB.docId, baseRevision: docB.revision, command: { type: 'activity/update', activity: { ...(JSON.parse(docB.json) as Program).activities.find((x) => x.id === other.id)!, title: 'Renamed by Bob' } } });
    const docP = await current(p);
    const partnersMeeting = (JSON.parse(docP.json) as Program).activities.find((x) => x.id === inCity.id)!;
    await p.call('applyCommand', { docId: docP.docId, baseRevision: docP.revision, command: { type: 'activity/update', activity: { ...partnersMeeting, title: 'Confirmed by the partner' } } });
    // Outside their city the partner is refused at once, before anything is sent.
    const refused = await p.attempt('applyCommand', { docId: docP.docId, baseRevision: (await current(p)).revision, command: { type: 'activity/delete', id: other.id } });
    expect(refused).toMatchObject({ ok: false, error: { code: 'SYNC_REFUSED', message: expect.stringMatching(/is in another city/) } });

    const planner = async (core: CoreFixture) => shape((await current(core)).json);
    const end = Date.now() + 30_000;
    for (;;) {
      const [pa, pb] = [await planner(a), await planner(b)];
      const program = JSON.parse(pa) as Program;
      const met = program.activities.find((x) => x.id === inCity.id);
      const done = pa === pb && met?.title === 'Confirmed by the partner' && met.timing.kind === 'scheduled' && met.timing.start === addMinutes(start, 30) && program.activities.find((x) => x.id === other.id)?.title === 'Renamed by Bob';
      if (done) break;
      if (Date.now() > end) {
        const show = (json: string) => {
          const pr = JSON.parse(json) as Program;
          const m = pr.activities.find((x) => x.id === inCity.id);
          return JSON.stringify([m?.title, m?.timing, pr.activities.find((x) => x.id === other.id)?.title]);
        };
        throw new Error(`the planners did not converge: A ${show(pa)} B ${show(pb)} equal=${pa === pb} P ${JSON.stringify(await p.call('getSyncState', { docId: (await current(p)).docId }))} status A ${JSON.stringify(await a.call('getSyncState', { docId: (await current(a)).docId }))} B ${JSON.stringify(await b.call('getSyncState', { docId: (await current(b)).docId }))}`);
      }
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    // The partner's copy shows the same program, less what a partner may not see.
    const end2 = Date.now() + 30_000;
    for (;;) {
      const mine = JSON.parse((await current(p)).json) as Program;
      const theirs = JSON.parse((await current(a)).json) as Program;
      if (mine.activities.find((x) => x.id === other.id)?.title === 'Renamed by Bob' && mine.activities.find((x) => x.id === inCity.id)?.timing.kind === 'scheduled') {
        expect(mine.activities.map((x) => [x.id, x.title])).toEqual(theirs.activities.map((x) => [x.id, x.title]));
        break;
      }
      if (Date.now() > end2) throw new Error('the partner did not converge');
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    // The files on disk agree, too.
    for (const core of [a, b]) await core.call('saveNow', { docId: (await current(core)).docId });
    const fileA = await readFile(a.programPath, 'utf8');
    const fileB = await readFile(join(b.dir, 'joined.ivlp.json'), 'utf8');
    expect(shape(fileB)).toBe(shape(fileA));
    // No teammate's change entered anyone's undo history: Ann can undo only her own move.
    expect((await current(a)).history.undoLabel).toMatch(/^Move/);
  }, 120_000);
});
