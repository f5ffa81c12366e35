import * as fc from 'fast-check';
import { expect, test } from 'vitest';
import { applyCommand } from '../../../../src/shared/commands/apply';
import { CommandError, type Command } from '../../../../src/shared/commands/types';
import type { Program } from '../../../../src/shared/program/schema';
import { buildTmssw2024Sample } from '../../../../src/cli/sample/index';
import { addMinutes, inZone, zoneOf } from '../../../../src/shared/time';

const sample = buildTmssw2024Sample();

/** A generated edit, turned into a concrete command against the program as it is at that step. */
interface Intent {
  kind: number;
  pick: number;
  quarterHours: number;
  bits: number;
}

function at<T>(list: readonly T[], n: number): T | undefined {
  return list.length ? list[n % list.length] : undefined;
}

function choose<T>(list: readonly T[], bits: number): T[] {
  return list.filter((_, i) => (bits >> i % 30) & 1);
}

function toCommand(program: Program, intent: Intent, step: number): Command | null {
  const activity = at(program.activities, intent.pick);
  const timing = activity?.timing;
  switch (intent.kind) {
    case 0:
      return activity && timing?.kind === 'scheduled' ? { type: 'activity/move', id: activity.id, start: addMinutes(timing.start, intent.quarterHours * 15) } : null;
    case 1:
      if (!activity || timing?.kind !== 'scheduled') return null;
      return { type: 'activity/set-times', id: activity.id, start: timing.start, end: inZone(addMinutes(timing.start, 15 + (intent.bits % 40) * 15), zoneOf(timing.end)) };
    case 2:
      return activity ? { type: 'activity/unschedule', id: activity.id } : null;
    case 3:
      return activity ? { type: 'activity/set-attendees', id: activity.id, attendees: { everyone: false, groupIds: [], participantIds: choose(program.participants, intent.bits).slice(0, 5).map((p) => p.id), staffIds: [] } } : null;
    case 4:
      return activity ? { type: 'activity/delete', id: activity.id } : null;
    case 5:
      return activity ? { type: 'activity/create', activity: { ...activity, id: `fc-${step}`, title: `${activity.title} (copy)` } } : null;
    case 6:
      return activity ? { type: 'activity/update', activity: { ...activity, title: `Edited ${step}`, status: 'tentative' } } : null;
    case 7: {
      const person = at(program.participants, intent.pick);
      return person ? { type: 'entity/delete', collection: 'participants', id: person.id } : null;
    }
    case 8: {
      const person = at(program.staff, intent.pick);
      return person ? { type: 'entity/delete', collection: 'staff', id: person.id } : null;
    }
    case 9: {
      const group = at(program.groups, intent.pick);
      return group ? { type: 'group/set-members', groupId: group.id, participantIds: choose(program.participants, intent.bits).map((p) => p.id), staffIds: group.staffIds.slice(1) } : null;
    }
    case 10:
      return { type: 'program/update-info', patch: { title: `TMSSW draft ${step}`, description: `Edited at step ${step}` } };
    case 11: {
      const person = at(program.participants, intent.pick);
      return person ? { type: 'entity/update', collection: 'participants', entity: { ...person, phone: `+1 202-555-01${String(step % 100).padStart(2, '0')}` } } : null;
    }
    case 12: {
      const group = at(program.groups, intent.pick);
      return group ? { type: 'entity/delete', collection: 'groups', id: group.id } : null;
    }
    case 13: {
      const other = at(program.activities, intent.bits);
      if (!activity || !other || timing?.kind !== 'scheduled' || other.timing.kind !== 'scheduled' || other.id === activity.id) return null;
      return {
        type: 'batch',
        label: 'Move two',
        commands: [
          { type: 'activity/move', id: activity.id, start: addMinutes(timing.start, intent.quarterHours * 15) },
          { type: 'activity/move', id: other.id, start: addMinutes(other.timing.start, -intent.quarterHours * 15) },
        ],
      };
    }
    default: {
      const city = at(program.cities, intent.pick);
      return city ? { type: 'entity/create', collection: 'venues', entity: { id: `v-fc-${step}`, cityId: city.id, kind: 'venue', name: `Venue ${step}`, code: '', address: '', directions: '', phone: '', coordinates: null } } : null;
    }
  }
}

const intent = fc.record({
  kind: fc.integer({ min: 0, max: 14 }),
  pick: fc.nat(),
  quarterHours: fc.integer({ min: -192, max: 192 }),
  bits: fc.nat(),
});

test('applying random valid commands, then all their inverses in reverse order, restores the sample exactly', () => {
  let applied = 0;
  fc.assert(
    fc.property(fc.array(intent, { minLength: 1, maxLength: 20 }), (intents) => {
      let program = sample;
      const inverses: Command[] = [];
      intents.forEach((it, step) => {
        const command = toCommand(program, it, step);
        if (!command) return;
        try {
          const result = applyCommand(program, command);
          program = result.program;
          inverses.push(result.inverse);
          applied++;
        } catch (error) {
          // A generated command the program refuses (a clone whose copied attendees were deleted
          // earlier in the sequence, say) is simply not part of the sequence.
          if (!(error instanceof CommandError)) throw error;
        }
      });
      for (const inverse of inverses.toReversed()) program = applyCommand(program, inverse).program;
      expect(program).toEqual(sample);
    }),
    { numRuns: 200 },
  );
  // Guard against a generator that silently produces nothing valid.
  expect(applied).toBeGreaterThan(1000);
});
