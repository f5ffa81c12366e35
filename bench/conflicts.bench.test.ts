/**
 * G8 (docs/performance.md): the conflict check after one edit of a 5,000-activity program, incremental,
 * <= 16 ms; measured against the limit it replaces, a full re-check of the same program, in the
 * same run. For each kind of edit: apply one command, then time A = a full check of the new
 * program and B = `checker.update(newProgram)`, alternating A and B (ABAB, >= 5 pairs), medians.
 * Every pair also asserts the two give the same problems. A missed goal is printed, not failed.
 * Run: npx vitest run --config bench/vitest.bench.config.ts bench/conflicts.bench.test.ts
 */
import { expect, it } from 'vitest';
import { applyCommand } from '../src/shared/commands/apply';
import type { Command } from '../src/shared/commands/types';
import { checkProgram, createConflictChecker, type Problem } from '../src/shared/conflicts';
import type { Activity, Program } from '../src/shared/program/schema';
import { seededRandom } from '../src/cli/sample/prng';
import { addMinutes } from '../src/shared/time';
import { BENCH_SHAPE, syntheticProgram } from '../tests/unit/shared/conflicts/synthetic';

const PAIRS = 7;
const G8_MS = 16;

type Pick = (a: Activity) => boolean;
const EDITS: { name: string; pick: Pick; minutes: (r: () => number) => number; attendees?: boolean }[] = [
  { name: 'move a group meeting within its day', pick: (a) => a.type === 'meeting' && a.attendees.groupIds.length === 1, minutes: (r) => (r() < 0.5 ? -1 : 1) * 30 * (1 + Math.floor(r() * 4)) },
  { name: 'move a group meeting to another day', pick: (a) => a.type === 'meeting' && a.attendees.groupIds.length === 1, minutes: (r) => (r() < 0.5 ? -1 : 1) * 1440 * (1 + Math.floor(r() * 2)) },
  { name: 'move an everyone activity', pick: (a) => a.attendees.everyone && a.type !== 'hotel-stay', minutes: (r) => (r() < 0.5 ? -1 : 1) * 30 * (1 + Math.floor(r() * 4)) },
  { name: 'move a flight (where people are)', pick: (a) => a.type === 'travel', minutes: (r) => (r() < 0.5 ? -1 : 1) * 60 * (1 + Math.floor(r() * 5)) },
  { name: 'add a person to a meeting', pick: (a) => a.type === 'meeting' && a.attendees.groupIds.length === 1, minutes: () => 0, attendees: true },
];

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? (s[m] as number) : ((s[m - 1] as number) + (s[m] as number)) / 2;
};
const ids = (ps: readonly Problem[]) => ps.map((p) => `${p.id}|${p.message}`).sort();

function commandFor(program: Program, edit: (typeof EDITS)[number], r: () => number): Command {
  const candidates = program.activities.filter((a) => a.timing.kind === 'scheduled' && a.status !== 'cancelled' && edit.pick(a));
  const a = candidates[Math.floor(r() * candidates.length)] as Activity;
  if (a.timing.kind !== 'scheduled') throw new Error('unreachable');
  if (edit.attendees) {
    const extra = program.participants[Math.floor(r() * program.participants.length)]?.id as string;
    return { type: 'activity/set-attendees', id: a.id, attendees: { ...a.attendees, participantIds: [...new Set([...a.attendees.participantIds, extra])] } };
  }
  return { type: 'activity/move', id: a.id, start: addMinutes(a.timing.start, edit.minutes(r)) };
}

it('G8: incremental conflict check after one edit, 5,000 activities', () => {
  const program = syntheticProgram(BENCH_SHAPE);
  expect(program.activities.length).toBe(BENCH_SHAPE.activities);
  const r = seededRandom(8);

  // Warm up both paths (JIT, caches for zone abbreviations and holidays).
  let current = program;
  const checker = createConflictChecker(current);
  for (let i = 0; i < 3; i++) checkProgram(current);
  for (const edit of EDITS) {
    current = applyCommand(current, commandFor(current, edit, r)).program;
    checker.update(current);
  }

  const rows: string[][] = [];
  const fullAll: number[] = [];
  let worst = 0;
  for (const edit of EDITS) {
    const full: number[] = [];
    const incremental: number[] = [];
    for (let pair = 0; pair < PAIRS; pair++) {
      const next = applyCommand(current, commandFor(current, edit, r)).program;
      let t = performance.now();
      const fromScratch = checkProgram(next);
      full.push(performance.now() - t);
      t = performance.now();
      const updated = checker.update(next);
      incremental.push(performance.now() - t);
      expect(checker.stats().mode).toBe('incremental');
      expect(ids(updated)).toEqual(ids(fromScratch));
      current = next;
    }
    const a = median(full);
    const b = median(incremental);
    fullAll.push(...full);
    worst = Math.max(worst, b);
    rows.push([edit.name, a.toFixed(1), b.toFixed(2), `${(a / b).toFixed(0)}x`, `${Math.max(...incremental).toFixed(2)}`, b <= G8_MS ? 'PASS' : 'FAIL']);
  }

  const header = ['edit (5,000 activities, 7 ABAB pairs)', 'full re-check ms (A)', 'incremental ms (B)', 'A / B', 'B max ms', `G8 B <= ${G8_MS} ms`];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => (row[i] as string).length)));
  const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i] as number) : c.padStart(widths[i] as number))).join(' | ');
  console.log(
    [
      '',
      `G8 conflict check: ${program.activities.length} activities, ${program.participants.length} participants, ${program.staff.length} staff, ${program.groups.length} groups, ${program.cities.length} cities; ${checker.problems().length} problems`,
      line(header),
      widths.map((w) => '-'.repeat(w)).join('-|-'),
      ...rows.map(line),
      `full check median over all pairs: ${median(fullAll).toFixed(1)} ms; worst incremental median: ${worst.toFixed(2)} ms -> G8 ${worst <= G8_MS ? 'PASS' : 'FAIL'}`,
      '',
    ].join('\n'),
  );
});
