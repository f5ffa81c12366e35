/**
 * The guard against a change automerge-repo never sends (src/main/sync/stall-watch.ts), over a real
 * server on 127.0.0.1: the send that runs on every change is taken away from one document, as in
 * the stall seen under load, and the change still reaches a teammate once the heads have stayed
 * apart. Without the guard (its wait made endless) the same change does not get there.
 */
import { ImmutableString } from '@automerge/automerge';
import { afterEach, describe, expect, it } from 'vitest';
import { ProgramReplica } from '../../../../src/main/sync/replica';
import { buildTmssw2024Sample } from '../../../../src/cli/sample/index';
import { startTeam, until, type Team } from '../../server/sync-fixture';

const sample = buildTmssw2024Sample();
let team: Team | null = null;
afterEach(async () => {
  await team?.cleanup();
  team = null;
});

/** Ann shares the sample with the given guard, Bob opens it; Ann's plan then loses its send-on-change. */
async function stalledChange(stallMs: number) {
  team = await startTeam();
  const ann = await team.invite('planner', 'Ann');
  const bob = await team.invite('planner', 'Bob');
  const a = await team.connect(ann.token, 'ann', { stallWatch: { everyMs: 100, stallMs } });
  const annCopy = await ProgramReplica.publish(a.connection, sample, ann.member);
  expect(await annCopy.waitInStep(30_000)).toBe(true);
  const b = await team.connect(bob.token, 'bob');
  const bobCopy = await ProgramReplica.open(b.connection, annCopy.rootId, bob.member, 30_000);
  annCopy.plan.removeAllListeners('change');
  annCopy.plan.change((doc) => void (doc.program['title'] = new ImmutableString('Sent by the guard')));
  return { annCopy, bobCopy };
}

describe('a change whose send never ran', () => {
  it('reaches the server and a teammate once the heads have stayed apart for the wait', async () => {
    const { annCopy, bobCopy } = await stalledChange(500);
    await until('Bob has the change', () => String(bobCopy.plan.doc().program['title']) === 'Sent by the guard', 30_000);
    await until('Ann is in step', () => annCopy.inStep(), 30_000);
  }, 90_000);

  it('without the guard it stays on Ann’s computer (the stall the guard is for)', async () => {
    const { annCopy, bobCopy } = await stalledChange(3_600_000);
    await new Promise((resolve) => setTimeout(resolve, 3000));
    expect(String(bobCopy.plan.doc().program['title'])).toBe(sample.title);
    expect(annCopy.inStep()).toBe(false);
  }, 90_000);
});
