import { describe, expect, it } from 'vitest';
import { DEFAULT_PROGRAM_SETTINGS } from '../../../../../src/shared/program/factory';
import { baseProgram, G1, G2, hotel, leg, meeting, participant, people, problemsOf, withActivities } from '../fixture';

const withDates = (id: string, arrival: string | null, departure: string | null) =>
  baseProgram().participants.map((p) => (p.id === id ? { ...p, arrival, departure } : p));

describe('missing-hotel-night', () => {
  it('flags each night between arrival and departure that no stay covers', () => {
    const program = withActivities(
      [hotel('h1', 'v-hotel-dc', '2024-05-01T15:00', '2024-05-03T11:00', people('p1')), hotel('h2', 'v-hotel-dc', '2024-05-04T15:00', '2024-05-05T11:00', people('p1'))],
      { participants: withDates('p1', '2024-05-01', '2024-05-05') },
    );
    const problems = problemsOf(program, 'missing-hotel-night');
    expect(problems.map((p) => [p.day, p.personIds])).toEqual([['2024-05-03', ['p1']]]);
    expect(problems[0]?.message).toBe('No hotel for Amara Okafor on the night of Fri May 3 to Sat May 4.');
  });

  it('without roster dates, the stay runs from the first leg’s arrival to the last leg’s departure; one problem per night', () => {
    const program = withActivities([
      leg('f1', 'v-dca', 'v-phx', '2024-05-06T08:00', 300, G2),
      hotel('h1', 'v-hotel-phx', '2024-05-06T15:00', '2024-05-08T11:00', G2),
      leg('f2', 'v-phx', 'v-sea', '2024-05-09T08:00', 150, G2),
    ]);
    const problems = problemsOf(program, 'missing-hotel-night');
    expect(problems.map((p) => [p.day, p.personIds])).toEqual([['2024-05-08', ['p4', 'p5', 'p6']]]);
  });

  it('an overnight flight covers the night it spans', () => {
    const program = withActivities([
      hotel('h1', 'v-hotel-sea', '2024-05-06T15:00', '2024-05-09T11:00', people('p1')),
      leg('red-eye', 'v-sea', 'v-dca', '2024-05-09T22:00', 300, people('p1')),
      hotel('h2', 'v-hotel-dc', '2024-05-10T09:00', '2024-05-12T11:00', people('p1')),
    ], { participants: withDates('p1', '2024-05-06', '2024-05-12') });
    expect(problemsOf(program, 'missing-hotel-night')).toEqual([]);
  });

  it('staff need no hotel for nights in their home base (where their last leg takes them); participants do', () => {
    const dates = { arrival: '2024-05-01', departure: '2024-05-10' };
    const program = withActivities(
      [
        leg('out', 'v-dca', 'v-phx', '2024-05-03T08:00', 300, { everyone: false, groupIds: [], participantIds: ['p1'], staffIds: ['s1'] }),
        hotel('h1', 'v-hotel-phx', '2024-05-03T15:00', '2024-05-05T11:00', { everyone: false, groupIds: [], participantIds: ['p1'], staffIds: ['s1'] }),
        leg('back', 'v-phx', 'v-dca', '2024-05-06T08:00', 270, { everyone: false, groupIds: [], participantIds: ['p1'], staffIds: ['s1'] }),
      ],
      {
        participants: withDates('p1', dates.arrival, dates.departure),
        staff: baseProgram().staff.map((s) => ({ ...s, ...dates })),
      },
    );
    const nights = (id: string) => problemsOf(program, 'missing-hotel-night').filter((p) => p.personIds.includes(id)).map((p) => p.day);
    // s1 sleeps at home in Washington except May 5, in Phoenix after checking out.
    expect(nights('s1')).toEqual(['2024-05-05']);
    expect(nights('p1')).toEqual(['2024-05-01', '2024-05-02', '2024-05-05', '2024-05-06', '2024-05-07', '2024-05-08', '2024-05-09']);
  });

  it('is not checked outside the program’s dates, nor for people with neither dates nor legs', () => {
    const program = withActivities([hotel('h1', 'v-hotel-dc', '2024-05-15T15:00', '2024-05-17T11:00', people('p1'))], { participants: withDates('p1', '2024-05-15', '2024-05-25') });
    expect(problemsOf(program, 'missing-hotel-night')).toEqual([]);
    expect(problemsOf(withActivities([meeting('m1', 'washington', '2024-05-06', '09:00', '10:00', G1)]), 'missing-hotel-night')).toEqual([]);
  });
});

