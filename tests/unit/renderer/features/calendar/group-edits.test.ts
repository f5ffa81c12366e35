import { describe, expect, it } from 'vitest';
import { applyCommand } from '../../../../../src/shared/commands/apply';
import type { Command } from '../../../../../src/shared/commands/types';
import { emptyProgram, placeActivity } from '../../../../../src/shared/program/factory';
import type { Activity, Program } from '../../../../../src/shared/program/schema';
import {
  copySelection,
  deleteSelection,
  groupLabel,
  moveSelection,
  shiftOfDrop,
  unscheduleSelection,
} from '../../../../../src/renderer/features/calendar/group-edits';

const NY = 'America/New_York';
const PHX = 'America/Phoenix';
const city = (id: string, timeZone: string) => ({ id, name: id, region: '', country: 'US', timeZone });
const venue = (id: string, cityId: string, kind: 'venue' | 'hotel') =>
  ({ id, cityId, kind, name: id, code: '', address: '', directions: '', security: '', accessibility: '', directoryId: null, phone: '', coordinates: null }) as Program['venues'][number];
const timed = (id: string, cityId: string, start: string, end: string) =>
  placeActivity({ id, title: `Title ${id}`, cityId, timing: { kind: 'scheduled', start, end } });

const stay: Activity = {
  id: 'h1',
  title: 'Hotel',
  status: 'confirmed',
  timing: { kind: 'scheduled', start: `2026-05-05T15:00:00-04:00[${NY}]`, end: `2026-05-07T11:00:00-04:00[${NY}]` },
  attendees: { everyone: true, groupIds: [], participantIds: [], staffIds: [] },
  travelerNotes: '',
  internalNotes: '',
  translations: [],
  type: 'hotel-stay',
  hotelVenueId: 'v-hotel',
  rebook: false,
};

// A week in May, no DST change: New York is UTC-4, Phoenix UTC-7 all week.
const program: Program = {
  ...emptyProgram({ id: 'p', title: 'P', startDate: '2026-05-04', endDate: '2026-05-10', homeTimeZone: NY }),
  cities: [city('dc', NY), city('phx', PHX)],
  venues: [venue('v-hotel', 'dc', 'hotel')],
  activities: [
    timed('a1', 'dc', `2026-05-05T09:00:00-04:00[${NY}]`, `2026-05-05T10:30:00-04:00[${NY}]`),
    timed('a2', 'phx', `2026-05-06T14:00:00-07:00[${PHX}]`, `2026-05-06T15:00:00-07:00[${PHX}]`),
    stay,
    placeActivity({ id: 'u1', title: 'Unscheduled', cityId: 'dc', timing: { kind: 'unscheduled', durationMinutes: 45 } }),
    timed('last', 'dc', `2026-05-10T16:00:00-04:00[${NY}]`, `2026-05-10T17:00:00-04:00[${NY}]`),
  ],
};

const find = (p: Program, id: string) => p.activities.find((a) => a.id === id);
const timingOf = (p: Program, id: string) => find(p, id)?.timing;
function applied(outcome: ReturnType<typeof moveSelection>): { command: Command; after: Program } {
  if (!outcome.ok) throw new Error(outcome.message);
  return { command: outcome.command, after: applyCommand(program, outcome.command).program };
}
const wall = (iso: string) => new Date(`${iso}Z`);

describe('shiftOfDrop', () => {
  it('splits a timed drop into calendar days and the minutes left over', () => {
    const a1 = find(program, 'a1') as Activity;
    expect(shiftOfDrop(a1, { start: wall('2026-05-06T07:00:00'), end: null, allDay: false })).toEqual({ days: 1, minutes: -120 });
    expect(shiftOfDrop(a1, { start: wall('2026-05-05T09:15:00'), end: null, allDay: false })).toEqual({ days: 0, minutes: 15 });
    expect(shiftOfDrop(a1, { start: wall('2026-05-04T23:30:00'), end: null, allDay: false })).toEqual({ days: -1, minutes: 870 });
  });

  it('reads the start in the display zone when the calendar shows home time', () => {
    // 14:00 in Phoenix is 17:00 in New York; dropped at 18:00 home time is one hour later.
    const a2 = find(program, 'a2') as Activity;
    expect(shiftOfDrop(a2, { start: wall('2026-05-06T18:00:00'), end: null, allDay: false }, NY)).toEqual({ days: 0, minutes: 60 });
  });

  it('moves hotel stays by whole days and has no shift for unscheduled activities', () => {
    expect(shiftOfDrop(stay, { start: wall('2026-05-07T00:00:00'), end: null, allDay: true })).toEqual({ days: 2, minutes: 0 });
    expect(shiftOfDrop(find(program, 'u1') as Activity, { start: wall('2026-05-07T00:00:00'), end: null, allDay: false })).toBeNull();
  });
});

