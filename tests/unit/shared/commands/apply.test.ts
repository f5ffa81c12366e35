import { describe, expect, test } from 'vitest';
import { DEFAULT_PROGRAM_SETTINGS } from '../../../../src/shared/program/factory';
import { applyCommand } from '../../../../src/shared/commands/apply';
import { CommandError, type Command } from '../../../../src/shared/commands/types';
import { serializeProgram, validateProgram } from '../../../../src/shared/program/load';
import type { Activity, PlaceActivity, Program } from '../../../../src/shared/program/schema';
import { buildTmssw2024Sample } from '../../../../src/cli/sample/index';
import { addMinutes, zonedFromLocal } from '../../../../src/shared/time';

const sample = buildTmssw2024Sample();

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}
// Frozen, so a command that mutated its input instead of copying would throw in strict mode.
const frozen = deepFreeze(structuredClone(sample));

/** The value, or a failed test when the sample no longer has it. */
function must<T>(value: T | undefined): T {
  if (value === undefined) throw new Error('the sample changed: an expected entity is missing');
  return value;
}

/** Applies `command`, checks it changed something and left a valid program, and that its inverse restores the original exactly. */
function roundTrip(command: Command, program: Program = frozen): Program {
  const { program: next, inverse } = applyCommand(program, command);
  expect(next).not.toEqual(program);
  expect(validateProgram(next).ok).toBe(true);
  const restored = applyCommand(next, inverse).program;
  expect(restored).toEqual(program);
  expect(serializeProgram(restored)).toBe(serializeProgram(program));
  return next;
}

const meeting = must(sample.activities.find((a): a is PlaceActivity => a.type === 'meeting' && a.cityId === 'phoenix'));
const flight: Activity = must(sample.activities.find((a) => a.type === 'travel' && a.number === 'AS 725'));

describe('each command and its inverse', () => {
  test('activity/create', () => {
    const next = roundTrip({ type: 'activity/create', activity: { ...meeting, id: 'a-new', title: 'Added meeting' } });
    expect(next.activities.at(-1)?.id).toBe('a-new');
  });

  test('activity/update', () => {
    roundTrip({ type: 'activity/update', activity: { ...meeting, title: 'Renamed', status: 'tentative' } });
  });

  test('activity/move keeps a flight’s exact block time across zones', () => {
    if (flight.timing.kind !== 'scheduled') throw new Error('sample changed');
    const next = roundTrip({ type: 'activity/move', id: flight.id, start: zonedFromLocal('2024-05-09T11:00', 'America/New_York') });
    expect(next.activities.find((a) => a.id === flight.id)?.timing).toEqual({
      kind: 'scheduled',
      start: '2024-05-09T11:00:00-04:00[America/New_York]',
      end: '2024-05-09T14:15:00-07:00[America/Los_Angeles]',
    });
  });

  test('activity/set-times', () => {
    if (meeting.timing.kind !== 'scheduled') throw new Error('sample changed');
    roundTrip({ type: 'activity/set-times', id: meeting.id, start: meeting.timing.start, end: addMinutes(meeting.timing.end, 30) });
  });

  test('activity/unschedule', () => {
    const next = roundTrip({ type: 'activity/unschedule', id: meeting.id });
    expect(next.activities.find((a) => a.id === meeting.id)?.timing).toEqual({ kind: 'unscheduled', durationMinutes: 90 });
  });

  test('activity/set-attendees', () => {
    roundTrip({ type: 'activity/set-attendees', id: meeting.id, attendees: { everyone: false, groupIds: [], participantIds: ['p-mx-ruiz'], staffIds: [] } });
  });

  test('activity/delete', () => {
    roundTrip({ type: 'activity/delete', id: meeting.id });
  });

  test('entity/create, entity/update, entity/insert and entity/delete on each kind of entity', () => {
    roundTrip({ type: 'entity/create', collection: 'cities', entity: { id: 'reno', name: 'Reno', region: 'NV', country: 'United States', timeZone: 'America/Los_Angeles' } });
    roundTrip({ type: 'entity/update', collection: 'participants', entity: { ...must(sample.participants[0]), phone: '+1 202-555-0199' } });
    roundTrip({ type: 'entity/update', collection: 'venues', entity: { ...must(sample.venues[0]), directions: 'Use door 3.' } });
    roundTrip({ type: 'entity/insert', collection: 'staff', entity: { ...must(sample.staff[0]), id: 's-new' }, index: 1 });
    roundTrip({ type: 'entity/delete', collection: 'phases', id: 'ph-new-york' });
    roundTrip({ type: 'entity/delete', collection: 'groups', id: 'g-cyber' });
    roundTrip({ type: 'entity/delete', collection: 'staff', id: 's-int-costa' });
  });

  test('group/set-members', () => {
    const group = must(sample.groups[0]);
    roundTrip({ type: 'group/set-members', groupId: group.id, participantIds: group.participantIds.slice(1), staffIds: [] });
  });

  test('program/update-info', () => {
    roundTrip({ type: 'program/update-info', patch: { title: 'TMSSW 2025', endDate: '2024-05-18', settings: { ...DEFAULT_PROGRAM_SETTINGS, maxAppointmentsPerDay: 5 } } });
  });

  test('batch applies in order and undoes in reverse', () => {
    roundTrip({
      type: 'batch',
      label: 'Move two',
      commands: [
        { type: 'activity/update', activity: { ...meeting, title: 'First' } },
        { type: 'activity/update', activity: { ...meeting, title: 'Second' } },
        { type: 'activity/delete', id: flight.id },
      ],
    });
  });
});