describe('outside-program-dates and outside-arrival-departure', () => {
  it('flags place activities before the start or after the end, not travel or hotels', () => {
    const program = withActivities([
      meeting('early', 'washington', '2024-04-28', '09:00', '10:00', G1),
      meeting('late', 'washington', '2024-05-18', '09:00', '10:00', G1),
      meeting('inside', 'washington', '2024-05-17', '09:00', '10:00', G1),
      hotel('h1', 'v-hotel-dc', '2024-04-28T15:00', '2024-04-30T11:00', G1),
      leg('f1', 'v-dca', 'v-phx', '2024-05-18T08:00', 300, G1),
    ]);
    const problems = problemsOf(program, 'outside-program-dates');
    expect(problems.map((p) => p.activityIds[0]).sort()).toEqual(['early', 'late']);
    expect(problems.find((p) => p.activityIds[0] === 'early')?.message).toBe('“Meeting early” (Sun Apr 28, 09:00–10:00 EDT) is before the program starts on Mon Apr 29.');
  });

  it('flags a person attending before they arrive or after they leave; their arrival and departure flights are fine', () => {
    const program = withActivities([
      meeting('before', 'washington', '2024-04-30', '09:00', '10:00', G1),
      meeting('on-arrival', 'washington', '2024-05-01', '18:00', '19:00', G1),
      leg('in', 'v-phx', 'v-dca', '2024-04-30T22:30', 270, people('p1')),
      leg('out', 'v-dca', 'v-sea', '2024-05-05T20:00', 330, people('p1')),
      meeting('after', 'washington', '2024-05-06', '09:00', '10:00', G1),
    ], { participants: withDates('p1', '2024-05-01', '2024-05-05') });
    const problems = problemsOf(program, 'outside-arrival-departure');
    expect(problems.map((p) => [p.activityIds[0], p.personIds])).toEqual(
      expect.arrayContaining([
        ['before', ['p1']],
        ['after', ['p1']],
      ]),
    );
    expect(problems).toHaveLength(2);
    expect(problems.find((p) => p.activityIds[0] === 'before')?.message).toBe('Amara Okafor arrives on Wed May 1, after “Meeting before” (Tue Apr 30, 09:00–10:00 EDT).');
    expect(problems.find((p) => p.activityIds[0] === 'after')?.severity).toBe('error');
  });
});

const day = (count: number) =>
  Array.from({ length: count }, (_, i) => meeting(`m${i}`, 'washington', '2024-05-07', `${String(8 + i * 2).padStart(2, '0')}:00`, `${String(9 + i * 2).padStart(2, '0')}:00`, G1));
const none = (activities: Parameters<typeof withActivities>[0]) => expect(problemsOf(withActivities(activities), 'no-meal-break')).toEqual([]);

