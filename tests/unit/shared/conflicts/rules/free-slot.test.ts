import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyCommand } from '../../../../../src/shared/commands/apply';
import { checkProgram } from '../../../../../src/shared/conflicts';
import type { Activity, Attendees, Program } from '../../../../../src/shared/program/schema';
import { epochMs, formatZoned, Temporal, zoneOf } from '../../../../../src/shared/time';
import { sparseProgram } from '../sparse';
import { SMALL_SHAPE, syntheticProgram } from '../synthetic';

/** Who attends, worked out here without the engine. */
function attendeesOf(program: Program, a: Attendees): Set<string> {
  if (a.everyone) return new Set([...program.participants, ...program.staff].map((p) => p.id));
  const ids = new Set([...a.participantIds, ...a.staffIds]);
  for (const g of program.groups) if (a.groupIds.includes(g.id)) for (const id of [...g.participantIds, ...g.staffIds]) ids.add(id);
  return ids;
}

const live = (a: Activity) => a.timing.kind === 'scheduled' && a.status !== 'cancelled';
const doubleBookings = (program: Program) => checkProgram(program).filter((p) => p.ruleId === 'person-double-booked' || p.ruleId === 'group-double-booked');

let moves = 0;
function moveIntoFreeSlot(program: Program, pick: number, from: number): void {
  const movable = program.activities.filter((a) => live(a) && a.type !== 'travel' && a.type !== 'hotel-stay');
  const a = movable[pick % movable.length];
  if (!a || a.timing.kind !== 'scheduled') return;
  const people = attendeesOf(program, a.attendees);
  const busy = program.activities
    .filter((b) => b.id !== a.id && live(b) && b.type !== 'hotel-stay' && [...attendeesOf(program, b.attendees)].some((id) => people.has(id)))
    .map((b) => (b.timing.kind === 'scheduled' ? [epochMs(b.timing.start), epochMs(b.timing.end)] : [0, 0]));
  const duration = epochMs(a.timing.end) - epochMs(a.timing.start);
  const first = Date.parse(`${program.startDate}T00:00:00Z`);
  const slots = 14 * 96;
  for (let k = 0; k < slots; k++) {
    const start = first + ((from + k) % slots) * 15 * 60_000;
    if (busy.some(([s, e]) => start < (e as number) && (s as number) < start + duration)) continue;
    const zoned = formatZoned(Temporal.Instant.fromEpochMilliseconds(start).toZonedDateTimeISO(zoneOf(a.timing.start)));
    const before = new Set(doubleBookings(program).map((p) => p.id));
    const after = doubleBookings(applyCommand(program, { type: 'activity/move', id: a.id, start: zoned }).program);
    expect(after.filter((p) => p.activityIds.includes(a.id))).toEqual([]);
    for (const p of after) expect(before).toContain(p.id);
    moves++;
    return;
  }
}

describe('moving an activity into a slot where all its attendees are free', () => {
  it('never adds a double-booking (sparse programs)', () => {
    fc.assert(fc.property(fc.integer({ min: 1, max: 10_000 }), fc.nat(1000), fc.nat(14 * 96), (seed, pick, from) => moveIntoFreeSlot(sparseProgram(seed), pick, from)), { numRuns: 100 });
  });

  it('never adds a double-booking (dense programs)', () => {
    fc.assert(fc.property(fc.integer({ min: 1, max: 10_000 }), fc.nat(1000), fc.nat(14 * 96), (seed, pick, from) => moveIntoFreeSlot(syntheticProgram({ ...SMALL_SHAPE, seed }), pick, from)), { numRuns: 40 });
  });

  it('found free slots to move into (the properties above are not vacuous)', () => expect(moves).toBeGreaterThan(100));
});
