import { describe, expect, it } from 'vitest';
import type { SyncStatus } from '../../../../../src/shared/ipc/contract';
import { teamLine, teamProblemCount, teamSteps } from '../../../../../src/renderer/features/team/team-text';

const state = (patch: Partial<NonNullable<SyncStatus['state']>> = {}): SyncStatus => ({
  failure: null,
  state: {
    address: 'ws://127.0.0.1:4711/programs/abc',
    role: 'planner',
    member: 'Ann',
    connection: { status: 'connected', since: '2026-12-07T15:42:00.000Z', reason: null },
    waiting: 0,
    present: [],
    conflicts: [],
    repairs: [],
    refused: [],
    ...patch,
  },
});

describe('the team line in the status bar', () => {
  it('says connected, and who else is here', () => {
    expect(teamLine(state()).text).toBe('Team: connected');
    expect(teamLine(state({ present: ['Bob', 'Tucson partner'] })).text).toBe('Team: connected · Bob, Tucson partner are here');
    expect(teamLine(state({ present: ['Bob'] })).text).toBe('Team: connected · Bob is here');
  });

  it('says offline since when, how many changes wait, and why in the detail', () => {
    const line = teamLine(state({ connection: { status: 'offline', since: '2026-12-07T15:42:00.000Z', reason: 'the server cannot be reached' }, waiting: 3 }), 'en-GB');
    expect(line.tone).toBe('offline');
    expect(line.text).toMatch(/^Team: offline since \d\d:\d\d · 3 changes waiting$/);
    expect(line.detail).toContain('the server cannot be reached; your changes are kept');
  });

  it('a program that is not syncing says why', () => {
    expect(teamLine({ state: null, failure: 'No invitation for ws://x is kept on this computer' })).toEqual({ tone: 'failed', text: 'Team: not syncing', detail: 'No invitation for ws://x is kept on this computer' });
  });

  it('counts conflicts, repairs and refused edits as team problems', () => {
    expect(teamProblemCount(null)).toBe(0);
    expect(teamProblemCount(state({ conflicts: [{ id: 'c', subject: 's', choices: ['a', 'b'] }], refused: [{ id: 'r', reason: 'x' }] }))).toBe(2);
  });
});

describe('the steps of a share or join', () => {
  it('marks the steps before main’s current one done, and names how many activities move', () => {
    expect(teamSteps('share', null).map((s) => s.state)).toEqual(['waiting', 'waiting', 'waiting', 'waiting']);
    const writing = teamSteps('share', { operation: 'share', step: 'writing', activities: 5000 }, 'en-US');
    expect(writing.map((s) => s.state)).toEqual(['done', 'current', 'waiting', 'waiting']);
    expect(writing[1]!.text).toBe('Writing 5,000 activities into the shared documents');
    expect(teamSteps('share', { operation: 'share', step: 'saving', activities: 1 }).map((s) => s.state)).toEqual(['done', 'done', 'done', 'current']);
  });

  it('a join has no writing step, and saves what it received', () => {
    const saving = teamSteps('join', { operation: 'join', step: 'saving', activities: 312 });
    expect(saving.map((s) => s.step)).toEqual(['connecting', 'receiving', 'saving']);
    expect(saving.map((s) => s.state)).toEqual(['done', 'done', 'current']);
    expect(saving[2]!.text).toBe('Saving 312 activities as a new program file');
    // Another operation's progress (a stale event) does not advance this one.
    expect(teamSteps('join', { operation: 'share', step: 'sending', activities: 5 }).every((s) => s.state === 'waiting')).toBe(true);
  });
});