describe('moveSelection', () => {
  it('moves every selected activity by the same wall-time shift in its own zone, as one batch', () => {
    const { command, after } = applied(moveSelection(program, ['a1', 'a2'], { days: 1, minutes: -120 }));
    expect(command).toMatchObject({ type: 'batch', label: 'Move 2 activities' });
    expect(timingOf(after, 'a1')).toEqual({ kind: 'scheduled', start: `2026-05-06T07:00:00-04:00[${NY}]`, end: `2026-05-06T08:30:00-04:00[${NY}]` });
    expect(timingOf(after, 'a2')).toEqual({ kind: 'scheduled', start: `2026-05-07T12:00:00-07:00[${PHX}]`, end: `2026-05-07T13:00:00-07:00[${PHX}]` });
    // One undo step restores both.
    expect(applyCommand(after, applyCommand(program, command).inverse).program).toEqual(program);
  });

  it('uses the plain move command for a single activity, so its undo label is unchanged', () => {
    expect(moveSelection(program, ['a1'], { days: 0, minutes: 15 })).toEqual({
      ok: true,
      command: { type: 'activity/move', id: 'a1', start: `2026-05-05T09:15:00-04:00[${NY}]` },
    });
  });

  it('moves hotel stays by whole days only, keeping check-in and check-out times, and skips unscheduled ones', () => {
    const { command, after } = applied(moveSelection(program, ['a1', 'h1', 'u1'], { days: 1, minutes: 30 }));
    expect(command).toMatchObject({ type: 'batch', label: 'Move 2 activities' });
    expect(timingOf(after, 'h1')).toEqual({ kind: 'scheduled', start: `2026-05-06T15:00:00-04:00[${NY}]`, end: `2026-05-08T11:00:00-04:00[${NY}]` });
    expect(timingOf(after, 'a1')).toMatchObject({ start: `2026-05-06T09:30:00-04:00[${NY}]` });
    expect(timingOf(after, 'u1')).toEqual({ kind: 'unscheduled', durationMinutes: 45 });
    expect(moveSelection(program, ['h1'], { days: 0, minutes: 15 })).toEqual({ ok: false, message: 'Cannot move “Hotel”: hotel stays move by whole days' });
    expect(moveSelection(program, ['u1'], { days: 1, minutes: 0 })).toEqual({ ok: false, message: 'Select an activity on the calendar first' });
  });

  it('refuses the whole move when one activity would leave the program, naming it', () => {
    expect(moveSelection(program, ['a1', 'last'], { days: 1, minutes: 0 })).toEqual({
      ok: false,
      message: 'Cannot move “Title last”: it would start on 2026-05-11, after the program ends (2026-05-10)',
    });
    expect(moveSelection(program, ['a1'], { days: -2, minutes: 0 })).toEqual({
      ok: false,
      message: 'Cannot move “Title a1”: it would start on 2026-05-03, before the program begins (2026-05-04)',
    });
  });

  it('lets an activity already outside the program move back towards it', () => {
    const early = timed('early', 'dc', `2026-05-01T09:00:00-04:00[${NY}]`, `2026-05-01T10:00:00-04:00[${NY}]`);
    const withEarly = { ...program, activities: [...program.activities, early] };
    expect(moveSelection(withEarly, ['early'], { days: 1, minutes: 0 }).ok).toBe(true);
    expect(moveSelection(withEarly, ['early'], { days: -1, minutes: 0 }).ok).toBe(false);
  });

  it('refuses a wall time skipped by daylight saving time, naming the activity', () => {
    const march: Program = {
      ...program,
      startDate: '2026-03-07',
      endDate: '2026-03-10',
      activities: [timed('night', 'dc', `2026-03-08T01:30:00-05:00[${NY}]`, `2026-03-08T01:45:00-05:00[${NY}]`)],
    };
    const outcome = moveSelection(march, ['night'], { days: 0, minutes: 60 });
    expect(outcome.ok).toBe(false);
    expect(!outcome.ok && outcome.message).toMatch(/^Cannot move “Title night”: .*does not exist in America\/New_York/);
  });

  it('refuses what the program’s own rules refuse, naming the activity', () => {
    const broken = { ...program, activities: [...program.activities, { ...timed('bad', 'dc', `2026-05-05T09:00:00-04:00[${NY}]`, `2026-05-05T10:00:00-04:00[${NY}]`), venueId: 'nowhere' }] };
    const outcome = moveSelection(broken, ['a1', 'bad'], { days: 0, minutes: 15 });
    expect(outcome).toEqual({ ok: false, message: expect.stringMatching(/^Cannot move “Title bad”: .*no venue with id "nowhere"/) });
  });

  it('moves in home time when the calendar shows it', () => {
    const { after } = applied(moveSelection(program, ['a2'], { days: 0, minutes: 60 }, NY));
    expect(timingOf(after, 'a2')).toMatchObject({ start: `2026-05-06T15:00:00-07:00[${PHX}]` });
  });
});

