import { describe, expect, it } from 'vitest';
import { applyCommand } from '../../../../../src/shared/commands/apply';
import { checkProgram } from '../../../../../src/shared/conflicts';
import { issueSnapshot } from '../../../../../src/shared/issuing/index';
import { newArrangement } from '../../../../../src/shared/program/factory';
import type { Activity, Program } from '../../../../../src/shared/program/schema';
import { G1, leg, meeting, problemsOf, withActivities } from '../fixture';

const ids = (program: Program, rule: Parameters<typeof problemsOf>[1], options = {}) => problemsOf(program, rule, options).map((p) => p.activityIds[0]);

describe('appointment-not-confirmed', () => {
  const program = withActivities([
    meeting('soon-requested', 'washington', '2024-05-06', '09:00', '10:00', G1, {
      status: 'requested',
      arrangement: newArrangement({ arrangedBy: 'local-partner', askedOn: '2024-04-20', lastContactOn: '2024-04-25' }),
    }),
    meeting('soon-idea', 'washington', '2024-05-07', '09:00', '10:00', G1, { status: 'idea', type: 'site-visit' }),
    meeting('soon-tentative', 'washington', '2024-05-08', '09:00', '10:00', G1, { status: 'tentative', type: 'meal' }),
    meeting('soon-confirmed', 'washington', '2024-05-06', '11:00', '12:00', G1),
    meeting('soon-briefing', 'washington', '2024-05-06', '13:00', '14:00', G1, { status: 'tentative', type: 'briefing' }),
    meeting('later', 'washington', '2024-05-10', '09:00', '10:00', G1, { status: 'requested' }),
    meeting('past', 'washington', '2024-04-30', '09:00', '10:00', G1, { status: 'requested' }),
    meeting('declined', 'washington', '2024-05-06', '15:00', '16:00', G1, { status: 'declined' }),
  ]);

  it('flags appointments still an idea, requested or tentative within the program’s lead time, counted from today', () => {
    const today = { today: '2024-05-01' };
    expect(ids(program, 'appointment-not-confirmed', today).sort()).toEqual(['soon-idea', 'soon-requested', 'soon-tentative']);
    const [first] = problemsOf(program, 'appointment-not-confirmed', today);
    expect(first?.message).toBe('“Meeting soon-requested” (Mon May 6, 09:00–10:00 EDT) is still requested 5 days before it happens; confirm it with the host (local partner arranges it; last contact Thu Apr 25).');
    expect(first?.severity).toBe('warning');
    // A longer lead time (a program setting) reaches further; on the day itself the message says so.
    const settings = { ...program.settings, confirmDaysBefore: 10 };
    expect(ids({ ...program, settings }, 'appointment-not-confirmed', today)).toContain('later');
    expect(problemsOf(program, 'appointment-not-confirmed', { today: '2024-05-06' })[0]?.message).toContain('is still requested and happens today');
  });

  it('does not run without the planner’s date, so a file checks the same on any day', () => {
    expect(problemsOf(program, 'appointment-not-confirmed')).toEqual([]);
  });
});

const clash = (status: Activity['status']) =>
  withActivities([meeting('a', 'washington', '2024-05-06', '09:00', '10:00', G1), meeting('b', 'washington', '2024-05-06', '09:30', '10:30', G1, { status })]);

describe('statuses and time', () => {
  it('ideas and requests take the time they ask for; declined and cancelled appointments take none', () => {
    for (const status of ['idea', 'requested', 'tentative', 'confirmed'] as const) expect(ids(clash(status), 'group-double-booked'), status).toEqual(['a']);
    for (const status of ['declined', 'cancelled'] as const) expect(ids(clash(status), 'group-double-booked'), status).toEqual([]);
  });
});

describe('to-rebook', () => {
  it('flags flights and hotel nights marked to book again until the mark is cleared', () => {
    const flight = { ...leg('f1', 'v-dca', 'v-phx', '2024-05-06T08:00', 300, G1), rebook: true };
    const program = withActivities([flight, { ...leg('f2', 'v-phx', 'v-sea', '2024-05-08T08:00', 150, G1), rebook: true, status: 'cancelled' }]);
    const problems = problemsOf(program, 'to-rebook');
    expect(problems.map((p) => [p.activityIds[0], p.severity])).toEqual([['f1', 'warning']]);
    expect(problems[0]?.message).toBe('“Leg f1” (Mon May 6, 08:00 EDT – 10:00 MST) is a flight to book again; travelers see it as tentative until it is booked and the mark is cleared.');
    expect(problemsOf(withActivities([{ ...flight, rebook: false }]), 'to-rebook')).toEqual([]);
  });
});

describe('cancelled-in-issued, from the record of what was issued', () => {
  it('flags what travelers received and is off now, whatever made it so; not what they never received', () => {
    const base = withActivities([meeting('held', 'washington', '2024-05-06', '09:00', '10:00', G1), meeting('other', 'washington', '2024-05-07', '09:00', '10:00', G1)]);
    const issued = applyCommand(base, { type: 'program/issue', issued: issueSnapshot(base, { issuedAt: '2024-04-20T12:00:00Z', note: '' }) }).program;
    const later = applyCommand(issued, { type: 'activity/create', activity: meeting('new-idea', 'washington', '2024-05-08', '09:00', '10:00', G1, { status: 'idea' }) }).program;
    const declined = applyCommand(later, { type: 'activity/set-status', id: 'held', status: 'declined' }).program;
    const options = { issuedThrough: base.endDate };
    const problems = checkProgram(declined, options).filter((p) => p.ruleId === 'cancelled-in-issued');
    expect(problems.map((p) => p.activityIds[0])).toEqual(['held']);
    expect(problems[0]?.message).toContain('was declined by its host but is in the itineraries issued through');
    const requested = applyCommand(later, { type: 'activity/set-status', id: 'other', status: 'requested' }).program;
    expect(problemsOf(requested, 'cancelled-in-issued', options)[0]?.message).toContain('is back to requested');
  });
});
