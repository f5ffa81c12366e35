/**
 * Interpreter coverage on a program built to break it: two languages, too few interpreters, one
 * interpreter asked to be in two rooms at once.
 */
import { describe, expect, it } from 'vitest';
import { createConflictChecker } from '../../../../../src/shared/conflicts';
import type { Program, Staff } from '../../../../../src/shared/program/schema';
import { baseProgram, G1, meeting, participant, problemsOf } from '../fixture';

const interpreter = (id: string, familyName: string, pairs: [string, string][]): Staff => ({
  id, givenName: 'Ana', familyName, languages: [], phone: '', email: '', arrival: null, departure: null, internalNotes: '', role: 'interpreter', organization: '', languagePairs: pairs,
});

/** g1: Amara needs Spanish, Luis needs Portuguese, Mei works in English; s1 interprets English–Spanish only. */
function program(activities: Program['activities'], staff: Staff[] = [interpreter('s1', 'Ortega', [['English', 'Spanish']])]): Program {
  const base = baseProgram();
  return {
    ...base,
    participants: [
      { ...participant('p1', 'Amara', 'Okafor'), interpretation: 'Spanish' },
      { ...participant('p2', 'Luis', 'Reyes'), interpretation: 'Portuguese' },
      { ...participant('p3', 'Mei', 'Chen'), interpretation: 'English' },
      ...base.participants.slice(3),
    ],
    staff,
    groups: base.groups.map((g) => (g.id === 'g1' ? { ...g, staffIds: staff.map((s) => s.id) } : g)),
    activities,
  };
}

const interpreted = meeting('m1', 'washington', '2024-05-06', '09:00', '10:30', G1, { interpretation: 'consecutive' });

describe('interpreter-coverage', () => {
  it('flags an interpreted group meeting with a language nobody attending interprets', () => {
    const problems = problemsOf(program([interpreted]), 'interpreter-coverage');
    expect(problems.map((p) => [p.activityIds[0], p.severity])).toEqual([['m1', 'warning']]);
    expect(problems[0]?.message).toBe('“Meeting m1” (Mon May 6, 09:00–10:30 EDT) is interpreted, but no interpreter attending is free for Portuguese (for Luis Reyes); each language needs its own interpreter.');
  });

  it('one interpreter serves one language at a time; two cover two', () => {
    const both = interpreter('s2', 'Costa', [['English', 'Spanish'], ['Portuguese', 'English']]);
    expect(problemsOf(program([interpreted], [both]), 'interpreter-coverage')).toHaveLength(1);
    expect(problemsOf(program([interpreted], [interpreter('s1', 'Ortega', [['English', 'Spanish']]), both]), 'interpreter-coverage')).toEqual([]);
  });

  it('checks simultaneous interpretation too, and nothing without interpretation', () => {
    expect(problemsOf(program([{ ...interpreted, interpretation: 'simultaneous' }]), 'interpreter-coverage')).toHaveLength(1);
    expect(problemsOf(program([{ ...interpreted, interpretation: 'none' }]), 'interpreter-coverage')).toEqual([]);
  });

  it('a split session counts only the staff it names', () => {
    const staff = [interpreter('s1', 'Ortega', [['English', 'Spanish']]), interpreter('s2', 'Costa', [['English', 'Portuguese']])];
    const split = meeting('m2', 'washington', '2024-05-06', '11:00', '12:30', { everyone: false, groupIds: [], participantIds: ['p1', 'p2'], staffIds: ['s1'] }, { interpretation: 'consecutive' });
    expect(problemsOf(program([split], staff), 'interpreter-coverage')[0]?.message).toContain('Portuguese (for Luis Reyes)');
    expect(problemsOf(program([{ ...split, attendees: { ...split.attendees, staffIds: ['s1', 's2'] } }], staff), 'interpreter-coverage')).toEqual([]);
  });

  it('an interpreter is not in two places: naming one in two parallel sessions is a double-booking', () => {
    const a = meeting('a', 'washington', '2024-05-06', '14:00', '15:30', { everyone: false, groupIds: [], participantIds: ['p1'], staffIds: ['s1'] }, { interpretation: 'consecutive' });
    const b = meeting('b', 'washington', '2024-05-06', '14:00', '15:30', { everyone: false, groupIds: [], participantIds: ['p3'], staffIds: ['s1'] }, { interpretation: 'consecutive' });
    const problems = problemsOf(program([a, b]), 'person-double-booked');
    expect(problems.map((p) => [p.personIds, p.severity])).toEqual([[['s1'], 'error']]);
  });

  it('follows edits incrementally: a participant’s need and an interpreter’s pairs', () => {
    const start = program([interpreted]);
    const checker = createConflictChecker(start);
    const rule = () => checker.problems().filter((p) => p.ruleId === 'interpreter-coverage');
    expect(rule()).toHaveLength(1);
    // Luis turns out to work in English: nothing is missing.
    const english = { ...start, participants: start.participants.map((p) => (p.id === 'p2' ? { ...p, interpretation: null } : p)) };
    checker.update(english);
    expect(rule()).toEqual([]);
    // Mei needs French now, and the interpreter's pairs do not have it.
    const french = { ...english, participants: english.participants.map((p) => (p.id === 'p3' ? { ...p, interpretation: 'French' } : p)) };
    checker.update(french);
    expect(rule()[0]?.message).toContain('French (for Mei Chen)');
    // The interpreter adds English–French, but one interpreter cannot cover both languages.
    const added = { ...french, staff: french.staff.map((s) => ({ ...s, languagePairs: [...s.languagePairs, ['French', 'English'] as [string, string]] })) };
    checker.update(added);
    expect(rule()).toHaveLength(1);
    expect(checker.problems()).toEqual(createConflictChecker(added).problems());
  });
});

