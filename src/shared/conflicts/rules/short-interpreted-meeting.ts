/**
 * short-interpreted-meeting (info): an appointment with a host (meeting or site visit) with
 * consecutive interpretation that lasts less than `minInterpretedMeetingMinutes` (default 90):
 * consecutive interpretation roughly halves the time left for content. Simultaneous interpretation,
 * and the program's own briefings and debriefs, are not flagged.
 */
import { formatMinutes, formatRange, quote } from '../format';
import { APPOINTMENT_TYPES } from './local-day';
import { activityFinding, type ActivityRule } from './rule';

export const shortInterpretedMeeting: ActivityRule = {
  id: 'short-interpreted-meeting',
  severity: 'info',
  title: 'An interpreted meeting is short',
  scope: 'activity',
  check(ctx, record, out) {
    const e = record.entry;
    const a = record.activity;
    if (!e || a.type === 'travel' || a.type === 'hotel-stay' || a.interpretation !== 'consecutive' || !APPOINTMENT_TYPES.has(a.type)) return;
    const minutes = (e.endMs - e.startMs) / 60_000;
    const min = ctx.settings.minInterpretedMeetingMinutes;
    if (minutes >= min) return;
    const day = e.start.slice(0, 10);
    out.push(activityFinding('short-interpreted-meeting', record, day, () =>
        `${quote(e.title)} (${formatRange(e.start, e.end)}) has consecutive interpretation but lasts ${formatMinutes(minutes)}; interpreted meetings need at least ${formatMinutes(min)}.`));
  },
};
