/**
 * The renderer's problems: the view the panel, status bar and badges read, kept in step with the
 * painted program by the store (before main answers), with dismissals applied and identities kept
 * where nothing changed (so badges and rows do not re-render).
 */
import { describe, expect, it } from 'vitest';
import { applyCommand } from '../../../../src/shared/commands/apply';
import type { Command } from '../../../../src/shared/commands/types';
import type { DocumentSnapshot, IpcResult } from '../../../../src/shared/ipc/contract';
import { emptyProgram, placeActivity } from '../../../../src/shared/program/factory';
import { serializeProgram } from '../../../../src/shared/program/load';
import type { Attendees, Program } from '../../../../src/shared/program/schema';
import { zonedFromLocal } from '../../../../src/shared/time';
import type { Api } from '../../../../src/renderer/api';
import { DEFAULT_SETTINGS } from '../../../../src/shared/settings';
import { ProblemsModel, type ProblemsView } from '../../../../src/renderer/model/problems-model';
import { buildTmssw2024Sample } from '../../../../src/cli/sample/index';
import { issueSnapshot } from '../../../../src/shared/issuing';
import * as fc from 'fast-check';
import { AppStore } from '../../../../src/renderer/state/store';

const NY = 'America/New_York';
const at = (local: string) => zonedFromLocal(local, NY);
const G: Attendees = { everyone: false, groupIds: ['g'], participantIds: [], staffIds: [] };

const meeting = (id: string, start: string, end: string, extra: Partial<Program['activities'][number]> = {}) =>
  placeActivity({ id, title: `Meeting ${id}`, cityId: 'dc', attendees: G, timing: { kind: 'scheduled', start: at(`2024-05-06T${start}`), end: at(`2024-05-06T${end}`) }, ...extra } as Parameters<typeof placeActivity>[0]);

function program(): Program {
  const base = emptyProgram({ id: 'p', title: 'Problems', startDate: '2024-05-06', endDate: '2024-05-10', homeTimeZone: NY });
  const person = { id: 'p1', givenName: 'Amara', familyName: 'Okafor', languages: [], phone: '', email: '', arrival: null, departure: null, internalNotes: '', passportName: '', country: 'Ghana', position: '', organization: '', interpretation: null, dietaryNotes: '', accessibilityNotes: '' };
  return {
    ...base,
    cities: [{ id: 'dc', name: 'Washington', region: 'DC', country: 'US', timeZone: NY }],
    participants: [person],
    groups: [{ id: 'g', name: 'Maritime', color: '#1f6feb', participantIds: ['p1'], staffIds: [] }],
    activities: [
      meeting('a', '09:00', '10:00'),
      meeting('b', '15:00', '16:00'),
      // A warning: a short interpreted meeting, so there is always something in the view.
      meeting('c', '17:00', '17:30', { interpretation: 'consecutive' }),
    ],
  };
}

const edit = (p: Program, command: Command) => applyCommand(p, command).program;
const clash: Command = { type: 'activity/move', id: 'b', start: at('2024-05-06T09:30') };
const DOUBLE = 'group-double-booked/2024-05-06/a+b/g';

describe('ProblemsModel', () => {
  it('groups open problems by severity then rule, counts them, and marks each activity once with its worst', () => {
    const model = new ProblemsModel();
    const view = model.sync(edit(program(), clash));
    expect(view.sections.map((s) => [s.severity, s.rules.map((r) => [r.ruleId, r.problems.length])])).toEqual([
      ['error', [['group-double-booked', 1]]],
      ['warning', [['short-interpreted-meeting', 1]]],
    ]);
    expect(view.counts).toEqual({ error: 1, warning: 1, info: 0 });
    expect(view.byActivity.get('a')).toEqual({ severity: 'error', count: 1, label: '1 problem: 1 error' });
    expect(view.byActivity.get('c')).toEqual({ severity: 'warning', count: 1, label: '1 problem: 1 warning' });
    expect(view.sections[0]?.rules[0]?.title).toBe('A group is in two activities at once');
  });

  it('returns the same view for the same program, and keeps unchanged badges’ identity across edits', () => {
    const model = new ProblemsModel();
    const p1 = edit(program(), clash);
    const v1 = model.sync(p1);
    expect(model.sync(p1)).toBe(v1);
    const badgeC = v1.byActivity.get('c');
    const v2 = model.sync(edit(p1, { type: 'activity/move', id: 'b', start: at('2024-05-06T12:00') }));
    expect(v2.counts).toEqual({ error: 0, warning: 1, info: 0 });
    expect(v2.byActivity.has('a')).toBe(false);
    expect(v2.byActivity.get('c')).toBe(badgeC);
  });

  it('moves a dismissed problem to the dismissed list with its reason, drops its badge, and keeps a dismissal whose problem is gone as stale', () => {
    const model = new ProblemsModel();
    const dismissal = { problemId: DOUBLE, reason: 'Same building, back to back.', dismissedAt: '2024-05-01T12:00:00.000Z' };
    const dismissed = edit(edit(program(), clash), { type: 'problem/dismiss', dismissal });
    const view = model.sync(dismissed);
    expect(view.counts.error).toBe(0);
    expect(view.dismissed).toEqual([{ problem: expect.objectContaining({ id: DOUBLE, dismissed: true }), dismissal }]);
    expect(view.byActivity.has('a')).toBe(false);
    const resolved = model.sync(edit(dismissed, { type: 'activity/move', id: 'b', start: at('2024-05-06T12:00') }));
    expect(resolved.dismissed).toEqual([]);
    expect(resolved.stale).toEqual([dismissal]);
  });
});

