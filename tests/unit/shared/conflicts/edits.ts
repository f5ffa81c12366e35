/**
 * Random edits for property tests, expressed as the app's own commands and applied with the pure
 * command layer, so the checker sees exactly the object sharing the app produces.
 */
import * as fc from 'fast-check';
import { applyCommand } from '../../../../src/shared/commands/apply';
import type { Command } from '../../../../src/shared/commands/types';
import type { Activity, Attendees, Program } from '../../../../src/shared/program/schema';
import { addMinutes, inZone, zoneOf } from '../../../../src/shared/time';

export type Edit =
  | { kind: 'move'; pick: number; quarterHours: number }
  | { kind: 'jump'; pick: number; days: number }
  | { kind: 'resize'; pick: number; quarterHours: number; minutes: number }
  | { kind: 'attendees'; pick: number; mask: number; everyone: boolean }
  | { kind: 'status'; pick: number; status: Activity['status'] }
  | { kind: 'unschedule' | 'delete'; pick: number }
  | { kind: 'copy'; pick: number; quarterHours: number }
  | { kind: 'members'; pick: number; mask: number }
  | { kind: 'person'; pick: number; arrival: number | null; departure: number | null }
  | { kind: 'person-delete' | 'group-delete'; pick: number }
  | { kind: 'person-create'; mask: number }
  | { kind: 'venue'; pick: number; lat: number }
  | { kind: 'dates'; start: number; end: number }
  | { kind: 'batch-move'; picks: number[]; quarterHours: number }
  | { kind: 'undo' };

const pick = fc.nat(10_000);
export const editArb: fc.Arbitrary<Edit> = fc.oneof(
  { weight: 6, arbitrary: fc.record({ kind: fc.constant('move' as const), pick, quarterHours: fc.integer({ min: -100, max: 100 }) }) },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('jump' as const), pick, days: fc.integer({ min: -5, max: 5 }) }) },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('resize' as const), pick, quarterHours: fc.integer({ min: -8, max: 8 }), minutes: fc.integer({ min: 5, max: 600 }) }) },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('attendees' as const), pick, mask: fc.nat(0xffff), everyone: fc.boolean() }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('status' as const), pick, status: fc.constantFrom<Activity['status']>('tentative', 'confirmed', 'cancelled') }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constantFrom('unschedule' as const, 'delete' as const), pick }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('copy' as const), pick, quarterHours: fc.integer({ min: -100, max: 100 }) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('members' as const), pick, mask: fc.nat(0xffff) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('person' as const), pick, arrival: fc.option(fc.integer({ min: -1, max: 4 })), departure: fc.option(fc.integer({ min: 2, max: 8 })) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constantFrom('person-delete' as const, 'group-delete' as const), pick }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('person-create' as const), mask: fc.nat(7) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('venue' as const), pick, lat: fc.double({ min: -0.3, max: 0.3, noNaN: true }) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('dates' as const), start: fc.integer({ min: -1, max: 2 }), end: fc.integer({ min: 3, max: 8 }) }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('batch-move' as const), picks: fc.array(pick, { minLength: 1, maxLength: 5 }), quarterHours: fc.integer({ min: -100, max: 100 }) }) },
  { weight: 3, arbitrary: fc.constant({ kind: 'undo' as const }) },
);

