import { describe, expect, it } from 'vitest';
import { newArrangement } from '../../../../../src/shared/program/factory';
import type { Attendees, Program, ProgramHost, Staff } from '../../../../../src/shared/program/schema';
import { baseProgram, meeting, participant, problemsOf } from '../fixture';

const family = (id: string, name: string, languages: string[]): ProgramHost => ({
  id, directoryId: null, kind: 'family', name, cityId: 'washington', address: '', contacts: [], languages, notes: '',
});
const guests = (...participantIds: string[]): Attendees => ({ everyone: false, groupIds: [], participantIds, staffIds: [] });
const interpreter: Staff = {
  id: 's1', givenName: 'Ana', familyName: 'Costa', languages: ['Portuguese', 'English'], phone: '', email: '', arrival: null, departure: null,
  internalNotes: '', role: 'interpreter', organization: '', languagePairs: [['English', 'Portuguese']],
};

const english = (p: ReturnType<typeof participant>) => ({ ...p, languages: ['English'] });

/** Six participants: Amara (Halal, English), Luis (Portuguese only), Mei, Oleksandr, Fatima, Jonas (English). */
function program(activities: Program['activities'], settings: Partial<Program['settings']> = {}): Program {
  const base = baseProgram();
  return {
    ...base,
    settings: { ...base.settings, ...settings },
    hosts: [family('h-alvarez', 'The Alvarez family', ['English', 'Spanish']), family('h-sato', 'The Sato family', ['English', 'Japanese'])],
    participants: [
      { ...english(participant('p1', 'Amara', 'Okafor')), dietaryNotes: 'Halal meals.' },
      { ...participant('p2', 'Luis', 'Reyes'), languages: ['Portuguese'] },
      english(participant('p3', 'Mei', 'Chen')),
      english(participant('p4', 'Oleksandr', 'Kowal')),
      english(participant('p5', 'Fatima', 'Haddad')),
      english(participant('p6', 'Jonas', 'Lindqvist')),
    ],
    staff: [interpreter],
    activities,
  };
}

const dinner = (id: string, hostId: string, attendees: Attendees, extra = {}) =>
  meeting(id, 'washington', '2024-05-05', '18:00', '20:30', attendees, { type: 'home-hospitality', title: `Dinner ${id}`, hostId, ...extra });

describe('home hospitality', () => {
  it('a host family takes 2 to 5 guests by default; the program setting changes it', () => {
    const p = program([dinner('one', 'h-alvarez', guests('p3')), dinner('six', 'h-sato', guests('p1', 'p2', 'p3', 'p4', 'p5', 'p6')), dinner('three', 'h-sato', guests('p4', 'p5', 'p6'))]);
    const problems = problemsOf(p, 'home-hospitality-guests');
    expect(problems.map((x) => [x.activityIds[0], x.severity])).toEqual([['one', 'warning'], ['six', 'warning']]);
    expect(problems.map((x) => x.message)).toEqual([
      '“Dinner one” (Sun May 5, 18:00–20:30 EDT) has 1 guest; a host family takes 2 to 5.',
      '“Dinner six” (Sun May 5, 18:00–20:30 EDT) has 6 guests; a host family takes 2 to 5.',
    ]);
    const wider = program(p.activities, { homeHospitalityGuests: { min: 1, max: 6 } });
    expect(problemsOf(wider, 'home-hospitality-guests')).toEqual([]);
    // The interpreter who goes along is not a guest.
    const withInterpreter = program([dinner('two', 'h-alvarez', { ...guests('p3', 'p4'), staffIds: ['s1'] })], { homeHospitalityGuests: { min: 2, max: 2 } });
    expect(problemsOf(withInterpreter, 'home-hospitality-guests')).toEqual([]);
  });

  it('warns about a guest’s dietary needs until the family confirms them', () => {
    const open = program([dinner('d', 'h-alvarez', guests('p1', 'p3'))]);
    const [problem] = problemsOf(open, 'home-hospitality-diet');
    expect(problem?.message).toBe('The Alvarez family has not confirmed the dietary needs of Amara Okafor (Halal meals.) for “Dinner d” (Sun May 5, 18:00–20:30 EDT).');
    const confirmed = program([dinner('d', 'h-alvarez', guests('p1', 'p3'), { arrangement: newArrangement({ dietConfirmedIds: ['p1'] }) })]);
    expect(problemsOf(confirmed, 'home-hospitality-diet')).toEqual([]);
  });

  it('warns about a guest who shares no language with the family, unless an interpreter for it comes along', () => {
    const alone = program([dinner('d', 'h-sato', guests('p2', 'p3'))]);
    const [problem] = problemsOf(alone, 'home-hospitality-language');
    expect(problem?.message).toBe('At “Dinner d” (Sun May 5, 18:00–20:30 EDT), Luis Reyes (Portuguese) shares no language with the Sato family (English, Japanese) and no interpreter for them attends.');
    expect(problemsOf(program([dinner('d', 'h-sato', { ...guests('p2', 'p3'), staffIds: ['s1'] })]), 'home-hospitality-language')).toEqual([]);
    // A visit with no host on record is with an English-speaking family.
    expect(problemsOf(program([dinner('d', '', guests('p3', 'p4'), { hostId: null })]), 'home-hospitality-language')).toEqual([]);
  });

  it('other activity types are not home hospitality', () => {
    expect(problemsOf(program([meeting('m', 'washington', '2024-05-05', '09:00', '10:00', guests('p2'))]), 'home-hospitality-guests')).toEqual([]);
  });
});
