/**
 * What the rules need to know about one scheduled activity that takes time (not declined or
 * cancelled), derived once per
 * activity object: exact instants (from the strings' own offsets, no zone rules), day numbers, and
 * where it starts and ends. A new Entry is made only when the activity object changes, so timelines
 * share entries and `rev` tells a rule's cached result that something about the activity changed.
 */
import type { Activity, Program, TravelActivity } from '../program/schema';
import { isCalledOff } from '../program/status';
import { epochMs, type ZonedString } from '../time';
import { DAY_MS, dayNumber } from './format';

export type EntryKind = 'place' | 'travel' | 'hotel';

export interface Entry {
  readonly activity: Activity;
  readonly id: string;
  readonly title: string;
  /** Unique per Entry object; goes into findings' signatures. */
  readonly rev: number;
  readonly kind: EntryKind;
  readonly start: ZonedString;
  readonly end: ZonedString;
  readonly startMs: number;
  readonly endMs: number;
  /** UTC day number of the start instant (bucket for start-anchored findings). */
  readonly startDay: number;
  readonly endDay: number;
  /** Day number of the local (wall) start date at the activity's place. */
  readonly localStartDay: number;
  readonly startCityId: string | null;
  readonly endCityId: string | null;
  readonly startVenueId: string | null;
  readonly endVenueId: string | null;
  readonly mode: TravelActivity['mode'] | null;
  /** Whether it occupies its attendees. Free time ("afternoon at leisure") is the absence of a booking. */
  readonly busy: boolean;
}

let nextRev = 1;

/** Venue ids to city ids; what an entry needs from the rest of the program. */
export type VenueCity = ReadonlyMap<string, string>;

/** Builds the venue -> city lookup. */
export function venueCities(program: Program): VenueCity {
  return new Map(program.venues.map((v) => [v.id, v.cityId]));
}

/** The entry of an activity that occupies time, or null for unscheduled, declined and cancelled ones. */
export function makeEntry(activity: Activity, venueCity: VenueCity): Entry | null {
  if (activity.timing.kind !== 'scheduled' || isCalledOff(activity.status)) return null;
  const { start, end } = activity.timing;
  const startMs = epochMs(start);
  const endMs = Math.max(epochMs(end), startMs);
  let kind: EntryKind;
  let startVenueId: string | null;
  let endVenueId: string | null;
  let startCityId: string | null;
  let endCityId: string | null;
  let mode: Entry['mode'] = null;
  switch (activity.type) {
    case 'travel':
      kind = 'travel';
      mode = activity.mode;
      startVenueId = activity.originVenueId;
      endVenueId = activity.destinationVenueId;
      startCityId = venueCity.get(startVenueId) ?? null;
      endCityId = venueCity.get(endVenueId) ?? null;
      break;
    case 'hotel-stay':
      kind = 'hotel';
      startVenueId = endVenueId = activity.hotelVenueId;
      startCityId = endCityId = venueCity.get(activity.hotelVenueId) ?? null;
      break;
    default:
      kind = 'place';
      startVenueId = endVenueId = activity.venueId;
      startCityId = endCityId = activity.cityId;
  }
  return {
    activity,
    id: activity.id,
    title: activity.title,
    rev: nextRev++,
    kind,
    start,
    end,
    startMs,
    endMs,
    startDay: Math.floor(startMs / DAY_MS),
    endDay: Math.floor(endMs / DAY_MS),
    localStartDay: dayNumber(start.slice(0, 10)),
    startCityId,
    endCityId,
    startVenueId,
    endVenueId,
    mode,
    busy: activity.type !== 'free-time',
  };
}

/** Timeline order: by start instant, then id, so equal starts sort the same way every time. */
export function compareEntries(a: Entry, b: Entry): number {
  return a.startMs - b.startMs || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}