/** A main that records edits and never answers: what the renderer paints before main confirms. */
function fakeMain(p: Program) {
  const calls: { command: Command; answer: (r: IpcResult<unknown>) => void }[] = [];
  const snapshot: DocumentSnapshot = {
    docId: 'doc-1', name: 't.ivlp.json', folder: '/tmp', revision: 0, json: serializeProgram(p), readOnlyReason: null,
    saveState: { status: 'saved', code: null, message: null, savedAt: null }, history: { undoLabel: null, redoLabel: null }, recovery: null, lockHolder: null,
  };
  const api = {
    getCurrentProgram: async () => ({ ok: true, value: snapshot }),
    applyCommand: (args: { command: Command }) => new Promise((answer) => calls.push({ command: args.command, answer })),
    onProgramOpened: () => () => undefined,
    onSaveState: () => () => undefined,
    onExportProgress: () => () => undefined,
    onSettingsChanged: () => () => undefined,
    getSettings: async () => ({ ok: true, value: DEFAULT_SETTINGS }),
    onRemoteChange: () => () => undefined,
    onSyncState: () => () => undefined,
  } as unknown as Api;
  return { api, calls };
}
const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('the store’s problems', () => {
  it('updates with the painted program, before main answers, and a dismissal is an ordinary edit', async () => {
    const main = fakeMain(program());
    const store = new AppStore(main.api);
    store.start();
    await flush();
    // The first, full check runs after the calendar's first paint.
    expect(store.getState().problems).toBeNull();
    await flush();
    expect(store.getState().problems?.counts).toEqual({ error: 0, warning: 1, info: 0 });
    store.edit(clash);
    // The check follows the edit in a task of its own, once the drop has painted (G9).
    expect(store.getState().problems?.counts.error).toBe(0);
    expect(store.getState().problemsSeq).toBeLessThan(store.getState().programSeq);
    await flush();
    expect(store.getState().problems?.counts.error).toBe(1);
    expect(store.getState().problemsSeq).toBe(store.getState().programSeq);
    expect(store.getState().pendingEdits).toBe(1);

    const before = store.getState().problems;
    store.select('a');
    store.toggleProblems(true);
    // View changes leave the problems alone.
    expect(store.getState().problems).toBe(before);

    store.edit({ type: 'problem/dismiss', dismissal: { problemId: DOUBLE, reason: 'Fine.', dismissedAt: new Date().toISOString() } });
    await flush();
    expect(store.getState().problems?.counts.error).toBe(0);
    expect(store.getState().problems?.dismissed.map((d) => d.dismissal.reason)).toEqual(['Fine.']);
    await flush();
    expect(main.calls.map((c) => c.command.type)).toEqual(['activity/move']);
  });

  it('reveals a problem: selects its first activity, asks the calendar for its date and time, and lifts a lens that hides it', async () => {
    const p = program();
    const other = { id: 'g2', name: 'Border', color: '#d29922', participantIds: [], staffIds: [] };
    const main = fakeMain({ ...p, groups: [...p.groups, other] });
    const store = new AppStore(main.api);
    store.start();
    await flush();
    await flush();
    store.setLens({ kind: 'group', id: 'g2' });
    const problem = store.getState().problems?.sections[0]?.rules[0]?.problems[0];
    if (!problem) throw new Error('no problem');
    store.revealProblem(problem);
    expect(store.getState()).toMatchObject({ selection: ['c'], lens: null, reveal: { date: '2024-05-06', time: '16:00:00' } });
    const seq = store.getState().reveal?.seq ?? 0;
    store.revealProblem(problem);
    expect(store.getState().reveal?.seq).toBe(seq + 1);
  });
});

