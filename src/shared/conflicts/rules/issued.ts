/**
 * Two rules about itineraries already in travelers' hands, given `issuedThrough` (itineraries were
 * issued for every local date up to and including it; without it neither rule runs):
 * - tentative-in-issued (warning): a scheduled, tentative activity on or before that date;
 * - cancelled-in-issued (warning): a scheduled activity that is off for travelers (cancelled,
 *   declined by its host, or back to an idea or a request) on or before that date, which travelers
 *   hold: tell them (then delete it or dismiss the problem).
 * "Which travelers hold" is read from the program's issued versions, which record every activity
 * they gave out; a check given an issued date without that record (a program that issued nothing)
 * takes every called-off activity dated in the period to be held.
 */
import { STATUS_LABELS } from '../../program/labels';
import { isCalledOff } from '../../program/status';
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

const OFF_WORDS = { idea: 'is back to an idea', requested: 'is back to requested', declined: 'was declined by its host', cancelled: 'is cancelled' } as const;

export const cancelledInIssued: ActivityRule = {
  id: 'cancelled-in-issued',
  severity: 'warning',
  title: 'A cancelled activity in issued itineraries',
  scope: 'activity',
  check(ctx, record, out) {
    const a = record.activity;
    const through = ctx.issuedThrough;
    if (!through || a.timing.kind !== 'scheduled' || a.status === 'tentative' || a.status === 'confirmed') return;
    const { start, end } = a.timing;
    const day = start.slice(0, 10);
    if (day > through) return;
    const held = ctx.program.issues.length ? ctx.issuedActivityIds().has(a.id) : isCalledOff(a.status);
    if (!held) return;
    const what = OFF_WORDS[a.status] ?? `is ${STATUS_LABELS[a.status].toLowerCase()}`;
    out.push(activityFinding('cancelled-in-issued', record, day, () =>
        `${quote(a.title)} (${formatRange(start, end)}) ${what} but is in the itineraries issued through ${formatDate(through)}; tell the travelers, then delete it or dismiss this.`));
  },
};
