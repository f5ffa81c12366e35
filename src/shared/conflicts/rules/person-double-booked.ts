/**
 * person-double-booked (error): a participant or staff member attends two overlapping activities
 * (scheduled, not cancelled, not free time; through "everyone", a group, or by name: an individual
 * appointment during the group's "afternoon at leisure" is fine). Hotel stays conflict only
 * with hotel stays. A pair that the person's own group attends as a group is reported once as
 * group-double-booked instead, so this rule names only the people that report does not cover.
 */
import { groupAttends, type PersonState } from '../context';
import type { Entry } from '../entry';
import { findingKey } from '../findings';
import { formatRange, listNames, quote } from '../format';
import { overlapsOnDay } from './overlap';
import type { PersonDayRule } from './rule';

export const personDoubleBooked: PersonDayRule = {
  id: 'person-double-booked',
  severity: 'error',
  title: 'A person is in two activities at once',
  scope: 'person-day',
  check(ctx, person, day, out) {
    overlapsOnDay(person.tl, day, (a, b) => {
      if (coveredByGroup(person, a, b)) return;
      out.push({
        ruleId: 'person-double-booked',
        key: findingKey('person-double-booked', b.start.slice(0, 10), [a.id, b.id]),
        day: b.start.slice(0, 10),
        activityIds: [a.id, b.id],
        personIds: [person.id],
        groupIds: [],
        personScoped: true,
        sig: `${a.rev},${b.rev},${person.rev}`,
        render: (who) => `${listNames(who.people)} ${who.people.length === 1 ? 'is' : 'are'} ${bookedInBoth(a, b)}.`,
      });
    });
  },
};

/** "booked into both “A” (…) and “B” (…)", or the hotel wording for two stays. */
export function bookedInBoth(a: Entry, b: Entry): string {
  const what = a.kind === 'hotel' ? 'booked into two hotels at once' : 'booked into both';
  return `${what} ${quote(a.title)} (${formatRange(a.start, a.end)}) and ${quote(b.title)} (${formatRange(b.start, b.end)})`;
}

function coveredByGroup(person: PersonState, a: Entry, b: Entry): boolean {
  for (const g of person.groups) if (groupAttends(a, g) && groupAttends(b, g)) return true;
  return false;
}
