import { afterEach, describe, expect, it } from 'vitest';
import { applyCommand } from '../../../src/shared/commands/apply';
import { serializeProgram } from '../../../src/shared/program/load';
import { addMinutes } from '../../../src/shared/time';
import { buildTmssw2024Sample } from '../../../src/cli/sample/index';
import { ProgramReplica } from '../../../src/main/sync/replica';
import { whoAmI } from '../../../src/main/sync/connection';
import { ImmutableString } from '@automerge/automerge';
import { startTeam, until, type Team } from './sync-fixture';

const sample = buildTmssw2024Sample();
const meeting = sample.activities.find((a) => a.type === 'meeting' && a.timing.kind === 'scheduled' && a.host)!;
const meetingCity = meeting.type === 'meeting' ? meeting.cityId : '';
const elsewhere = sample.activities.find((a) => a.type === 'meeting' && a.cityId !== meetingCity)!;
const local = { id: sample.id, schemaVersion: sample.schemaVersion, shared: null };
let team: Team | null = null;

afterEach(async () => {
  await team?.cleanup();
  team = null;
});

describe('the sync server on 127.0.0.1', () => {
  it('two planners and a partner share the sample; roles hold; nothing refused reaches anyone', async () => {
    team = await startTeam();
    const ann = await team.invite('planner', 'Ann (program officer)');
    const bob = await team.invite('planner', 'Bob (associate)');
    const tucson = await team.invite('partner', 'Partner in ' + meetingCity, meetingCity);
    const viewer = await team.invite('viewer', 'Interpreter');

    const a = await team.connect(ann.token, 'ann');
    const shared = await ProgramReplica.publish(a.connection, sample, a.member);
    expect(await shared.waitInStep(20_000)).toBe(true);

    const b = await team.connect(bob.token, 'bob');
    const bobs = await ProgramReplica.open(b.connection, shared.rootId, b.member);
    expect(serializeProgram(bobs.read(local).program)).toBe(serializeProgram(sample));

    // A planner's move reaches the other planner.
    const start = meeting.timing.kind === 'scheduled' ? meeting.timing.start : '';
    const moved = applyCommand(sample, { type: 'activity/move', id: meeting.id, start: addMinutes(start, 60) }).program;
    shared.write(sample, moved);
    await until('Bob sees the move', () => serializeProgram(bobs.read(local).program) === serializeProgram(moved));

    // The partner sees the shape and names, no phones, no other city's hosts.
    const p = await team.connect(tucson.token, 'partner');
    const partners = await ProgramReplica.open(p.connection, shared.rootId, p.member);
    const seen = partners.read(local).program;
    expect(seen.participants.every((x) => x.phone === '' && x.email === '' && x.internalNotes === '')).toBe(true);
    expect(seen.activities.filter((x) => 'host' in x && x.host).every((x) => 'cityId' in x && x.cityId === meetingCity)).toBe(true);

    // The partner's edit in their city is applied by the server and reaches both planners.
    partners.send({ type: 'activity/update', activity: { ...seen.activities.find((x) => x.id === meeting.id)!, title: 'Renamed by the partner' } as never });
    expect(partners.read(local).program.activities.find((x) => x.id === meeting.id)?.title).toBe('Renamed by the partner');
    await until('Ann sees the partner’s edit', () => shared.read(local).program.activities.find((x) => x.id === meeting.id)?.title === 'Renamed by the partner');
    await until('Bob sees it', () => bobs.read(local).program.activities.find((x) => x.id === meeting.id)?.title === 'Renamed by the partner');
    // ...without touching what the partner cannot see.
    const annsView = shared.read(local).program.activities.find((x) => x.id === meeting.id)!;
    expect(annsView.internalNotes).toBe(meeting.internalNotes);
    expect('host' in annsView && annsView.host).toEqual('host' in meeting ? meeting.host : null);

    // An edit in another city is refused with the reason, and never reaches a planner.
    partners.send({ type: 'activity/update', activity: { ...seen.activities.find((x) => x.id === elsewhere.id)!, title: 'Not theirs' } as never });
    await until('the refusal', () => partners.outboxEntries().some((e) => e.status === 'refused'));
    expect(partners.outboxEntries().find((e) => e.status === 'refused')?.reason).toMatch(/is in another city/);
    await team.server.idle();
    expect(shared.read(local).program.activities.find((x) => x.id === elsewhere.id)?.title).toBe(elsewhere.title);

    // A viewer writing the plan directly is refused by the server, told why, and nobody sees it.
    const v = await team.connect(viewer.token, 'viewer');
    const viewers = await ProgramReplica.open(v.connection, shared.rootId, v.member);
    const refusals: string[] = [];
    v.connection.onRefused((r) => refusals.push(r.reason));
    viewers.plan.change((doc) => void (doc.program['title'] = new ImmutableString('Hacked by a viewer')));
    await until('the viewer is told', () => refusals.length > 0);
    expect(refusals[0]).toMatch(/viewer and cannot change the program/);
    expect(team.server.refused.some((r) => r.member === 'Interpreter')).toBe(true);
    expect(shared.read(local).program.title).toBe(sample.title);
  }, 90_000);

  it('a bad or revoked token gets nothing', async () => {
    team = await startTeam();
    const ann = await team.invite('planner', 'Ann');
    await expect(whoAmI(team.server.url, 'ivlp_not-a-token')).rejects.toThrow(/does not accept this invitation token/);
    const a = await team.connect(ann.token, 'ann');
    const shared = await ProgramReplica.publish(a.connection, sample, a.member);
    expect(await shared.waitInStep(20_000)).toBe(true);
    const eve = await team.invite('planner', 'Eve');
    await team.members.revoke('Eve', new Date());
    await expect(whoAmI(team.server.url, eve.token)).rejects.toThrow(/revoked/);
    const e = await (async () => {
      const { SyncConnection } = await import('../../../src/main/sync/connection');
      return SyncConnection.open({ server: team!.server.url, token: eve.token, userData: `${team!.dir}/eve`, retryMs: 200 });
    })();
    await expect(ProgramReplica.open(e, shared.rootId, eve.member, 1500)).rejects.toThrow(/refused the invitation token|cannot be reached|did not send it/);
    await e.close();
  }, 60_000);
});
