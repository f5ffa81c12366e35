/**
 * short-interpreted-meeting (warning): an appointment with a host (meeting or site visit) with
 * consecutive interpretation that is shorter than the program's rule for it: consecutive
 * interpretation takes about `consecutiveFactor` times the time of the same meeting without it, so
 * the appointment needs at least factor x `meetingMinutes` (settings.interpretation; 2 x 45 min by
 * default). Simultaneous interpretation, and the program's own briefings and debriefs, are not flagged.
 */
import { formatMinutes, formatRange, quote } from '../format';
import { APPOINTMENT_TYPES } from './local-day';
import { activityFinding, type ActivityRule } from './rule';

export const shortInterpretedMeeting: ActivityRule = {
  id: 'short-interpreted-meeting',
  severity: 'warning',
  title: 'An interpreted meeting is too short',
  scope: 'activity',
  check(ctx, record, out) {
    const e = record.entry;
    const a = record.activity;
    if (!e || a.type === 'travel' || a.type === 'hotel-stay' || a.interpretation !== 'consecutive' || !APPOINTMENT_TYPES.has(a.type)) return;
    const minutes = (e.endMs - e.startMs) / 60_000;
    const min = ctx.minInterpretedMeetingMinutes;
    if (minutes >= min) return;
    const day = e.start.slice(0, 10);
    const { consecutiveFactor, meetingMinutes } = ctx.program.settings.interpretation;
    // The planner's own override (settings) has no factor to explain it.
    const why = ctx.settings.minInterpretedMeetingMinutes === null ? ` (about ${factorWords(consecutiveFactor)} a ${formatMinutes(meetingMinutes)} meeting)` : '';
    out.push(activityFinding('short-interpreted-meeting', record, day, () =>
        `${quote(e.title)} (${formatRange(e.start, e.end)}) has consecutive interpretation but lasts ${formatMinutes(minutes)}; it needs at least ${formatMinutes(min)}${why}.`));
  },
};

function factorWords(factor: number): string {
  return factor === 2 ? 'twice' : factor === 1 ? 'the time of' : `${factor} times`;
}
