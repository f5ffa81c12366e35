import { describe, expect, it } from 'vitest';
import { federalHoliday, federalHolidays } from '../../../../../src/shared/conflicts';
import type { Activity } from '../../../../../src/shared/program/schema';
import { G1, meeting, problemsOf, withActivities } from '../fixture';

describe('short-interpreted-meeting', () => {
  it('flags consecutively interpreted appointments shorter than the program’s factor x meeting length (2 x 45 min), as a warning', () => {
    const program = withActivities([
      meeting('short', 'washington', '2024-05-07', '09:00', '10:00', G1, { interpretation: 'consecutive' }),
      meeting('enough', 'washington', '2024-05-07', '10:30', '12:00', G1, { interpretation: 'consecutive' }),
      meeting('simultaneous', 'washington', '2024-05-07', '13:00', '13:30', G1, { interpretation: 'simultaneous' }),
      meeting('lunch', 'washington', '2024-05-07', '14:00', '14:30', G1, { interpretation: 'consecutive', type: 'meal' }),
      meeting('debrief', 'washington', '2024-05-07', '18:00', '18:30', G1, { interpretation: 'consecutive', type: 'briefing' }),
    ]);
    const problems = problemsOf(program, 'short-interpreted-meeting');
    expect(problems.map((p) => [p.activityIds[0], p.severity])).toEqual([['short', 'warning']]);
    expect(problems[0]?.message).toBe('“Meeting short” (Tue May 7, 09:00–10:00 EDT) has consecutive interpretation but lasts 1 h; it needs at least 1 h 30 min (about twice a 45 min meeting).');
    expect(problemsOf(program, 'short-interpreted-meeting', { settings: { minInterpretedMeetingMinutes: 60 } })).toEqual([]);
    // The program's own setting: a factor of 1.5 on a 40-minute meeting asks for 60 minutes.
    const settings = { ...program.settings, interpretation: { consecutiveFactor: 1.5, meetingMinutes: 40 } };
    expect(problemsOf({ ...program, settings }, 'short-interpreted-meeting')).toEqual([]);
    const stricter = { ...program.settings, interpretation: { consecutiveFactor: 2.5, meetingMinutes: 40 } };
    expect(problemsOf({ ...program, settings: stricter }, 'short-interpreted-meeting').map((p) => p.activityIds[0])).toEqual(['short', 'enough']);
  });
});

describe('holiday-or-weekend', () => {
  it('flags appointments on weekends and federal holidays, not cultural visits or internal briefings', () => {
    const program = withActivities(
      [
        meeting('sat', 'washington', '2024-05-04', '09:00', '10:00', G1),
        meeting('sun-museum', 'washington', '2024-05-05', '09:00', '10:00', G1, { type: 'cultural' }),
        meeting('sun-orientation', 'washington', '2024-05-05', '11:00', '12:00', G1, { type: 'briefing' }),
        meeting('memorial', 'washington', '2024-05-27', '09:00', '10:00', G1, { type: 'site-visit' }),
        meeting('fri', 'washington', '2024-05-03', '09:00', '10:00', G1),
      ],
      { endDate: '2024-05-31' },
    );
    const problems = problemsOf(program, 'holiday-or-weekend');
    expect(problems.map((p) => p.message).sort()).toEqual([
      '“Meeting memorial” (Mon May 27, 09:00–10:00 EDT) is on Memorial Day, a federal holiday; check that the host is open.',
      '“Meeting sat” (Sat May 4, 09:00–10:00 EDT) is on a Saturday; check that the host is open.',
    ]);
    expect(problems[0]).toMatchObject({ severity: 'info', groupIds: ['g1'], personIds: ['p1', 'p2', 'p3', 's1'] });
  });

  it('computes every federal holiday for a year, with observed dates', () => {
    expect([...federalHolidays(2024).keys()].sort()).toEqual([
      '2024-01-01', '2024-01-15', '2024-02-19', '2024-05-27', '2024-06-19', '2024-07-04', '2024-09-02', '2024-10-14', '2024-11-11', '2024-11-28', '2024-12-25',
    ]);
    expect(federalHoliday('2026-07-03')).toBe('Independence Day (observed)'); // July 4 2026 is a Saturday
    expect(federalHoliday('2023-01-02')).toBe('New Year’s Day (observed)'); // Jan 1 2023 is a Sunday
    expect(federalHoliday('2021-12-31')).toBe('New Year’s Day (observed)'); // Jan 1 2022 is a Saturday
    expect(federalHoliday('2025-11-27')).toBe('Thanksgiving Day');
    expect(federalHoliday('2024-05-28')).toBeNull();
  });
});

describe('tentative-in-issued and cancelled-in-issued', () => {
  const activities: Activity[] = [
    meeting('tentative-early', 'washington', '2024-05-03', '09:00', '10:00', G1, { status: 'tentative' }),
    meeting('tentative-late', 'washington', '2024-05-06', '09:00', '10:00', G1, { status: 'tentative' }),
    meeting('cancelled-early', 'washington', '2024-05-03', '11:00', '12:00', G1, { status: 'cancelled' }),
    meeting('cancelled-late', 'washington', '2024-05-06', '11:00', '12:00', G1, { status: 'cancelled' }),
    { ...meeting('cancelled-unscheduled', 'washington', '2024-05-03', '11:00', '12:00', G1, { status: 'cancelled' }), timing: { kind: 'unscheduled', durationMinutes: 60 } },
    meeting('confirmed', 'washington', '2024-05-03', '14:00', '15:00', G1),
  ];
  const issued = { issuedThrough: '2024-05-04' };

  it('flag tentative and cancelled activities dated within the issued period', () => {
    const tentative = problemsOf(withActivities(activities), 'tentative-in-issued', issued);
    expect(tentative.map((p) => p.activityIds[0])).toEqual(['tentative-early']);
    expect(tentative[0]?.message).toBe('“Meeting tentative-early” (Fri May 3, 09:00–10:00 EDT) is still tentative, but itineraries through Sat May 4 have been issued.');
    const cancelled = problemsOf(withActivities(activities), 'cancelled-in-issued', issued);
    expect(cancelled.map((p) => [p.activityIds[0], p.severity])).toEqual([['cancelled-early', 'warning']]);
    expect(cancelled[0]?.personIds).toEqual(['p1', 'p2', 'p3', 's1']);
  });

  it('do not run without an issued date', () => {
    expect(problemsOf(withActivities(activities), 'tentative-in-issued')).toEqual([]);
    expect(problemsOf(withActivities(activities), 'cancelled-in-issued')).toEqual([]);
  });
});
