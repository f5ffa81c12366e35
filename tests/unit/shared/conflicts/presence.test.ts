import { describe, expect, it } from 'vitest';
import { checkProgram, createConflictChecker } from '../../../../src/shared/conflicts';
import { applyCommand } from '../../../../src/shared/commands/apply';
import type { Activity, Program, TravelActivity } from '../../../../src/shared/program/schema';
import { ALL, at, baseProgram, G2, hotel, leg, meeting, people, problemsOf } from './fixture';

// p4 (Oleksandr Kowal, group g2) flies in from Istanbul, which no phase lists: his own inbound leg.
const D = '2024-04-30';
function fromIstanbul(id: string, depart: string, arrive: string, who = people('p4')): TravelActivity {
  return { ...leg(id, 'v-dca', 'v-dca', `${D}T08:00`, 60, who), title: 'Istanbul to Washington', originVenueId: 'v-ist', timing: { kind: 'scheduled', start: `${depart}+03:00[Europe/Istanbul]`, end: at('washington', arrive) } };
}
function homeToIstanbul(id: string, depart: string): TravelActivity {
  return { ...leg(id, 'v-dca', 'v-dca', depart, 60, people('p4')), title: 'Flight home', destinationVenueId: 'v-ist', timing: { kind: 'scheduled', start: at('washington', depart), end: '2024-05-10T10:00:00+03:00[Europe/Istanbul]' } };
}

function program(activities: Activity[], init: Partial<Program> = {}): Program {
  const base = baseProgram();
  return {
    ...base,
    cities: [...base.cities, { id: 'istanbul', name: 'Istanbul', region: '', country: 'Türkiye', timeZone: 'Europe/Istanbul' }],
    venues: [...base.venues, { ...(base.venues[0] as Program['venues'][number]), id: 'v-ist', cityId: 'istanbul', name: 'Istanbul Airport', code: 'IST' }],
    phases: [{ id: 'ph', name: 'Everything', startDate: base.startDate, endDate: base.endDate, cityIds: ['washington', 'tampa', 'st-petersburg', 'phoenix', 'seattle'] }],
    activities,
    ...init,
  };
}

const people4 = (program: Program) => checkProgram(program).filter((p) => p.personIds.includes('p4'));

