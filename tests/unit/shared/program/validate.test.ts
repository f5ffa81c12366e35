/**
 * programIssues and activityIssues: every activity problem at its exact path and wording (they run
 * on every open and save, allocation-free on the common path, so each branch is pinned here).
 */
import { describe, expect, test } from 'vitest';
import { formatPath } from '../../../../src/shared/program/load';
import type { Activity, Program } from '../../../../src/shared/program/schema';
import { activityContext, activityIssues, programIssues, type ProgramIssue } from '../../../../src/shared/program/validate';
import { zonedFromLocal } from '../../../../src/shared/time';
import { sampleProgram } from '../../main/storage/fixture-program';

const DC = 'America/New_York';
const PHX = 'America/Phoenix';

function described(issues: readonly ProgramIssue[]): string[] {
  return issues.map((issue) => `${formatPath(issue.path)}: ${issue.message}`);
}

/** The sample with activity `id` replaced by `change(activity)`. */
function withActivity(id: string, change: (activity: Activity) => Activity): Program {
  const program = sampleProgram();
  return { ...program, activities: program.activities.map((a) => (a.id === id ? change(a) : a)) };
}

describe('programIssues: activities', () => {
  test('the sample has no problems', () => {
    expect(programIssues(sampleProgram())).toEqual([]);
  });

  test('unknown and repeated attendees, in short and long lists', () => {
    const long = Array.from({ length: 20 }, () => 'p1');
    const program = withActivity('a1', (a) => ({ ...a, attendees: { everyone: false, groupIds: ['g1', 'g9', 'g1'], participantIds: long, staffIds: ['s1', 's1'] } }));
    expect(described(programIssues(program))).toEqual([
      'activities[0].attendees.groupIds[1]: no group with id "g9"',
      'activities[0].attendees.groupIds[2]: group "g1" is listed twice',
      ...long.slice(1).map((_, j) => `activities[0].attendees.participantIds[${j + 1}]: participant "p1" is listed twice`),
      'activities[0].attendees.staffIds[1]: staff member "s1" is listed twice',
    ]);
  });

  test('a group member listed twice, and an unknown one', () => {
    const program = sampleProgram();
    program.groups = [{ ...program.groups[0]!, participantIds: ['p1', 'p2', 'p1', 'p7'] }];
    expect(described(programIssues(program))).toEqual([
      'groups[0].participantIds[2]: participant "p1" is listed twice',
      'groups[0].participantIds[3]: no participant with id "p7"',
    ]);
  });

  test('travel: unknown venues, and each end in its own zone', () => {
    const missing = withActivity('a2', (a) => ({ ...a, originVenueId: 'nowhere' }) as Activity);
    expect(described(programIssues(missing))).toEqual(['activities[1].originVenueId: no venue with id "nowhere"']);
    const swapped = withActivity('a2', (a) => ({ ...a, timing: { kind: 'scheduled', start: zonedFromLocal('2024-05-03T05:00', PHX), end: zonedFromLocal('2024-05-03T10:15', DC) } }));
    expect(described(programIssues(swapped))).toEqual([
      'activities[1].timing.start: start must be in America/New_York, the time zone of its place',
      'activities[1].timing.end: end must be in America/Phoenix, the time zone of its place',
    ]);
  });

  test('a hotel stay must be at a hotel', () => {
    const program = withActivity('a3', (a) => ({ ...a, hotelVenueId: 'state' }) as Activity);
    expect(described(programIssues(program))).toEqual(['activities[2].hotelVenueId: venue "state" is a venue, not a hotel']);
  });

  test('a place activity: unknown city, unknown venue, venue in another city', () => {
    const noCity = withActivity('a4', (a) => ({ ...a, cityId: 'atlantis' }) as Activity);
    expect(described(programIssues(noCity))).toEqual(['activities[3].cityId: no city with id "atlantis"']);
    const noVenue = withActivity('a1', (a) => ({ ...a, venueId: 'gone' }) as Activity);
    expect(described(programIssues(noVenue))).toEqual(['activities[0].venueId: no venue with id "gone"']);
    const elsewhere = withActivity('a1', (a) => ({ ...a, venueId: 'phx-airport' }) as Activity);
    expect(described(programIssues(elsewhere))).toEqual(['activities[0].venueId: venue "phx-airport" is in city "phx", not "dc"']);
  });

  test('an activity that ends before it starts, or when it starts', () => {
    const backwards = withActivity('a1', (a) => ({ ...a, timing: { kind: 'scheduled', start: zonedFromLocal('2024-04-29T10:00', DC), end: zonedFromLocal('2024-04-29T09:00', DC) } }));
    expect(described(programIssues(backwards))).toEqual(['activities[0].timing.end: the activity ends before it starts']);
    const instant = withActivity('a1', (a) => ({ ...a, timing: { kind: 'scheduled', start: zonedFromLocal('2024-04-29T10:00', DC), end: zonedFromLocal('2024-04-29T10:00', DC) } }));
    expect(described(programIssues(instant))).toEqual(['activities[0].timing.end: the activity ends before it starts']);
  });

  test('a translation per language at most: the repeat is reported', () => {
    const program = withActivity('a1', (a) => ({
      ...a,
      translations: [
        { language: 'fr', title: 'Visite', notes: '' },
        { language: 'ar', title: 'زيارة', notes: '' },
        { language: 'fr', title: 'Encore', notes: '' },
      ],
    }));
    expect(described(programIssues(program))).toEqual(['activities[0].translations[2].language: a second translation into "fr"']);
  });

  test('duplicate ids are reported at the repeat', () => {
    const program = sampleProgram();
    program.activities = [...program.activities, { ...program.activities[0]! }];
    expect(described(programIssues(program))).toEqual(['activities[4].id: duplicate id "a1"']);
  });
});

describe('activityIssues (for one activity a command is about to add)', () => {
  test('paths start at the given base, without an index', () => {
    const program = sampleProgram();
    const activity = { ...program.activities[0]!, venueId: 'gone', attendees: { everyone: false, groupIds: ['zz'], participantIds: [], staffIds: [] } } as Activity;
    const issues: ProgramIssue[] = [];
    activityIssues(activity, activityContext(program), [], (path, message) => issues.push({ path, message }));
    expect(described(issues)).toEqual(['attendees.groupIds[0]: no group with id "zz"', 'venueId: no venue with id "gone"']);
    const nested: ProgramIssue[] = [];
    activityIssues(activity, activityContext(program), ['batch', 2], (path, message) => nested.push({ path, message }));
    expect(nested.map((i) => formatPath(i.path))).toEqual(['batch[2].attendees.groupIds[0]', 'batch[2].venueId']);
  });

  test('a time that is not a zoned time throws, as before', () => {
    const program = sampleProgram();
    const activity = { ...program.activities[0]!, timing: { kind: 'scheduled', start: '2024-04-29 09:00', end: zonedFromLocal('2024-04-29T10:00', DC) } } as Activity;
    expect(() => activityIssues(activity, activityContext(program), [], () => undefined)).toThrow(RangeError);
  });
});
