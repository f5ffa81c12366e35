import { describe, expect, it } from 'vitest';
import type { TravelActivity } from '../../../../../src/shared/program/schema';
import { ALL, at as atCity, baseProgram, G1, G2, hotel, leg, meeting, people, problemsOf, withActivities } from '../fixture';

describe('person-wrong-city', () => {
  it('an activity in another city after the group flew away is an error naming where they are and why', () => {
    const program = withActivities([
      leg('f1', 'v-dca', 'v-sea', '2024-05-09T08:00', 330, G1),
      meeting('m1', 'seattle', '2024-05-10', '09:00', '10:00', G1),
      meeting('m2', 'phoenix', '2024-05-10', '17:00', '18:00', G1),
    ]);
    const problems = problemsOf(program, 'person-wrong-city');
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ severity: 'error', activityIds: ['m2', 'f1'], personIds: ['p1', 'p2', 'p3', 's1'] });
    expect(problems[0]?.message).toBe(
      'Amara Okafor, Dana Whitaker, Luis Reyes and 1 other are in Seattle (“Leg f1” arrived there Thu May 9, 10:30 PDT), but “Meeting m2” (Fri May 10, 17:00–18:00 MST) is in Phoenix.',
    );
  });

  it('travel legs win over hotel stays: a room held in Phoenix does not move a group that is in Seattle', () => {
    const program = withActivities([
      leg('f1', 'v-dca', 'v-sea', '2024-05-09T08:00', 330, G1),
      hotel('h1', 'v-hotel-phx', '2024-05-10T15:00', '2024-05-12T11:00', G1),
      meeting('m1', 'seattle', '2024-05-10', '16:00', '17:00', G1),
    ]);
    expect(problemsOf(program, 'person-wrong-city')).toEqual([]);
  });

  it('before their first arrival, a hotel stay places people', () => {
    const program = withActivities([hotel('h1', 'v-hotel-phx', '2024-05-01T15:00', '2024-05-04T11:00', G2), meeting('m1', 'washington', '2024-05-02', '09:00', '10:00', G2)]);
    const [problem] = problemsOf(program, 'person-wrong-city');
    expect(problem?.message).toContain('are in Phoenix (checked into “Hotel h1” Wed May 1, 15:00 MST), but “Meeting m1”');
  });

  it('a leg must leave from where the previous leg arrived', () => {
    const program = withActivities([leg('f1', 'v-dca', 'v-phx', '2024-05-06T08:00', 300, G2), leg('f2', 'v-sea', 'v-dca', '2024-05-08T08:00', 330, G2)]);
    const [problem, ...rest] = problemsOf(program, 'person-wrong-city');
    expect(rest).toEqual([]);
    expect(problem?.activityIds).toEqual(['f2', 'f1']);
    expect(problem?.message).toContain('but “Leg f2” leaves from Seattle (Wed May 8, 08:00 PDT)');
  });

  it('someone flying in late is not held to the hotel everyone else checked into', () => {
    const program = withActivities([hotel('h1', 'v-hotel-dc', '2024-04-29T14:00', '2024-05-04T11:00', ALL), leg('f1', 'v-phx', 'v-dca', '2024-04-30T08:00', 270, people('p4'))]);
    expect(problemsOf(program, 'person-wrong-city')).toEqual([]);
  });

  it('cities of one metro area count as one place (Tampa from a St. Petersburg hotel), unless sameAreaKm says otherwise', () => {
    const program = withActivities([hotel('h1', 'v-hotel-stp', '2024-05-04T16:00', '2024-05-09T07:00', G1), meeting('m1', 'tampa', '2024-05-07', '09:00', '10:30', G1, { venueId: 'v-port-tampa' })]);
    expect(problemsOf(program, 'person-wrong-city')).toEqual([]);
    expect(problemsOf(program, 'person-wrong-city', { settings: { sameAreaKm: 10 } })).toHaveLength(1);
  });

  it('does not trigger when nothing says where someone is', () => {
    const program = withActivities([meeting('m1', 'phoenix', '2024-05-06', '09:00', '10:00', G1), meeting('m2', 'seattle', '2024-05-07', '09:00', '10:00', G1)]);
    expect(problemsOf(program, 'person-wrong-city')).toEqual([]);
  });
});

