/**
 * missing-hotel-night (warning): a night inside a person's stay with no hotel. The night of D runs
 * from local date D to D+1 at the person's location, so a stay covers the nights from its local
 * check-in date up to (not including) its local check-out date, and an overnight travel leg (local
 * start date before local end date) covers the nights it spans. The person's stay runs from the
 * date their presence starts (presence.ts: the local arrival date of the leg that brings them, or
 * their roster arrival date; when open, the local arrival date of their first travel leg) to the
 * date it ends (likewise), clipped to the program's dates;
 * the nights checked are arrival .. departure-1. Someone with neither dates nor legs (local staff)
 * is not checked. Staff are based where their last travel leg takes them (home after the program):
 * a night they spend in that city's area (where they are at 06:00 UTC the next day, per
 * location.ts), or before anything places them anywhere, needs no hotel. Participants are
 * visitors and always need one.
 */
import type { PersonState } from '../context';
import type { Entry } from '../entry';
import { findingKey } from '../findings';
import { DAY_MS, dateOfDay, dayNumber, formatDate, listNames } from '../format';
import { whereabouts } from './location';
import type { PersonRule } from './rule';

const NIGHT_PROBE_MS = 6 * 3_600_000; // 06:00 UTC: 02:00 Eastern, 23:00 Pacific the night before

export const missingHotelNight: PersonRule = {
  id: 'missing-hotel-night',
  severity: 'warning',
  title: 'A night without a hotel',
  scope: 'person',
  check(ctx, person, out) {
    const span = stay(person);
    if (!span) return;
    const first = Math.max(dayNumber(span.arrival), dayNumber(ctx.program.startDate));
    const last = Math.min(dayNumber(span.departure), dayNumber(ctx.program.endDate)); // exclusive
    if (last <= first) return;
    const covered = new Set<number>();
    const cover = (e: Entry) => {
      const to = dayNumber(e.end.slice(0, 10));
      for (let d = e.localStartDay; d < to; d++) covered.add(d);
    };
    for (const e of person.tl.hotels) cover(e);
    for (const e of person.tl.arrivals) cover(e);
    const home = 'role' in person.person ? lastLeg(person)?.endCityId : null;
    for (let d = first; d < last; d++) {
      if (covered.has(d)) continue;
      if (home) {
        const where = whereabouts(person.tl, (d + 1) * DAY_MS + NIGHT_PROBE_MS, false);
        if (!where || ctx.places.sameArea(where.cityId, home)) continue;
      }
      const night = dateOfDay(d);
      const next = dateOfDay(d + 1);
      out.push({
        ruleId: 'missing-hotel-night',
        key: findingKey('missing-hotel-night', night, []),
        day: night,
        activityIds: [],
        personIds: [person.id],
        groupIds: [],
        personScoped: true,
        sig: String(person.rev),
        render: (who) => `No hotel for ${listNames(who.people, 5)} on the night of ${formatDate(night)} to ${formatDate(next)}.`,
      });
    }
  },
};

/**
 * The dates the person needs a bed for: their presence (presence.ts) where it is bounded; an open
 * end falls back to their first leg's arrival or last leg's departure date (any leg, a group's too).
 */
function stay(person: PersonState): { arrival: string; departure: string } | null {
  const { from, until } = person.presence;
  const legs = person.tl.arrivals;
  const arrival = from ? from.date : legs[0] ? legs[0].end.slice(0, 10) : null;
  const last = lastLeg(person);
  const departure = until ? until.date : last ? last.start.slice(0, 10) : null;
  return arrival && departure ? { arrival, departure } : null;
}

function lastLeg(person: PersonState): Entry | undefined {
  let last: Entry | undefined;
  for (const leg of person.tl.arrivals) if (!last || leg.startMs > last.startMs) last = leg;
  return last;
}
