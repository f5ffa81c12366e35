/**
 * Two rules about what the planner still has to arrange:
 * - appointment-not-confirmed (warning): a meeting, site visit, meal or home-hospitality visit that
 *   is still an idea, requested or tentative within `settings.confirmDaysBefore` days of happening
 *   (counted from the planner's date, `today`; past ones are not flagged, and without a date the
 *   rule does not run, so a file checks the same on any day unless a date is given);
 * - to-rebook (warning): a flight, train, coach or hotel stay marked to be booked again (a cloned
 *   program's bookings are), until the planner books it and clears the mark.
 */
import { ARRANGED_BY_LABELS, STATUS_LABELS } from '../../program/labels';
import { ARRANGED_TYPES, isCalledOff } from '../../program/status';
import { dayNumber, formatDate, formatRange, quote } from '../format';
import { activityFinding, type ActivityRule } from './rule';

export const appointmentNotConfirmed: ActivityRule = {
  id: 'appointment-not-confirmed',
  severity: 'warning',
  title: 'An appointment is not confirmed yet',
  scope: 'activity',
  check(ctx, record, out) {
    const e = record.entry;
    const a = record.activity;
    const today = ctx.today;
    if (!e || !today || !ARRANGED_TYPES.has(a.type) || a.type === 'travel' || a.type === 'hotel-stay') return;
    if (a.status !== 'idea' && a.status !== 'requested' && a.status !== 'tentative') return;
    const day = e.start.slice(0, 10);
    const daysLeft = dayNumber(day) - dayNumber(today);
    if (daysLeft < 0 || daysLeft > ctx.program.settings.confirmDaysBefore) return;
    const status = a.status === 'idea' ? 'an idea' : STATUS_LABELS[a.status].toLowerCase();
    const arrangement = a.arrangement;
    const when = daysLeft === 0 ? 'and happens today' : `${daysLeft} day${daysLeft === 1 ? '' : 's'} before it happens`;
    const who = arrangement ? ` (${ARRANGED_BY_LABELS[arrangement.arrangedBy].toLowerCase()} arranges it${arrangement.lastContactOn ? `; last contact ${formatDate(arrangement.lastContactOn)}` : ''})` : '';
    out.push(activityFinding('appointment-not-confirmed', record, day, () =>
        `${quote(a.title)} (${formatRange(e.start, e.end)}) is still ${status} ${when}; confirm it with the host${who}.`));
  },
};

export const toRebook: ActivityRule = {
  id: 'to-rebook',
  severity: 'warning',
  title: 'A booking to make again',
  scope: 'activity',
  check(_ctx, record, out) {
    const a = record.activity;
    if ((a.type !== 'travel' && a.type !== 'hotel-stay') || !a.rebook || isCalledOff(a.status) || a.timing.kind !== 'scheduled') return;
    const { start, end } = a.timing;
    const what = a.type === 'hotel-stay' ? 'hotel stay' : a.mode === 'flight' ? 'flight' : a.mode === 'train' ? 'train' : 'transfer';
    out.push(activityFinding('to-rebook', record, start.slice(0, 10), () =>
        `${quote(a.title)} (${formatRange(start, end)}) is a ${what} to book again; travelers see it as tentative until it is booked and the mark is cleared.`));
  },
};
