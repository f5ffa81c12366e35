/**
 * outside-program-dates (warning): a place activity (not a travel leg or hotel stay: arriving the
 * day before and staying on after are normal) that starts before the program's start date or ends
 * after its end date, by local dates at the activity's place.
 */
import { formatDate, formatRange, quote } from '../format';
import { activityFinding, type ActivityRule } from './rule';

export const outsideProgramDates: ActivityRule = {
  id: 'outside-program-dates',
  severity: 'warning',
  title: 'An activity outside the program’s dates',
  scope: 'activity',
  check(ctx, record, out) {
    const e = record.entry;
    if (!e || e.kind !== 'place') return;
    const { startDate, endDate } = ctx.program;
    const before = e.start.slice(0, 10) < startDate;
    const after = e.end.slice(0, 10) > endDate;
    if (!before && !after) return;
    const day = e.start.slice(0, 10);
    const edge = before ? `before the program starts on ${formatDate(startDate)}` : `after the program ends on ${formatDate(endDate)}`;
    out.push(activityFinding('outside-program-dates', record, day, () => `${quote(e.title)} (${formatRange(e.start, e.end)}) is ${edge}.`));
  },
};
