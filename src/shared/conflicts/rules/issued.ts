/**
 * Two rules about itineraries already in travelers' hands, given `issuedThrough` (itineraries were
 * issued for every local date up to and including it; without it neither rule runs):
 * - tentative-in-issued (warning): a scheduled, tentative activity on or before that date;
 * - cancelled-in-issued (warning): a scheduled, cancelled activity on or before that date: the
 *   travelers still have it, so tell them (then delete it or dismiss the problem).
 * Without a record of what each issued itinerary contained, "in an issued itinerary" means "dated
 * within the issued period".
 */
import { formatDate, formatRange, quote } from '../format';
import { activityFinding, type ActivityRule } from './rule';

export const tentativeInIssued: ActivityRule = {
  id: 'tentative-in-issued',
  severity: 'warning',
  title: 'A tentative activity in issued itineraries',
  scope: 'activity',
  check(ctx, record, out) {
    const e = record.entry;
    const through = ctx.issuedThrough;
    if (!through || !e || record.activity.status !== 'tentative' || e.start.slice(0, 10) > through) return;
    const day = e.start.slice(0, 10);
    out.push(activityFinding('tentative-in-issued', record, day, () => `${quote(e.title)} (${formatRange(e.start, e.end)}) is still tentative, but itineraries through ${formatDate(through)} have been issued.`));
  },
};

export const cancelledInIssued: ActivityRule = {
  id: 'cancelled-in-issued',
  severity: 'warning',
  title: 'A cancelled activity in issued itineraries',
  scope: 'activity',
  check(ctx, record, out) {
    const a = record.activity;
    const through = ctx.issuedThrough;
    if (!through || a.status !== 'cancelled' || a.timing.kind !== 'scheduled') return;
    const { start, end } = a.timing;
    const day = start.slice(0, 10);
    if (day > through) return;
    out.push(activityFinding('cancelled-in-issued', record, day, () =>
        `${quote(a.title)} (${formatRange(start, end)}) is cancelled but is in the itineraries issued through ${formatDate(through)}; tell the travelers, then delete it or dismiss this.`));
  },
};
