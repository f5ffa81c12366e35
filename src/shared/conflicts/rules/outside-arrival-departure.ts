/**
 * outside-arrival-departure (error): a person attends an activity on a local date before their
 * arrival date or after their departure date (the dates on the roster; unset means unbounded).
 * Places and hotel stays must lie within [arrival, departure] by their local start and end dates;
 * a travel leg only needs to land on or after the arrival date and leave on or before the
 * departure date (the flights that bring them and take them home).
 */
import type { Entry } from '../entry';
import { DAY_MS, formatDate, formatRange, listNames, quote } from '../format';
import { findingKey, type Finding } from '../findings';
import { firstStartingAt } from '../timeline';
import type { PersonState } from '../context';
import type { PersonDayRule } from './rule';

export const outsideArrivalDeparture: PersonDayRule = {
  id: 'outside-arrival-departure',
  severity: 'error',
  title: 'An activity before a person arrives or after they leave',
  scope: 'person-day',
  check(ctx, person, day, out) {
    const { arrival, departure } = person.person;
    if (!arrival && !departure) return;
    for (const list of [person.tl.items, person.tl.hotels]) {
      const dayEnd = (day + 1) * DAY_MS;
      for (let i = firstStartingAt(list, day * DAY_MS); i < list.length; i++) {
        const e = list[i] as Entry;
        if (e.startMs >= dayEnd) break;
        const startDate = e.start.slice(0, 10);
        const endDate = e.end.slice(0, 10);
        const leg = e.kind === 'travel';
        if (arrival && (leg ? endDate : startDate) < arrival) out.push(finding(person, e, 'before', arrival));
        if (departure && (leg ? startDate : endDate) > departure) out.push(finding(person, e, 'after', departure));
      }
    }
  },
};

function finding(person: PersonState, e: Entry, side: 'before' | 'after', date: string): Finding {
  const day = e.start.slice(0, 10);
  return {
    ruleId: 'outside-arrival-departure',
    key: findingKey('outside-arrival-departure', day, [e.id], `${side}-${date}`),
    day,
    activityIds: [e.id],
    personIds: [person.id],
    groupIds: [],
    personScoped: true,
    sig: `${e.rev},${person.rev}`,
    render: (who) => {
      const one = who.people.length === 1;
      const verb = side === 'before' ? (one ? 'arrives' : 'arrive') : one ? 'leaves' : 'leave';
      const order = side === 'before' ? 'after' : 'before';
      return `${listNames(who.people)} ${verb} on ${formatDate(date)}, ${order} ${quote(e.title)} (${formatRange(e.start, e.end)}).`;
    },
  };
}
