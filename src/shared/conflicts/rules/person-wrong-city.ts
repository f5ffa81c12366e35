/**
 * person-wrong-city (error): an activity in a city where an attendee is not at that time (see
 * location.ts for where a person is). Cities in one metro area (venue centroids within
 * `sameAreaKm`, e.g. Tampa and St. Petersburg) count as the same place; travel-time checks the
 * drive. Applies to place activities (at their start) and to travel legs (their origin must be
 * where the previous leg arrived). Hotel stays are sources of location, never subjects.
 */
import { findingKey } from '../findings';
import { DAY_MS, formatRange, formatWhen, listNames, quote } from '../format';
import type { Entry } from '../entry';
import type { Places } from '../geo';
import { firstStartingAt } from '../timeline';
import { whereabouts, type Whereabouts } from './location';
import type { PersonDayRule } from './rule';

export const personWrongCity: PersonDayRule = {
  id: 'person-wrong-city',
  severity: 'error',
  title: 'An activity is in a city where an attendee is not',
  scope: 'person-day',
  check(ctx, person, day, out) {
    const items = person.tl.items;
    const dayEnd = (day + 1) * DAY_MS;
    for (let i = firstStartingAt(items, day * DAY_MS); i < items.length; i++) {
      const x = items[i] as Entry;
      if (x.startMs >= dayEnd) break;
      const city = x.startCityId;
      if (!city) continue;
      const where = whereabouts(person.tl, x.startMs, x.kind === 'travel', x);
      if (!where || ctx.places.sameArea(where.cityId, city)) continue;
      const date = x.start.slice(0, 10);
      out.push({
        ruleId: 'person-wrong-city',
        key: findingKey('person-wrong-city', date, [x.id, where.source.id]),
        day: date,
        activityIds: [x.id, where.source.id],
        personIds: [person.id],
        groupIds: [],
        personScoped: true,
        sig: `${x.rev},${where.source.rev},${person.rev}`,
        render: (who) => message(ctx.places, who.people, x, city, where),
      });
    }
  },
};

function message(places: Places, people: readonly string[], x: Entry, city: string, where: Whereabouts): string {
  const s = where.source;
  const since =
    s.kind === 'travel'
      ? `${quote(s.title)} arrived there ${formatWhen(s.end)}`
      : `checked into ${quote(s.title)} ${formatWhen(s.start)}`;
  const what =
    x.kind === 'travel'
      ? `${quote(x.title)} leaves from ${places.cityName(city)} (${formatWhen(x.start)})`
      : `${quote(x.title)} (${formatRange(x.start, x.end)}) is in ${places.cityName(city)}`;
  const verb = people.length === 1 ? 'is' : 'are';
  return `${listNames(people)} ${verb} in ${places.cityName(where.cityId)} (${since}), but ${what}.`;
}