// The view after a run of edits, built incrementally from the previous one, must equal a view
// built from scratch from the same problem list: same order, sections, counts, badges, lists.
function plain(view: ProblemsView) {
  return {
    sections: view.sections,
    counts: view.counts,
    byActivity: [...view.byActivity].sort(([a], [b]) => (a < b ? -1 : 1)),
    byId: [...view.byId].sort(([a], [b]) => (a < b ? -1 : 1)),
    dismissed: view.dismissed,
    stale: view.stale,
  };
}

describe('the incremental problems view', () => {
  it('after every edit of a random run of moves and dismissals on the sample, equals a view built from scratch (150 runs)', () => {
    const sample = buildTmssw2024Sample();
    const scheduled = sample.activities.filter((a) => a.timing.kind === 'scheduled' && a.type !== 'hotel-stay' && a.type !== 'travel');
    const step = fc.oneof(
      fc.record({ kind: fc.constant('move' as const), index: fc.nat(scheduled.length - 1), hours: fc.integer({ min: -30, max: 30 }) }),
      fc.record({ kind: fc.constant('dismiss' as const), index: fc.nat(50) }),
    );
    let edits = 0;
    fc.assert(
      fc.property(fc.array(step, { minLength: 1, maxLength: 8 }), (steps) => {
        let program = sample;
        const model = new ProblemsModel();
        let view = model.sync(program);
        for (const s of steps) {
          if (s.kind === 'move') {
            const a = scheduled[s.index] as (typeof scheduled)[number] & { timing: { kind: 'scheduled'; start: string } };
            try {
              program = applyCommand(program, { type: 'activity/move', id: a.id, start: zonedFromLocal(addHours(a.timing.start, s.hours), zoneOf(a.timing.start)) }).program;
            } catch {
              continue; // outside the program's dates: refused, as in the app
            }
          } else {
            const open = view.sections.flatMap((x) => x.rules.flatMap((r) => r.problems));
            const p = open[s.index % Math.max(1, open.length)];
            if (!p) continue;
            program = applyCommand(program, { type: 'problem/dismiss', dismissal: { problemId: p.id, reason: 'fine', dismissedAt: '2024-05-01T00:00:00Z' } }).program;
          }
          edits++;
          view = model.sync(program);
          expect(plain(view)).toEqual(plain(new ProblemsModel().sync(program)));
        }
      }),
      { numRuns: 150 },
    );
    // The run must really edit: refused moves alone would compare two empty changes.
    expect(edits).toBeGreaterThan(300);
  });
});

/** `2024-05-06T09:00:00-04:00[America/New_York]` plus n hours, as a local wall time `YYYY-MM-DDTHH:MM`. */
function addHours(zoned: string, hours: number): string {
  const ms = Date.parse(`${zoned.slice(0, 16)}:00Z`) + hours * 3_600_000;
  return new Date(ms).toISOString().slice(0, 16);
}
function zoneOf(zoned: string): string {
  return zoned.slice(zoned.indexOf('[') + 1, -1);
}

describe('issued itineraries', () => {
  it('once a version is issued, a tentative or cancelled activity is flagged; undoing the issue clears it', () => {
    const sample = buildTmssw2024Sample();
    const target = sample.activities.find((a) => a.type === 'meeting' && a.timing.kind === 'scheduled' && a.status === 'confirmed');
    if (!target) throw new Error('the sample has no confirmed meeting');
    // The rules that flag the target activity.
    const rules = (view: ProblemsView) => view.sections.flatMap((s) => s.rules.flatMap((r) => r.problems.filter((p) => p.activityIds.includes(target.id)).map(() => r.ruleId)));
    const model = new ProblemsModel();
    let program = edit(sample, { type: 'activity/update', activity: { ...target, status: 'tentative' } });
    expect(rules(model.sync(program))).not.toContain('tentative-in-issued');

    const issue: Command = { type: 'program/issue', issued: issueSnapshot(program, { issuedAt: '2024-04-20T12:00:00Z', note: 'first' }) };
    const issued = applyCommand(program, issue);
    program = issued.program;
    const view = model.sync(program);
    expect(rules(view)).toContain('tentative-in-issued');
    expect(view.byActivity.get(target.id)?.label).toMatch(/warning/);
    // The same as a fresh check of the same program (the issued period reached the checker).
    expect(plain(view)).toEqual(plain(new ProblemsModel().sync(program)));

    program = edit(program, { type: 'activity/update', activity: { ...target, status: 'cancelled' } });
    expect(rules(model.sync(program))).toContain('cancelled-in-issued');
    expect(rules(model.sync(program))).not.toContain('tentative-in-issued');

    program = applyCommand(program, issued.inverse).program;
    expect(program.issues).toEqual([]);
    expect(rules(model.sync(program))).not.toContain('cancelled-in-issued');
  });
});