const at = (start: string) => [
  meeting('m1', 'washington', '2024-05-06', '09:00', '10:00', G1, { venueId: 'v-truman', title: 'State Department' }),
  meeting('m2', 'washington', '2024-05-06', start, '12:00', G1, { venueId: 'v-capitol', title: 'Capitol Hill' }),
];
const flight = leg('f1', 'v-dca', 'v-phx', '2024-05-06T08:00', 300, G2);
const police = (start: string) => meeting('m1', 'phoenix', '2024-05-06', start, '12:30', G2, { venueId: 'v-phx-police', title: 'Police' });
const coach = (depart: string) => leg('c1', 'v-phx', 'v-hotel-phx', depart, 30, G2, 'ground');
const onward = (depart: string) => leg('f2', 'v-phx', 'v-sea', depart, 150, G2);
const meetingThenFlight = (depart: string) => [meeting('m1', 'washington', '2024-05-06', '09:00', '10:00', G1, { venueId: 'v-truman' }), leg('f1', 'v-dca', 'v-phx', depart, 300, G1)];

const hotelThen = (next: TravelActivity) => [meeting('m0', 'washington', '2024-05-06', '08:00', '09:00', G1, { venueId: 'v-truman' }), next];

describe('travel-time', () => {
  it('warns when consecutive venues are further apart than the gap allows (3.4 km: 24 min)', () => {
    const [problem, ...rest] = problemsOf(withActivities(at('10:15')), 'travel-time');
    expect(rest).toEqual([]);
    expect(problem).toMatchObject({ severity: 'warning', activityIds: ['m1', 'm2'] });
    expect(problem?.message).toBe(
      'Amara Okafor, Dana Whitaker, Luis Reyes and 1 other: 15 min from “State Department” (ends Mon May 6, 10:00 EDT at Truman Building) to “Capitol Hill” (starts 10:15 EDT at U.S. Capitol); about 24 min needed (3.4 km at 25 km/h + 15 min).',
    );
    expect(problemsOf(withActivities(at('10:30')), 'travel-time')).toEqual([]);
  });

  it('uses the planner’s minutes for a venue pair, in either order', () => {
    expect(problemsOf(withActivities(at('10:15')), 'travel-time', { settings: { venuePairMinutes: { 'v-capitol|v-truman': 10 } } })).toEqual([]);
    const [problem] = problemsOf(withActivities(at('10:30')), 'travel-time', { settings: { venuePairMinutes: { 'v-truman|v-capitol': 45 } } });
    expect(problem?.message).toContain('about 45 min needed (the planner’s 45 min for this trip)');
  });

  it('does not trigger for the same venue, unknown venues or venues without coordinates', () => {
    const program = withActivities([
      meeting('m1', 'washington', '2024-05-06', '09:00', '10:00', G1, { venueId: 'v-truman' }),
      meeting('m2', 'washington', '2024-05-06', '10:00', '11:00', G1, { venueId: 'v-truman' }),
      meeting('m3', 'washington', '2024-05-06', '11:00', '12:00', G1, { venueId: 'v-no-coords' }),
      meeting('m4', 'washington', '2024-05-06', '12:00', '13:00', G1, { venueId: null }),
      meeting('m5', 'washington', '2024-05-06', '13:00', '14:00', G1, { venueId: 'v-capitol' }),
    ]);
    expect(problemsOf(program, 'travel-time')).toEqual([]);
  });

  it('after a flight that crosses time zones: arrival in the destination’s local time, then the buffer', () => {
    // Washington 08:00 EDT + 5 h = Phoenix 10:00 MST.
    expect(flight.timing).toMatchObject({ end: '2024-05-06T10:00:00-07:00[America/Phoenix]' });
    const [problem] = problemsOf(withActivities([flight, police('10:30')]), 'travel-time');
    expect(problem?.message).toContain('30 min from “Leg f1” (ends Mon May 6, 10:00 MST at Phoenix Sky Harbor) to “Police” (starts 10:30 MST at Phoenix Police HQ)');
    expect(problem?.message).toContain('about 1 h needed (deplaning, baggage and transfer)');
    expect(problemsOf(withActivities([flight, police('11:00')]), 'travel-time')).toEqual([]);
    // A venue further out than the buffer covers: deplaning plus the drive (8.5 km: 36 min).
    const far = meeting('m2', 'phoenix', '2024-05-06', '11:00', '12:00', G2, { venueId: 'v-hotel-phx' });
    const [farProblem] = problemsOf(withActivities([flight, far]), 'travel-time');
    expect(farProblem?.message).toContain('about 1 h 06 min needed (30 min deplaning and baggage + 8.5 km at 25 km/h + 15 min)');
  });

  it('a transfer from the arrival airport needs deplaning time; a connection needs connection time', () => {
    expect(problemsOf(withActivities([flight, coach('2024-05-06T10:20')]), 'travel-time')).toHaveLength(1);
    expect(problemsOf(withActivities([flight, coach('2024-05-06T10:30')]), 'travel-time')).toEqual([]);
    expect(problemsOf(withActivities([flight, onward('2024-05-06T10:40')]), 'travel-time')[0]?.message).toContain('(a flight connection)');
    expect(problemsOf(withActivities([flight, onward('2024-05-06T10:45')]), 'travel-time')).toEqual([]);
  });

  it('before a flight: the drive to the airport plus the program’s time at the airport before a domestic flight', () => {
    const [problem] = problemsOf(withActivities(meetingThenFlight('2024-05-06T11:30')), 'travel-time');
    expect(problem?.message).toContain('about 1 h 57 min needed (4.9 km at 25 km/h + 15 min + 1 h 30 min at the airport before a domestic flight)');
    expect(problemsOf(withActivities(meetingThenFlight('2024-05-06T12:00')), 'travel-time')).toEqual([]);
  });

  it('airport buffers are program settings by kind: three hours before an international flight, less before a domestic one or a train', () => {
    const abroad = leg('f9', 'v-dca', 'v-lhr', '2024-05-06T11:00', 420, G1);
    const [international] = problemsOf(withActivities(hotelThen(abroad)), 'travel-time');
    expect(international?.message).toContain('about 3 h 27 min needed (4.9 km at 25 km/h + 15 min + 3 h at the airport before an international flight)');
    expect(problemsOf(withActivities(hotelThen({ ...abroad, timing: { kind: 'scheduled', start: atCity('washington', '2024-05-06T12:30'), end: atCity('london', '2024-05-06T23:30') } })), 'travel-time')).toEqual([]);
    // The same departure with the program's own buffers changed: the setting is what counts.
    const settings = { ...baseProgram().settings, departureBuffers: { internationalMinutes: 90, domesticMinutes: 45, trainMinutes: 20 } };
    expect(problemsOf(withActivities(hotelThen(abroad), { settings }), 'travel-time')).toEqual([]);
    // A train: 30 minutes at the station by default.
    const train = leg('t1', 'v-union', 'v-union', '2024-05-06T09:20', 120, G1, 'train');
    const [late] = problemsOf(withActivities(hotelThen(train)), 'travel-time');
    expect(late?.message).toContain('30 min at the station before a train');
    expect(problemsOf(withActivities(hotelThen(train), { settings }), 'travel-time')[0]?.message).toContain('20 min at the station before a train');
    // A check that sets its own check-in time overrides the program (tests, benchmarks).
    expect(problemsOf(withActivities(hotelThen(abroad)), 'travel-time', { settings: { flightCheckInMinutes: 30 } })).toEqual([]);
  });
});
