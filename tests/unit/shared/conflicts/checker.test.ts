import { describe, expect, it } from 'vitest';
import { applyCommand } from '../../../../src/shared/commands/apply';
import { checkProgram, compareProblems, createConflictChecker, RULE_IDS, RULES } from '../../../../src/shared/conflicts';
import { G1, G2, meeting, people, withActivities } from './fixture';

const D = '2024-05-06';
const program = withActivities([
  meeting('m1', 'washington', D, '09:00', '10:00', G1),
  meeting('m2', 'washington', D, '09:30', '10:30', G1),
  meeting('m3', 'washington', D, '09:00', '10:00', people('p4', 'p5')),
  meeting('m4', 'washington', D, '09:45', '11:00', G2, { interpretation: 'consecutive' }),
  meeting('m5', 'washington', '2024-05-07', '09:00', '10:00', G2),
]);

describe('the engine', () => {
  it('knows every rule once, each with a default severity', () => {
    expect(RULES.map((r) => r.id).sort()).toEqual([...RULE_IDS].sort());
  });

  it('gives stable ids: rule, local day, sorted activity ids, then group or person ids', () => {
    const ids = checkProgram(program).map((p) => p.id).sort();
    expect(ids).toEqual([
      'group-double-booked/2024-05-06/m1+m2/g1',
      'person-double-booked/2024-05-06/m3+m4/p4+p5',
      'short-interpreted-meeting/2024-05-06/m4/g2',
    ]);
    expect(new Set(ids).size).toBe(ids.length);
    // An unrelated edit keeps every id (and every problem object).
    const checker = createConflictChecker(program);
    const before = checker.problems();
    const moved = applyCommand(program, { type: 'activity/move', id: 'm5', start: '2024-05-07T13:00:00-04:00[America/New_York]' }).program;
    const after = checker.update(moved);
    expect([...after].sort(compareProblems)).toEqual([...before].sort(compareProblems));
    for (const p of after) expect(before).toContain(p);
  });

  it('returns dismissed problems flagged, and re-flags without re-checking when only dismissals change', () => {
    const id = 'group-double-booked/2024-05-06/m1+m2/g1';
    const checker = createConflictChecker(program, { dismissed: new Set([id]) });
    expect(checker.problems().find((p) => p.id === id)?.dismissed).toBe(true);
    expect(checker.problems().filter((p) => p.dismissed)).toHaveLength(1);
    checker.update(program, { dismissed: new Set() });
    expect(checker.stats().mode).toBe('dismissals');
    expect(checker.problems().every((p) => !p.dismissed)).toBe(true);
  });

  it('lets settings change a rule’s severity or switch it off', () => {
    const problems = checkProgram(program, { settings: { rules: { 'group-double-booked': 'warning', 'short-interpreted-meeting': 'off' } } });
    expect(problems.map((p) => [p.ruleId, p.severity]).sort()).toEqual([
      ['group-double-booked', 'warning'],
      ['person-double-booked', 'error'],
    ]);
  });

  it('re-checks only the people and days an edit touches', () => {
    const checker = createConflictChecker(program);
    const moved = applyCommand(program, { type: 'activity/move', id: 'm2', start: '2024-05-06T10:00:00-04:00[America/New_York]' }).program;
    const problems = checker.update(moved);
    expect(checker.stats()).toMatchObject({ mode: 'incremental', activities: 1 });
    expect(checker.stats().personDays).toBeLessThanOrEqual(4 * 2);
    expect(problems.map((p) => p.id).sort()).toEqual(checkProgram(moved).map((p) => p.id).sort());
    expect(problems.some((p) => p.ruleId === 'group-double-booked')).toBe(false);
  });

  it('re-checks everything when places, program dates or settings change', () => {
    const checker = createConflictChecker(program);
    checker.update({ ...program, endDate: '2024-05-06' });
    expect(checker.stats().mode).toBe('full');
    expect(checker.problems().some((p) => p.ruleId === 'outside-program-dates')).toBe(true);
    checker.update(checker.program, { settings: { minInterpretedMeetingMinutes: 30 } });
    expect(checker.stats().mode).toBe('full');
    expect(checker.problems().some((p) => p.ruleId === 'short-interpreted-meeting')).toBe(false);
  });
});
