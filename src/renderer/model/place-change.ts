/**
 * Moving an activity to another place: a new origin or destination for a journey, another hotel,
 * another city for a meeting. Every time in a program is written in the zone of its place, so a
 * place in another zone means the time must be written again there.
 *
 * The choice: the LOCAL WALL TIME is kept and the instant moves. Times reach a planner as local
 * times (a ticket says "departs 14:05", a partner says "the meeting is at 10:00"), so when the
 * planner corrects the place they mean "14:05 at that airport", not "whatever 14:05 in Washington
 * is over there". Keeping the instant would silently turn 14:05 into 12:05 on the calendar.
 * The other end of a journey is left alone: it is a different place with its own local time.
 */
import type { Activity, HotelStayActivity, PlaceActivity, Program, Timing, TravelActivity } from '../../shared/program/schema';
import { epochMs, parseZoned, zoneOf, zonedFromLocal, type ZonedString } from '../../shared/time';

export type PlaceResult<A extends Activity> = { ok: true; activity: A } | { ok: false; error: string };

/** The time zone of a venue's city, or null when the venue or its city is unknown. */
export function venueZone(program: Program, venueId: string): string | null {
  const venue = program.venues.find((v) => v.id === venueId);
  return (venue && program.cities.find((c) => c.id === venue.cityId)?.timeZone) ?? null;
}

/**
 * The same local wall time in another zone. Throws a RangeError naming the time and zone when
 * that wall time does not exist there (a daylight-saving gap).
 */
export function sameWallTimeIn(value: ZonedString, zone: string): ZonedString {
  if (zoneOf(value) === zone) return value;
  const wall = parseZoned(value).toPlainDateTime().toString({ smallestUnit: 'second' });
  return zonedFromLocal(wall, zone);
}

/** Timing with the chosen ends re-expressed in `zone`; an unscheduled timing has nothing to move. */
function retime(timing: Timing, ends: readonly ('start' | 'end')[], zone: string): { ok: true; timing: Timing } | { ok: false; error: string } {
  if (timing.kind !== 'scheduled') return { ok: true, timing };
  const next = { ...timing };
  for (const which of ends) {
    try {
      next[which] = sameWallTimeIn(timing[which], zone);
    } catch {
      const wall = timing[which].slice(0, 16).replace('T', ' ');
      return { ok: false, error: `${wall} does not exist in ${zone} (daylight saving time skips it)` };
    }
  }
  return { ok: true, timing: next };
}

function ordered(timing: Timing): boolean {
  return timing.kind !== 'scheduled' || epochMs(timing.end) > epochMs(timing.start);
}

/** A journey that leaves from another venue; the departure keeps its local time at the new origin. */
export function changeOrigin(activity: TravelActivity, program: Program, venueId: string): PlaceResult<TravelActivity> {
  const zone = venueZone(program, venueId);
  if (!zone) return { ok: false, error: 'Choose a venue from the list' };
  const moved = retime(activity.timing, ['start'], zone);
  if (!moved.ok) return moved;
  if (!ordered(moved.timing)) return { ok: false, error: 'At the same local time there, the departure would be after the arrival: change the arrival first' };
  return { ok: true, activity: { ...activity, originVenueId: venueId, timing: moved.timing } };
}

/** A journey that arrives at another venue; the arrival keeps its local time at the new destination. */
export function changeDestination(activity: TravelActivity, program: Program, venueId: string): PlaceResult<TravelActivity> {
  const zone = venueZone(program, venueId);
  if (!zone) return { ok: false, error: 'Choose a venue from the list' };
  const moved = retime(activity.timing, ['end'], zone);
  if (!moved.ok) return moved;
  if (!ordered(moved.timing)) return { ok: false, error: 'At the same local time there, the arrival would be before the departure: change the departure first' };
  return { ok: true, activity: { ...activity, destinationVenueId: venueId, timing: moved.timing } };
}

/** A stay at another hotel: check-in and check-out keep their local times in the new hotel's zone. */
export function changeHotel(activity: HotelStayActivity, program: Program, venueId: string): PlaceResult<HotelStayActivity> {
  const venue = program.venues.find((v) => v.id === venueId);
  if (!venue || venue.kind !== 'hotel') return { ok: false, error: 'Choose a hotel from the list' };
  const zone = venueZone(program, venueId);
  if (!zone) return { ok: false, error: 'The hotel’s city is unknown' };
  const moved = retime(activity.timing, ['start', 'end'], zone);
  if (!moved.ok) return moved;
  if (!ordered(moved.timing)) return { ok: false, error: 'In the new zone the check-out would not be after the check-in' };
  return { ok: true, activity: { ...activity, hotelVenueId: venueId, timing: moved.timing } };
}

/**
 * A place activity in another city: its times keep their local wall times in the new city's zone,
 * and a venue in the old city is cleared in the same edit (a venue must lie in the activity's city),
 * so one undo brings both back.
 */
export function changeCity(activity: PlaceActivity, program: Program, cityId: string): PlaceResult<PlaceActivity> {
  const city = program.cities.find((c) => c.id === cityId);
  if (!city) return { ok: false, error: 'Choose a city from the list' };
  const moved = retime(activity.timing, ['start', 'end'], city.timeZone);
  if (!moved.ok) return moved;
  if (!ordered(moved.timing)) return { ok: false, error: `In ${city.name}’s time zone the end would not be after the start` };
  const venue = activity.venueId === null ? undefined : program.venues.find((v) => v.id === activity.venueId);
  const venueId = venue && venue.cityId === cityId ? venue.id : null;
  return { ok: true, activity: { ...activity, cityId, venueId, timing: moved.timing } };
}