describe('cascade delete', () => {
  test('deleting a participant removes them from groups and attendee lists, and undo restores exactly', () => {
    const id = 'p-is-sigurdardottir';
    const { program: next, inverse } = applyCommand(frozen, { type: 'entity/delete', collection: 'participants', id });
    expect(next.participants.some((p) => p.id === id)).toBe(false);
    expect(next.groups.some((g) => g.participantIds.includes(id))).toBe(false);
    expect(next.activities.some((a) => a.attendees.participantIds.includes(id))).toBe(false);
    expect(frozen.activities.filter((a) => a.attendees.participantIds.includes(id)).length).toBeGreaterThan(1);
    expect(validateProgram(next).ok).toBe(true);
    const restored = applyCommand(next, inverse).program;
    expect(restored).toEqual(frozen);
    expect(serializeProgram(restored)).toBe(serializeProgram(frozen));
  });
});

describe('invalid commands', () => {
  const cases: [string, Command, string][] = [
    ['an unknown activity', { type: 'activity/move', id: 'a-nope', start: '2024-05-06T09:00:00-07:00[America/Phoenix]' }, 'NOT_FOUND'],
    ['a duplicate id', { type: 'activity/create', activity: { ...meeting } }, 'DUPLICATE_ID'],
    ['an id that differs from another only by letter case', { type: 'activity/create', activity: { ...meeting, id: meeting.id.toUpperCase() } }, 'DUPLICATE_ID'],
    ['a time in the wrong zone for the place', { type: 'activity/move', id: meeting.id, start: '2024-05-06T09:00:00-04:00[America/New_York]' }, 'INVALID'],
    ['an end before the start', { type: 'activity/set-times', id: meeting.id, start: '2024-05-06T12:00:00-07:00[America/Phoenix]', end: '2024-05-06T11:00:00-07:00[America/Phoenix]' }, 'INVALID'],
    ['a group with an unknown member', { type: 'group/set-members', groupId: 'g-border', participantIds: ['p-ghost'], staffIds: [] }, 'INVALID'],
    ['an entity that breaks the schema', { type: 'entity/create', collection: 'cities', entity: { id: 'x', name: 'X', region: '', country: '', timeZone: 'Mars/Base' } }, 'INVALID'],
    ['deleting a city still in use', { type: 'entity/delete', collection: 'cities', id: 'phoenix' }, 'IN_USE'],
    ['deleting a venue still in use', { type: 'entity/delete', collection: 'venues', id: 'v-hotel-phx' }, 'IN_USE'],
    ['a program that would end before it starts', { type: 'program/update-info', patch: { endDate: '2024-04-01' } }, 'INVALID'],
    ['a batch whose last step fails', { type: 'batch', label: 'x', commands: [{ type: 'activity/delete', id: meeting.id }, { type: 'activity/delete', id: meeting.id }] }, 'NOT_FOUND'],
  ];
  test.each(cases)('%s throws CommandError and leaves the program untouched', (_name, command, code) => {
    const before = serializeProgram(frozen);
    let thrown: unknown;
    try {
      applyCommand(frozen, command);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(CommandError);
    expect((thrown as CommandError).code).toBe(code);
    expect(serializeProgram(frozen)).toBe(before);
  });

  test('a city’s time zone cannot change while activities are planned in it', () => {
    const phoenix = must(sample.cities.find((c) => c.id === 'phoenix'));
    expect(() => applyCommand(frozen, { type: 'entity/update', collection: 'cities', entity: { ...phoenix, timeZone: 'America/Denver' } })).toThrow(
      expect.objectContaining({ code: 'IN_USE' }),
    );
  });

  test('a city’s time zone cannot change while flights or hotel stays use its venues', () => {
    // Dallas/Fort Worth only appears as a connecting airport: no activity names the city itself.
    const dallas = must(sample.cities.find((c) => c.id === 'dallas'));
    expect(() => applyCommand(frozen, { type: 'entity/update', collection: 'cities', entity: { ...dallas, timeZone: 'America/Denver' } })).toThrow(
      expect.objectContaining({ code: 'IN_USE' }),
    );
  });

  test('an unused city may change its time zone', () => {
    const { program } = applyCommand(frozen, { type: 'entity/create', collection: 'cities', entity: { id: 'reno', name: 'Reno', region: 'NV', country: 'United States', timeZone: 'America/Denver' } });
    roundTrip({ type: 'entity/update', collection: 'cities', entity: { id: 'reno', name: 'Reno', region: 'NV', country: 'United States', timeZone: 'America/Los_Angeles' } }, program);
  });
});
