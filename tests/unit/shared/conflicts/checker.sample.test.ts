import { describe, expect, it } from 'vitest';
import { checkProgram, compareProblems } from '../../../../src/shared/conflicts';
import { buildTmssw2024Sample } from '../../../../src/cli/sample/index';

const sample = buildTmssw2024Sample();
const problems = [...checkProgram(sample, { dismissed: new Set(sample.dismissals.map((d) => d.problemId)) })].sort(compareProblems);

describe('the TMSSW 2024 sample under the conflict engine', () => {
  it('has no errors: the late arrival from Istanbul is in only what happens after she lands', () => {
    expect(problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(problems.filter((p) => p.personIds.includes('p-tr-ozturk')).map((p) => p.ruleId)).toEqual(['no-meal-break']);
  });

  it('shows a handful of genuine problems worth a planner’s look, one already dismissed with a reason', () => {
    expect(problems.map((p) => [p.severity, p.ruleId, p.activityIds.join('+'), p.dismissed])).toEqual([
      // A host family in Huntsville is still checking halal meat for one guest who also asks for no alcohol.
      ['warning', 'home-hospitality-diet', 'a-jus-013', false],
      // The program officer's taxi leaves 25 minutes after she lands in Tampa (dismissed: carry-on only).
      ['warning', 'travel-time', 'a-log-005+a-log-006', true],
      // A tentative one-hour boat launch with consecutive interpretation: it needs twice a 45-minute meeting.
      ['warning', 'short-interpreted-meeting', 'a-mar-026', false],
      // The border group's 1 h 20 min connection at DFW spans lunch and no meal is planned.
      ['warning', 'no-meal-break', 'a-bor-059', false],
      // Ji-won Kim's shuttle reaches JFK 20 minutes before his international flight home: three hours are needed.
      ['warning', 'travel-time', 'a-log-020+a-log-021', false],
      // Individual appointments participants asked for on the Saturday: is the host open?
      ['info', 'holiday-or-weekend', 'a-log-025', false],
      ['info', 'holiday-or-weekend', 'a-log-026', false],
      ['info', 'holiday-or-weekend', 'a-log-027', false],
      // An idea for a free Sunday afternoon in Salt Lake City.
      ['info', 'holiday-or-weekend', 'a-jus-055', false],
    ]);
  });
});