describe('presence: "everyone" means the people present at that time', () => {
  // Lands Tue Apr 30 at 18:05 EDT (11 h flight from 14:05 Istanbul time).
  const inbound = fromIstanbul('tk7', `${D}T14:05:00`, `${D}T18:05`);
  const everyoneDay = [
    hotel('h1', 'v-hotel-dc', '2024-04-29T14:00', '2024-05-04T11:00', ALL),
    meeting('plenary', 'washington', D, '09:00', '10:30', ALL),
    leg('coach', 'v-dca', 'v-hotel-dc', `${D}T17:15`, 25, ALL, 'ground'),
  ];

  it('someone whose own leg brings them in late is not in the everyone activities before it lands', () => {
    expect(people4(program([inbound, ...everyoneDay]))).toEqual([]);
  });

  it('without the fix these would be double-bookings with the flight; with it, nothing and no missing hotel night', () => {
    const p = program([inbound, ...everyoneDay, meeting('dinner', 'washington', '2024-05-01', '19:00', '20:00', ALL)]);
    expect(problemsOf(p, 'person-double-booked')).toEqual([]);
    expect(problemsOf(p, 'missing-hotel-night')).toEqual([]);
    // The everyone hotel counts for them from the night they land.
    const c = createConflictChecker(p);
    expect(c.problems().filter((x) => x.personIds.includes('p4'))).toEqual([]);
  });

  it('is present for an everyone activity that overlaps their arrival: a double-booking with the flight', () => {
    const p = program([inbound, meeting('reception', 'washington', D, '18:00', '20:00', ALL)]);
    const [problem, ...rest] = problemsOf(p, 'person-double-booked');
    expect(rest).toEqual([]);
    expect(problem).toMatchObject({ personIds: ['p4'], activityIds: ['tk7', 'reception'] });
  });

  it('activity rules name only the people present (an interpreted meeting before they land)', () => {
    const p = program([inbound, meeting('short', 'washington', D, '09:00', '10:00', ALL, { interpretation: 'consecutive' })]);
    const [problem] = problemsOf(p, 'short-interpreted-meeting');
    expect(problem?.personIds).not.toContain('p4');
    expect(problem?.personIds).toContain('p5');
  });

  it('a group activity before they land is outside their presence, named with the leg', () => {
    const p = program([inbound, meeting('g-early', 'washington', D, '16:00', '17:00', G2)]);
    const [problem, ...rest] = problemsOf(p, 'outside-arrival-departure');
    expect(rest).toEqual([]);
    expect(problem).toMatchObject({ personIds: ['p4'], activityIds: ['g-early'] });
    expect(problem?.message).toBe('Oleksandr Kowal arrives Tue Apr 30, 18:05 EDT (“Istanbul to Washington”), after “Meeting g-early” (Tue Apr 30, 16:00–17:00 EDT).');
  });

  it('hotel stays are held to the arrival date, not the instant: a room from 14:00 for an 18:05 landing is fine', () => {
    const onTheDay = program([inbound, hotel('h-day', 'v-hotel-dc', `${D}T14:00`, '2024-05-03T11:00', G2)]);
    expect(problemsOf(onTheDay, 'outside-arrival-departure')).toEqual([]);
    const dayBefore = program([inbound, hotel('h-early', 'v-hotel-dc', '2024-04-29T14:00', '2024-05-03T11:00', G2)]);
    expect(problemsOf(dayBefore, 'outside-arrival-departure').map((x) => [x.activityIds[0], x.personIds])).toEqual([['h-early', ['p4']]]);
  });

  it('someone whose own last leg takes them away is not in everyone activities after it leaves', () => {
    const p = program([homeToIstanbul('home', '2024-05-09T17:00'), meeting('farewell', 'washington', '2024-05-10', '10:00', '11:00', ALL), meeting('g-late', 'washington', '2024-05-10', '12:00', '13:00', G2)]);
    expect(people4(p).map((x) => [x.ruleId, x.activityIds])).toEqual([['outside-arrival-departure', ['g-late']]]);
    expect(people4(p)[0]?.message).toMatch(/^Oleksandr Kowal leaves Thu May 9, 17:00 EDT \(“Flight home”\), before “Meeting g-late”/);
  });

  it('a leg between program cities does not set presence; roster dates do, as whole days in the home zone', () => {
    const domestic = leg('dca-phx', 'v-dca', 'v-phx', `${D}T18:00`, 300, people('p4'));
    const p = program([domestic, meeting('plenary', 'washington', D, '09:00', '10:30', ALL)]);
    // No roster dates: present all along, so the plenary and the leg are both theirs and fine.
    expect(people4(p)).toEqual([]);
    const interpreted = { interpretation: 'consecutive' } as const;
    const withDates = program([meeting('plenary', 'washington', D, '22:00', '23:00', ALL, interpreted), meeting('next', 'washington', '2024-05-01', '00:30', '01:00', ALL, interpreted)], {
      participants: baseProgram().participants.map((x) => (x.id === 'p4' ? { ...x, arrival: '2024-05-01' } : x)),
    });
    // The 00:30 meeting on the arrival date includes them; the 22:00 one the evening before does not.
    const named = problemsOf(withDates, 'short-interpreted-meeting').map((x) => [x.activityIds[0], x.personIds.includes('p4')]);
    expect(named.sort()).toEqual([
      ['next', true],
      ['plenary', false],
    ]);
  });

  it('without phase cities, a city with only an airport is abroad', () => {
    const p = program([inbound, ...everyoneDay], { phases: [] });
    expect(people4(p)).toEqual([]);
  });

  it('follows edits: moving the inbound leg a day earlier puts them into the plenary (incrementally)', () => {
    const p = program([inbound, ...everyoneDay, meeting('m', 'washington', D, '11:00', '12:00', G2)]);
    const checker = createConflictChecker(p);
    expect(checker.problems().filter((x) => x.ruleId === 'outside-arrival-departure')).toHaveLength(1);
    const moved = applyCommand(p, { type: 'activity/move', id: 'tk7', start: '2024-04-29T14:05:00+03:00[Europe/Istanbul]' }).program;
    const after = checker.update(moved);
    expect(after.filter((x) => x.personIds.includes('p4'))).toEqual([]);
    expect([...after].sort((a, b) => (a.id < b.id ? -1 : 1))).toEqual([...checkProgram(moved)].sort((a, b) => (a.id < b.id ? -1 : 1)));
  });
});
