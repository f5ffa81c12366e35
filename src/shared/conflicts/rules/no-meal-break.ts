/**
 * no-meal-break (warning), per person and local date D, in local wall time:
 * - busy = the person's places and travel legs starting on D, except meals (free time never
 *   occupies anyone, see entry.ts); each
 *   busy item covers its wall-clock start to end (to midnight if it ends on a later date);
 * - the day "spans lunch" when some busy item overlaps the lunch window [lunchStart, lunchEnd)
 *   (default 11:30-14:30); days that do not are fine;
 * - a meal is planned when a `meal` activity starting on D overlaps the window, or an activity
 *   starting on D provides lunch (`mealsProvided` includes "lunch");
 * - otherwise the longest free stretch of the window not covered by busy items must be at least
 *   `minMealBreakMinutes` (default 45).
 * People with the same busy items in the window merge into one problem. Only the program's own
 * days count: a traveler's journey home the day after it ends is their airline's lunch, not ours.
 */
import type { Entry } from '../entry';
import { findingKey } from '../findings';
import { dateOfDay, formatDate, formatRange, listNames, quote, wallMinutes } from '../format';
import { onLocalDay } from './local-day';
import type { PersonDayRule } from './rule';

export const noMealBreak: PersonDayRule = {
  id: 'no-meal-break',
  severity: 'warning',
  title: 'No lunch break',
  scope: 'person-day',
  check(ctx, person, day, out) {
    const onDate = dateOfDay(day);
    if (onDate < ctx.program.startDate || onDate > ctx.program.endDate) return;
    const from = ctx.lunchStart;
    const to = ctx.lunchEnd;
    const busy: { e: Entry; s: number; t: number }[] = [];
    for (const e of onLocalDay(person.tl.items, day)) {
      const type = e.activity.type;
      const s = wallMinutes(e.start);
      const t = e.end.slice(0, 10) === e.start.slice(0, 10) ? Math.max(s, wallMinutes(e.end)) : 24 * 60;
      const overlaps = s < to && t > from;
      if (type === 'meal' && overlaps) return;
      if (e.activity.type !== 'travel' && e.activity.type !== 'hotel-stay' && e.activity.mealsProvided.includes('lunch')) return;
      if (type === 'meal' || !overlaps) continue;
      busy.push({ e, s: Math.max(s, from), t: Math.min(t, to) });
    }
    if (busy.length === 0) return;
    busy.sort((a, b) => a.s - b.s || a.t - b.t);
    let cursor = from;
    let longest = 0;
    for (const b of busy) {
      longest = Math.max(longest, b.s - cursor);
      cursor = Math.max(cursor, b.t);
    }
    longest = Math.max(longest, to - cursor);
    if (longest >= ctx.settings.minMealBreakMinutes) return;
    const date = dateOfDay(day);
    const entries = busy.map((b) => b.e);
    const ids = entries.map((e) => e.id);
    out.push({
      ruleId: 'no-meal-break',
      key: findingKey('no-meal-break', date, ids),
      day: date,
      activityIds: ids,
      personIds: [person.id],
      groupIds: [],
      personScoped: true,
      sig: `${entries.map((e) => e.rev).join(',')},${person.rev}`,
      render: (who) => {
        const items = entries.map((e) => `${quote(e.title)} (${formatRange(e.start, e.end)})`).join(', ');
        return (
          `No lunch break for ${listNames(who.people)} on ${formatDate(date)}: ${items} leave no ${ctx.settings.minMealBreakMinutes}-minute gap ` +
          `between ${ctx.settings.lunchStart} and ${ctx.settings.lunchEnd}, and no meal is planned.`
        );
      },
    });
  },
};