describe('too-many-appointments', () => {
  it('flags more than the program’s limit (default 4) of appointments a group has in a local day', () => {
    const [problem, ...rest] = problemsOf(withActivities(day(5)), 'too-many-appointments');
    expect(rest).toEqual([]);
    expect(problem).toMatchObject({ severity: 'warning', groupIds: ['g1'], day: '2024-05-07' });
    expect(problem?.message).toBe('Group Maritime has 5 appointments on Tue May 7 (the limit is 4): “Meeting m0” 08:00 EDT, “Meeting m1” 10:00 EDT, “Meeting m2” 12:00 EDT, “Meeting m3” 14:00 EDT, “Meeting m4” 16:00 EDT.');
    expect(problemsOf(withActivities(day(4)), 'too-many-appointments')).toEqual([]);
  });

  it('takes the limit from the program, or from settings; meals and cultural visits do not count', () => {
    expect(problemsOf(withActivities(day(4), { settings: { ...DEFAULT_PROGRAM_SETTINGS, maxAppointmentsPerDay: 3 } }), 'too-many-appointments')).toHaveLength(1);
    expect(problemsOf(withActivities(day(5)), 'too-many-appointments', { settings: { maxAppointmentsPerDay: 5 } })).toEqual([]);
    const others = [
      meeting('meal', 'washington', '2024-05-07', '19:00', '20:00', G1, { type: 'meal' }),
      meeting('museum', 'washington', '2024-05-07', '20:30', '21:00', G1, { type: 'cultural' }),
      meeting('debrief', 'washington', '2024-05-07', '21:00', '21:30', G1, { type: 'briefing' }),
    ];
    expect(problemsOf(withActivities([...day(4), ...others]), 'too-many-appointments')).toEqual([]);
  });

  it('counts only what the group attends as a group', () => {
    const program = withActivities([...day(4), meeting('m9', 'washington', '2024-05-07', '18:00', '19:00', people('p1', 'p2', 'p3'))]);
    expect(problemsOf(program, 'too-many-appointments')).toEqual([]);
  });
});

describe('no-meal-break', () => {
  const D = '2024-05-07';
  it('flags a day whose activities leave no 45-minute gap between 11:30 and 14:30 and plan no meal', () => {
    const program = withActivities([meeting('a', 'washington', D, '10:00', '12:30', G2), meeting('b', 'washington', D, '12:45', '14:30', G2)]);
    const [problem, ...rest] = problemsOf(program, 'no-meal-break');
    expect(rest).toEqual([]);
    expect(problem).toMatchObject({ activityIds: ['a', 'b'], personIds: ['p4', 'p5', 'p6'] });
    expect(problem?.message).toBe(
      'No lunch break for Fatima Haddad, Jonas Lindqvist and Oleksandr Kowal on Tue May 7: “Meeting a” (Tue May 7, 10:00–12:30 EDT), “Meeting b” (Tue May 7, 12:45–14:30 EDT) leave no 45-minute gap between 11:30 and 14:30, and no meal is planned.',
    );
  });

  it('does not flag a gap of 45 minutes, a planned meal, lunch provided, free time, or a day that misses the window', () => {
    none([meeting('a', 'washington', D, '10:00', '12:00', G2), meeting('b', 'washington', D, '12:45', '15:00', G2)]);
    none([meeting('a', 'washington', D, '10:00', '12:30', G2), meeting('l', 'washington', D, '12:30', '13:15', G2, { type: 'meal' }), meeting('b', 'washington', D, '13:15', '15:00', G2)]);
    none([meeting('a', 'washington', D, '10:00', '15:00', G2, { type: 'site-visit', mealsProvided: ['lunch'] })]);
    none([meeting('a', 'washington', D, '11:00', '15:00', G2, { type: 'free-time' })]);
    none([meeting('a', 'washington', D, '08:00', '11:30', G2), meeting('b', 'washington', D, '14:30', '17:00', G2)]);
  });

  it('is per person: one member at a working lunch elsewhere is fine, the rest are not', () => {
    const program = withActivities([
      meeting('a', 'washington', D, '10:00', '15:00', G2),
      meeting('l', 'washington', D, '12:00', '13:00', people('p4'), { type: 'meal' }),
    ], { participants: [...baseProgram().participants, participant('p7', 'Sami', 'Nour')] });
    expect(problemsOf(program, 'no-meal-break').map((p) => p.personIds)).toEqual([['p5', 'p6']]);
  });
});
