/**
 * Where a group is, day by day: the cities its activities, flights and hotel nights put it in, in
 * the order it is in them. The program overview shows this for every group ("Washington → Phoenix"
 * on a travel day), so a planner sees the shape of three weeks across cities at a glance.
 *
 * Only activities the group attends as a group count (its own and everyone's): one member's
 * individual meeting does not move the group. Days are local dates at the place, as travelers
 * live them.
 */
import { epochMs, localDate } from '../time';
import type { Activity, Program } from './schema';
import { isCalledOff } from './status';

/** Cities in the order the group is in them that day (consecutive repeats folded). */
export type DayCities = ReadonlyMap<string, readonly string[]>;

interface Stop {
  date: string;
  /** Instant, for the order within a day. */
  at: number;
  cityId: string;
}

type Lookups = Pick<Program, 'activities' | 'venues'>;

/** The days and cities of one group, for the dates in [firstDate, lastDate]. */
export function groupWhereabouts(program: Lookups, groupId: string, firstDate: string, lastDate: string): DayCities {
  const venueCity = new Map(program.venues.map((v) => [v.id, v.cityId]));
  const stops: Stop[] = [];
  for (const activity of program.activities) {
    if (isCalledOff(activity.status) || !(activity.attendees.everyone || activity.attendees.groupIds.includes(groupId))) continue;
    stopsOf(activity, venueCity, stops);
  }
  stops.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.at - b.at));
  const days = new Map<string, string[]>();
  for (const stop of stops) {
    if (stop.date < firstDate || stop.date > lastDate) continue;
    const cities = days.get(stop.date);
    if (!cities) days.set(stop.date, [stop.cityId]);
    else if (cities.at(-1) !== stop.cityId) cities.push(stop.cityId);
  }
  return days;
}

function stopsOf(activity: Activity, venueCity: ReadonlyMap<string, string>, out: Stop[]): void {
  if (activity.timing.kind !== 'scheduled') return;
  const { start, end } = activity.timing;
  const push = (at: string, cityId: string | undefined) => {
    if (cityId) out.push({ date: localDate(at), at: epochMs(at), cityId });
  };
  switch (activity.type) {
    case 'travel':
      push(start, venueCity.get(activity.originVenueId));
      push(end, venueCity.get(activity.destinationVenueId));
      return;
    case 'hotel-stay': {
      // The group wakes up in the hotel's city every morning of the stay through check-out.
      const cityId = venueCity.get(activity.hotelVenueId);
      if (!cityId) return;
      push(start, cityId);
      // Check-in's instant, earlier than anything on the later days, puts the hotel's city first.
      const checkIn = epochMs(start);
      const last = localDate(end);
      for (let date = nextDate(localDate(start)); date <= last; date = nextDate(date)) out.push({ date, at: checkIn, cityId });
      return;
    }
    default:
      push(start, activity.cityId);
  }
}

function nextDate(date: string): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
}
