import { describe, expect, test } from 'vitest';
import { cloneProgram, shiftZoned } from '../../../../src/shared/clone/index';
import { checkProgram } from '../../../../src/shared/conflicts';
import { validateProgram } from '../../../../src/shared/program/load';
import type { Activity } from '../../../../src/shared/program/schema';
import { ARRANGED_TYPES } from '../../../../src/shared/program/status';
import { Temporal } from '../../../../src/shared/time';
import { buildTmssw2024Sample } from '../../../../src/cli/sample/index';

const sample = buildTmssw2024Sample();
const weekday = (zoned: string) => Temporal.PlainDate.from(zoned.slice(0, 10)).dayOfWeek;

describe('cloning a program to the same weekdays of another year', () => {
  const { program, report } = cloneProgram(sample, { start: '2025-04-28', appointments: 'requested' });
  const before = new Map(sample.activities.map((a) => [a.id, a]));

  test('every activity keeps its weekday and its local wall time; every date moves 52 weeks', () => {
    expect(report.shiftDays).toBe(364);
    expect(program.startDate).toBe('2025-04-28');
    expect(program.endDate).toBe('2025-05-16');
    for (const a of program.activities) {
      const old = before.get(a.id) as Activity;
      if (a.timing.kind !== 'scheduled' || old.timing.kind !== 'scheduled') continue;
      expect(weekday(a.timing.start), a.id).toBe(weekday(old.timing.start));
      expect(a.timing.start.slice(11, 19), a.id).toBe(old.timing.start.slice(11, 19));
      expect(a.timing.end.slice(11, 19), a.id).toBe(old.timing.end.slice(11, 19));
    }
    expect(program.phases.map((p) => [p.startDate, p.endDate])).toEqual([['2025-04-28', '2025-05-02'], ['2025-05-03', '2025-05-12'], ['2025-05-13', '2025-05-16']]);
  });

  test('nothing refers to 2024: title, id, dates, issued versions, dismissals', () => {
    expect(program.title).toBe('Towards a More Safe and Secure World 2025');
    expect(program.id).toBe('tmssw-2025');
    expect(JSON.stringify(program)).not.toContain('2024');
  });

  test('structure stays; the roster and what only its people attended go; appointments are requested again; bookings are to make again', () => {
    expect(program.cities).toEqual(sample.cities);
    expect(program.venues).toEqual(sample.venues);
    expect(program.hosts).toEqual(sample.hosts);
    expect(program.staff.map((s) => s.id)).toEqual(sample.staff.map((s) => s.id));
    expect(program.participants).toEqual([]);
    expect(program.groups.map((g) => [g.id, g.participantIds, g.staffIds])).toEqual(sample.groups.map((g) => [g.id, [], g.staffIds]));
    expect(program.activities.every((a) => a.attendees.participantIds.length === 0)).toBe(true);
    // The individual flights and appointments of last year's participants, and last year's cancelled and declined.
    expect(report.droppedPersonal).toBeGreaterThan(100);
    expect(report.droppedCalledOff).toBe(2);
    for (const a of program.activities) {
      if (a.type === 'travel' || a.type === 'hotel-stay') expect(a.rebook, a.id).toBe(true);
      else if (ARRANGED_TYPES.has(a.type)) {
        expect(a.status, a.id).toBe('requested');
        if (a.arrangement) expect([a.arrangement.askedOn, a.arrangement.lastContactOn, a.arrangement.dietConfirmedIds]).toEqual([null, null, []]);
      } else expect(a.status).toBe((before.get(a.id) as Activity).status);
    }
    expect(program.issues).toEqual([]);
    expect(program.dismissals).toEqual([]);
    expect(validateProgram(program).ok).toBe(true);
  });

  test('checks clean apart from the flags: no errors, and nothing new but bookings to make and families waiting for guests', () => {
    const problems = checkProgram(program, { today: '2025-01-15' });
    expect(problems.filter((p) => p.severity === 'error')).toEqual([]);
    const flags = new Set(['to-rebook', 'home-hospitality-guests', 'holiday-or-weekend']);
    // Anything else is a problem the source program has too, about the same activities.
    const inSource = new Set(checkProgram(sample).map((p) => `${p.ruleId} ${p.activityIds.join('+')}`));
    expect(problems.filter((p) => !flags.has(p.ruleId) && !inSource.has(`${p.ruleId} ${p.activityIds.join('+')}`))).toEqual([]);
    expect(problems.filter((p) => p.ruleId === 'to-rebook')).toHaveLength(report.rebook);
    expect(problems.filter((p) => p.ruleId === 'holiday-or-weekend').map((p) => p.activityIds)).toEqual([['a-jus-055']]);
  });

  test('ideas instead of requests, and the roster kept on request', () => {
    const kept = cloneProgram(sample, { start: '2025-04-28', appointments: 'idea', keepRoster: true, keepDismissals: true });
    expect(kept.program.participants.map((p) => [p.id, p.arrival])).toEqual(sample.participants.map((p) => [p.id, p.id === 'p-tr-ozturk' ? '2025-04-29' : '2025-04-28']));
    expect(kept.program.activities.filter((a) => ARRANGED_TYPES.has(a.type)).every((a) => a.status === 'idea')).toBe(true);
    expect(kept.program.dismissals).toEqual(sample.dismissals);
    expect(validateProgram(kept.program).ok).toBe(true);
  });
});