const at = <T>(list: readonly T[], i: number): T | undefined => (list.length ? list[i % list.length] : undefined);
const day = (program: Program, n: number) => new Date(Date.parse(`${program.startDate}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);

function shifted(a: Activity, quarterHours: number): string | null {
  return a.timing.kind === 'scheduled' ? addMinutes(a.timing.start, quarterHours * 15) : null;
}

/** The command for an edit on the current program, or null when it does not apply. */
export function commandFor(program: Program, edit: Exclude<Edit, { kind: 'undo' }>, serial: number): Command | null {
  const acts = program.activities;
  switch (edit.kind) {
    case 'move': {
      const a = at(acts, edit.pick);
      const start = a && shifted(a, edit.quarterHours);
      return a && start ? { type: 'activity/move', id: a.id, start } : null;
    }
    case 'jump': {
      const a = at(acts, edit.pick);
      const start = a && shifted(a, edit.days * 96);
      return a && start ? { type: 'activity/move', id: a.id, start } : null;
    }
    case 'resize': {
      const a = at(acts, edit.pick);
      const start = a && shifted(a, edit.quarterHours);
      if (!a || !start || a.timing.kind !== 'scheduled') return null;
      return { type: 'activity/set-times', id: a.id, start, end: inZone(addMinutes(start, edit.minutes), zoneOf(a.timing.end)) };
    }
    case 'attendees': {
      const a = at(acts, edit.pick);
      if (!a) return null;
      const attendees: Attendees = {
        everyone: edit.everyone && edit.mask % 5 === 0,
        groupIds: program.groups.filter((_, i) => edit.mask & (1 << i)).map((g) => g.id),
        participantIds: program.participants.filter((_, i) => (edit.mask >> 4) & (1 << i % 12)).map((p) => p.id),
        staffIds: program.staff.filter((_, i) => (edit.mask >> 3) & (1 << i % 8)).map((s) => s.id).slice(0, 1),
      };
      return { type: 'activity/set-attendees', id: a.id, attendees };
    }
    case 'status': {
      const a = at(acts, edit.pick);
      return a ? { type: 'activity/update', activity: { ...a, status: edit.status } } : null;
    }
    case 'unschedule':
    case 'delete': {
      const a = at(acts, edit.pick);
      return a ? { type: edit.kind === 'delete' ? 'activity/delete' : 'activity/unschedule', id: a.id } : null;
    }
    case 'copy': {
      const a = at(acts, edit.pick);
      if (!a || a.timing.kind !== 'scheduled') return null;
      const start = shifted(a, edit.quarterHours) as string;
      const ms = Date.parse(a.timing.end.slice(0, 25)) - Date.parse(a.timing.start.slice(0, 25));
      const end = inZone(addMinutes(start, ms / 60_000), zoneOf(a.timing.end));
      return { type: 'activity/create', activity: { ...a, id: `copy${serial}`, timing: { kind: 'scheduled', start, end } } };
    }
    case 'members': {
      const g = at(program.groups, edit.pick);
      if (!g) return null;
      return { type: 'group/set-members', groupId: g.id, participantIds: program.participants.filter((_, i) => edit.mask & (1 << i % 16)).map((p) => p.id), staffIds: g.staffIds };
    }
    case 'person': {
      const p = at(program.participants, edit.pick);
      if (!p) return null;
      const arrival = edit.arrival === null ? null : day(program, edit.arrival);
      const departure = edit.departure === null ? null : day(program, edit.departure);
      return { type: 'entity/update', collection: 'participants', entity: { ...p, arrival, departure, familyName: `${p.familyName.split('~')[0]}~${serial}` } };
    }
    case 'person-delete': {
      const p = at(program.participants, edit.pick);
      return p ? { type: 'entity/delete', collection: 'participants', id: p.id } : null;
    }
    case 'group-delete': {
      const g = at(program.groups, edit.pick);
      return g ? { type: 'entity/delete', collection: 'groups', id: g.id } : null;
    }
    case 'person-create': {
      const template = program.participants[0];
      if (!template) return null;
      return { type: 'entity/create', collection: 'participants', entity: { ...template, id: `new${serial}`, familyName: `New${serial}`, arrival: edit.mask ? day(program, edit.mask % 3) : null } };
    }
    case 'venue': {
      const v = at(program.venues, edit.pick);
      if (!v || !v.coordinates) return null;
      return { type: 'entity/update', collection: 'venues', entity: { ...v, coordinates: { lat: v.coordinates.lat + edit.lat, lon: v.coordinates.lon } } };
    }
    case 'dates':
      return { type: 'program/update-info', patch: { startDate: day(program, edit.start), endDate: day(program, edit.end) } };
    case 'batch-move': {
      const commands: Command[] = [];
      const seen = new Set<string>();
      for (const p of edit.picks) {
        const a = at(acts, p);
        const start = a && shifted(a, edit.quarterHours);
        if (a && start && !seen.has(a.id)) {
          seen.add(a.id);
          commands.push({ type: 'activity/move', id: a.id, start });
        }
      }
      return commands.length ? { type: 'batch', label: 'Move', commands } : null;
    }
  }
}

/** Applies edits in turn (undo pops the last applied one); yields every program along the way. */
export function* runEdits(program: Program, edits: readonly Edit[]): Generator<Program> {
  const undo: Command[] = [];
  let current = program;
  let serial = 0;
  for (const edit of edits) {
    serial++;
    let command: Command | null;
    if (edit.kind === 'undo') {
      command = undo.pop() ?? null;
      if (!command) continue;
    } else command = commandFor(current, edit, serial);
    if (!command) continue;
    try {
      const applied = applyCommand(current, command);
      if (edit.kind !== 'undo') undo.push(applied.inverse);
      current = applied.program;
    } catch {
      continue;
    }
    yield current;
  }
}
