import { describe, expect, it } from 'vitest';
import { checkProgram } from '../../../../../src/shared/conflicts';
import type { Activity } from '../../../../../src/shared/program/schema';
import { ALL, baseProgram, G1, G2, hotel, meeting, participant, people, problemsOf, withActivities } from '../fixture';

const D = '2024-05-06';
const zoned = (wall: string, offset: string) => `2024-11-03T${wall}:00${offset}[America/New_York]`;
const at = (id: string, start: string, end: string): Activity => ({
  ...meeting(id, 'washington', '2024-11-03', '00:00', '00:30', people('p1')),
  timing: { kind: 'scheduled', start, end },
});

describe('person-double-booked and group-double-booked', () => {
  it('a group in two overlapping activities is one group problem, not one per member', () => {
    const program = withActivities([meeting('m1', 'washington', D, '09:00', '10:00', G1), meeting('m2', 'washington', D, '09:30', '10:30', G1)]);
    const [problem, ...rest] = problemsOf(program, 'group-double-booked');
    expect(rest).toEqual([]);
    expect(problem).toMatchObject({ severity: 'error', activityIds: ['m1', 'm2'], groupIds: ['g1'], personIds: ['p1', 'p2', 'p3', 's1'], day: D });
    expect(problem?.message).toBe('Group Maritime is booked into both “Meeting m1” (Mon May 6, 09:00–10:00 EDT) and “Meeting m2” (Mon May 6, 09:30–10:30 EDT).');
    expect(problemsOf(program, 'person-double-booked')).toEqual([]);
  });

  it('a person listed by name in an activity that overlaps their group’s is a person problem naming them', () => {
    const program = withActivities([meeting('m1', 'washington', D, '09:00', '10:00', G1), meeting('m2', 'washington', D, '09:30', '10:30', people('p1', 'p4'))]);
    const problems = problemsOf(program, 'person-double-booked');
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ personIds: ['p1'], activityIds: ['m1', 'm2'], groupIds: [] });
    expect(problems[0]?.message).toMatch(/^Amara Okafor is booked into both “Meeting m1”/);
    expect(problemsOf(program, 'group-double-booked')).toEqual([]);
  });

  it('people in several overlapping pairs get one problem per pair, naming everyone affected', () => {
    const program = withActivities([meeting('m1', 'washington', D, '09:00', '10:00', people('p1', 'p2', 'p4')), meeting('m2', 'washington', D, '09:30', '10:30', people('p1', 'p2'))]);
    const [problem] = problemsOf(program, 'person-double-booked');
    expect(problem?.personIds).toEqual(['p1', 'p2']);
    expect(problem?.message).toMatch(/^Amara Okafor and Luis Reyes are booked/);
  });

  it('does not trigger for touching ends, other groups, cancelled or unscheduled activities', () => {
    const unscheduled: Activity = { ...meeting('m5', 'washington', D, '09:00', '12:00', G1), timing: { kind: 'unscheduled', durationMinutes: 60 } };
    const program = withActivities([
      meeting('m1', 'washington', D, '09:00', '10:00', G1),
      meeting('m2', 'washington', D, '10:00', '11:00', G1),
      meeting('m3', 'washington', D, '09:00', '11:00', G2),
      meeting('m4', 'washington', D, '09:30', '10:30', G1, { status: 'cancelled' }),
      unscheduled,
    ]);
    const problems = checkProgram(program).filter((p) => p.ruleId.endsWith('double-booked'));
    expect(problems).toEqual([]);
  });

  it('free time occupies nobody: an individual appointment during the group’s afternoon at leisure is fine', () => {
    const program = withActivities([
      meeting('leisure', 'washington', D, '13:00', '18:00', G1, { type: 'free-time', title: 'Afternoon at leisure' }),
      meeting('m1', 'washington', D, '14:00', '15:30', people('p1')),
      meeting('m2', 'washington', D, '15:00', '16:00', G1, { type: 'free-time' }),
    ]);
    expect(checkProgram(program).filter((p) => p.ruleId.endsWith('double-booked'))).toEqual([]);
  });

  it('hotel stays conflict with other hotel stays only', () => {
    const program = withActivities([
      hotel('h1', 'v-hotel-dc', '2024-05-04T15:00', '2024-05-07T11:00', people('p1')),
      meeting('m1', 'washington', D, '09:00', '10:00', people('p1')),
      hotel('h2', 'v-hotel-phx', '2024-05-06T15:00', '2024-05-08T11:00', people('p1')),
    ]);
    const problems = problemsOf(program, 'person-double-booked');
    expect(problems.map((p) => p.activityIds)).toEqual([['h1', 'h2']]);
    expect(problems[0]?.message).toContain('booked into two hotels at once');
  });

  it('two overlapping activities for everyone: one problem listing every group, people outside groups by name', () => {
    const program = withActivities([meeting('m1', 'washington', D, '09:00', '10:00', ALL), meeting('m2', 'washington', D, '09:30', '11:00', ALL)], {
      participants: [...baseProgram().participants, participant('p7', 'Sami', 'Nour')],
    });
    const group = problemsOf(program, 'group-double-booked');
    expect(group).toHaveLength(1);
    expect(group[0]?.groupIds).toEqual(['g1', 'g2']);
    expect(group[0]?.message).toMatch(/^Groups Border and Maritime are booked into both/);
    expect(problemsOf(program, 'person-double-booked').map((p) => p.personIds)).toEqual([['p7']]);
  });

  it('Arizona keeps standard time: Phoenix 09:00 and Washington 12:00 are the same instant in May, not in January', () => {
    const may = withActivities([
      meeting('phx', 'phoenix', '2024-05-06', '09:00', '10:00', people('p1')),
      meeting('dc', 'washington', '2024-05-06', '12:00', '13:00', people('p1')),
    ]);
    const [problem] = problemsOf(may, 'person-double-booked');
    expect(problem?.message).toContain('(Mon May 6, 09:00–10:00 MST)');
    expect(problem?.message).toContain('(Mon May 6, 12:00–13:00 EDT)');
    const january = withActivities([
      meeting('phx', 'phoenix', '2024-01-08', '09:00', '10:00', people('p1')),
      meeting('dc', 'washington', '2024-01-08', '12:00', '13:00', people('p1')),
    ]);
    expect(problemsOf(january, 'person-double-booked')).toEqual([]);
  });

  it('on the night clocks fall back (Nov 3 2024, New York) overlap follows real time, not wall time', () => {
    // First 01:00-01:45 (EDT), then 01:15-01:45 again after the clocks go back (EST): no overlap.
    const first = at('first', zoned('01:00', '-04:00'), zoned('01:45', '-04:00'));
    const second = at('second', zoned('01:15', '-05:00'), zoned('01:45', '-05:00'));
    expect(problemsOf(withActivities([first, second], { endDate: '2024-11-30' }), 'person-double-booked')).toEqual([]);
    // 00:30 EDT until 01:20 EST is 1 h 50 min of real time and overlaps the second 01:15.
    const spanning = at('spanning', zoned('00:30', '-04:00'), zoned('01:20', '-05:00'));
    const [problem, ...rest] = problemsOf(withActivities([spanning, second], { endDate: '2024-11-30' }), 'person-double-booked');
    expect(rest).toEqual([]);
    expect(problem?.message).toContain('“Meeting spanning” (Sun Nov 3, 00:30 EDT – 01:20 EST)');
    expect(problem?.message).toContain('“Meeting second” (Sun Nov 3, 01:15–01:45 EST)');
  });
});
