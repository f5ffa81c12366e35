/**
 * outside-arrival-departure (error): a person attends, through a group or by name, something
 * outside their presence (presence.ts: from the leg that brings them in or their roster arrival
 * date, to the leg that takes them away or their roster departure date; open ends are unbounded).
 * - places must start at or after presence starts and end by the time it ends;
 * - hotel stays are compared by local date (check-in on or after the arrival date, check-out on or
 *   before the departure date): a room held from 15:00 for someone landing at 18:00 is fine;
 * - travel legs must land at or after presence starts and leave by the time it ends (the flights
 *   that bring them and take them home); legs with neither end in a program city (a connection
 *   abroad) are the traveler's own business.
 * "Everyone" activities are never reported: they include only the people present (see state.ts);
 * one that overlaps an arrival shows up as a double-booking with the arriving leg instead.
 */
import type { PersonState } from '../context';
import type { Entry } from '../entry';
import { DAY_MS, formatDate, formatRange, formatWhen, listNames, quote } from '../format';
import { findingKey, type Finding } from '../findings';
import type { Bound } from '../presence';
import { firstStartingAt } from '../timeline';
import type { PersonDayRule } from './rule';

export const outsideArrivalDeparture: PersonDayRule = {
  id: 'outside-arrival-departure',
  severity: 'error',
  title: 'An activity before a person arrives or after they leave',
  scope: 'person-day',
  check(ctx, person, day, out) {
    const { from, until } = person.presence;
    if (!from && !until) return;
    const rules = ctx.presenceRules;
    for (const list of [person.tl.items, person.tl.hotels]) {
      const dayEnd = (day + 1) * DAY_MS;
      for (let i = firstStartingAt(list, day * DAY_MS); i < list.length; i++) {
        const e = list[i] as Entry;
        if (e.startMs >= dayEnd) break;
        if (e.activity.attendees.everyone) continue;
        let before: boolean;
        let after: boolean;
        if (e.kind === 'hotel') {
          before = from !== null && e.start.slice(0, 10) < from.date;
          after = until !== null && e.end.slice(0, 10) > until.date;
        } else if (e.kind === 'travel') {
          if (!rules.isProgramCity(e.startCityId) && !rules.isProgramCity(e.endCityId)) continue;
          before = from !== null && e.endMs < from.ms;
          after = until !== null && e.startMs > until.ms;
        } else {
          before = from !== null && e.startMs < from.ms;
          after = until !== null && e.endMs > until.ms;
        }
        if (before && from) out.push(finding(person, e, 'before', from));
        if (after && until) out.push(finding(person, e, 'after', until));
      }
    }
  },
};

function finding(person: PersonState, e: Entry, side: 'before' | 'after', bound: Bound): Finding {
  const day = e.start.slice(0, 10);
  return {
    ruleId: 'outside-arrival-departure',
    // People merge into one problem only when the same date or the same leg bounds them.
    key: findingKey('outside-arrival-departure', day, [e.id], `${side}-${bound.leg ? bound.leg.id : bound.date}`),
    day,
    activityIds: [e.id],
    personIds: [person.id],
    groupIds: [],
    personScoped: true,
    sig: `${e.rev},${person.rev},${bound.leg ? bound.leg.rev : ''}`,
    render: (who) => {
      const one = who.people.length === 1;
      const verb = side === 'before' ? (one ? 'arrives' : 'arrive') : one ? 'leaves' : 'leave';
      const order = side === 'before' ? 'after' : 'before';
      const leg = bound.leg;
      const when = leg ? `${formatWhen(side === 'before' ? leg.end : leg.start)} (${quote(leg.title)})` : `on ${formatDate(bound.date)}`;
      return `${listNames(who.people)} ${verb} ${when}, ${order} ${quote(e.title)} (${formatRange(e.start, e.end)}).`;
    },
  };
}