describe('what a clone refuses and reports', () => {
  test('a start on another weekday, naming the two nearest that keep it', () => {
    expect(() => cloneProgram(sample, { start: '2025-04-29', appointments: 'idea' })).toThrow(
      '2025-04-29 is a Tuesday, but the program starts on a Monday (2024-04-29); so that every day keeps its weekday, start on Monday 2025-04-28 or Monday 2025-05-05.',
    );
    expect(() => cloneProgram(sample, { start: '2025-02-30', appointments: 'idea' })).toThrow('the new start must be a date as YYYY-MM-DD, not "2025-02-30"');
  });

  test('times stay local across daylight saving: 09:00 EDT in May is 09:00 EST in January', () => {
    expect(shiftZoned('2024-05-06T09:00:00-04:00[America/New_York]', 7 * 35).value).toBe('2025-01-06T09:00:00-05:00[America/New_York]');
    // Arizona keeps standard time: the offset stays.
    expect(shiftZoned('2024-05-06T09:00:00-07:00[America/Phoenix]', 7 * 35).value).toBe('2025-01-06T09:00:00-07:00[America/Phoenix]');
    // 02:30 on the night clocks spring forward does not exist: it moves later by the gap, and says so.
    expect(shiftZoned('2024-03-03T02:30:00-05:00[America/New_York]', 7)).toEqual({ value: '2024-03-10T03:30:00-04:00[America/New_York]', movedFromGap: true });
  });

  test('federal holidays in the new dates are flagged by the existing rule', () => {
    // From Monday May 24, 2027 the first Monday of the city visits is Memorial Day (May 31).
    const { program } = cloneProgram(sample, { start: '2027-05-24', appointments: 'requested' });
    const holidays = checkProgram(program).filter((p) => p.ruleId === 'holiday-or-weekend' && p.message.includes('Memorial Day'));
    expect(holidays.length).toBeGreaterThan(10);
    expect(new Set(holidays.map((p) => p.day))).toEqual(new Set(['2027-05-31']));
  });

  test('a clone of a shared program is the planner’s own file, not another copy of the shared one', () => {
    const shared = { ...sample, shared: { address: 'ws://192.168.1.20:4711/programs/4NMNnkMhL8jXrkKItk3kHKQd7e8V', role: 'planner' as const, cityId: null, member: 'Ann' } };
    expect(cloneProgram(shared, { start: '2025-04-28', appointments: 'idea' }).program.shared).toBeNull();
  });
});