describe('copySelection', () => {
  it('copies every selected activity with fresh ids at the shifted time; the originals stay', () => {
    const ids = ['c1', 'c2'];
    const outcome = copySelection(program, ['a1', 'a2'], { days: 1, minutes: 0 }, (taken) => {
      const id = ids.shift() as string;
      expect(taken.has(id)).toBe(false);
      return id;
    });
    const { command, after } = applied(outcome);
    expect(command).toMatchObject({ type: 'batch', label: 'Copy 2 activities' });
    expect(after.activities.slice(0, program.activities.length)).toEqual(program.activities);
    expect(find(after, 'c1')).toEqual({ ...find(program, 'a1'), id: 'c1', timing: { kind: 'scheduled', start: `2026-05-06T09:00:00-04:00[${NY}]`, end: `2026-05-06T10:30:00-04:00[${NY}]` } });
    expect(find(after, 'c2')).toMatchObject({ title: 'Title a2', timing: { start: `2026-05-07T14:00:00-07:00[${PHX}]` } });
  });

  it('names a single copy by its title, and never reuses a taken id', () => {
    const seen: string[] = [];
    const outcome = copySelection(program, ['a1'], { days: 0, minutes: 0 }, (taken) => {
      seen.push(...['a1', 'a2'].filter((id) => taken.has(id)));
      return 'fresh';
    });
    expect(outcome.ok && outcome.command).toMatchObject({ type: 'batch', label: 'Copy “Title a1”', commands: [{ type: 'activity/create' }] });
    expect(seen).toEqual(['a1', 'a2']);
  });

  it('refuses copies that would leave the program', () => {
    expect(copySelection(program, ['last'], { days: 1, minutes: 0 }, () => 'x')).toEqual({
      ok: false,
      message: 'Cannot copy “Title last”: it would start on 2026-05-11, after the program ends (2026-05-10)',
    });
  });
});

describe('unscheduleSelection and deleteSelection', () => {
  it('unschedules the scheduled ones in one step, keeping durations', () => {
    const { command, after } = applied(unscheduleSelection(program, ['a1', 'u1', 'h1']));
    expect(command).toMatchObject({ type: 'batch', label: 'Unschedule 2 activities' });
    expect(timingOf(after, 'a1')).toEqual({ kind: 'unscheduled', durationMinutes: 90 });
    expect(timingOf(after, 'h1')).toEqual({ kind: 'unscheduled', durationMinutes: 44 * 60 });
    expect(unscheduleSelection(program, ['a1'])).toEqual({ ok: true, command: { type: 'activity/unschedule', id: 'a1' } });
    expect(unscheduleSelection(program, ['u1']).ok).toBe(false);
  });

  it('deletes in one step that undo reverses exactly', () => {
    const { command, after } = applied(deleteSelection(program, ['a2', 'a1']));
    expect(command).toMatchObject({ type: 'batch', label: 'Delete 2 activities' });
    expect(after.activities.map((a) => a.id)).toEqual(['h1', 'u1', 'last']);
    expect(applyCommand(after, applyCommand(program, command).inverse).program).toEqual(program);
  });

  it('labels', () => {
    expect(groupLabel('Move', [find(program, 'a1') as Activity])).toBe('Move “Title a1”');
    expect(groupLabel('Move', program.activities)).toBe('Move 5 activities');
  });
});
