/**
 * travel-time (warning): not enough time between two consecutive items of a person's timeline
 * (places and travel legs, by start; the item right before in start order; overlapping pairs are
 * left to the double-booking rules). N's departure buffer is the program's time at the airport or
 * station before its kind of departure (settings.departureBuffers: international flight, domestic
 * flight, train; see program/departures.ts), or `flightCheckInMinutes` when a check sets one.
 * The time needed, P then N:
 * - P is a flight and N a flight from the same airport: `flightConnectionMinutes`;
 * - P is a flight and N a ground/train leg from that airport (the transfer): `flightDeplaneMinutes`;
 * - P is a flight, otherwise: the larger of `flightArrivalBufferMinutes` and
 *   deplaning + the drive from the airport to N's venue (when both have coordinates)
 *   (+ N's departure buffer when N is a flight or train from elsewhere);
 * - N is a flight or train (P is not a flight): the drive from P's venue to the airport or station
 *   (when known) + N's departure buffer;
 * - otherwise: the drive between the two venues when both are known and differ.
 * A drive is the planner's minutes for the venue pair if set, else haversine km at `groundSpeedKmh`
 * + `groundFixedMinutes`. A drive that cannot be estimated (no venue, no coordinates) is not flagged.
 */
import { DEPARTURE_KIND_LABELS } from '../../program/departures';
import type { CheckContext } from '../context';
import type { Entry } from '../entry';
import { findingKey } from '../findings';
import { DAY_MS, formatMinutes, formatTime, formatWhen, listNames, quote } from '../format';
import type { GroundEstimate, Places } from '../geo';
import { firstStartingAt } from '../timeline';
import type { ConflictSettings } from '../types';
import type { PersonDayRule } from './rule';

export const travelTime: PersonDayRule = {
  id: 'travel-time',
  severity: 'warning',
  title: 'Not enough time to get to the next activity',
  scope: 'person-day',
  check(ctx, person, day, out) {
    const items = person.tl.items;
    const dayEnd = (day + 1) * DAY_MS;
    for (let i = Math.max(1, firstStartingAt(items, day * DAY_MS)); i < items.length; i++) {
      const n = items[i] as Entry;
      if (n.startMs >= dayEnd) break;
      const p = items[i - 1] as Entry;
      if (p.endMs > n.startMs) continue;
      const need = required(ctx, p, n);
      if (!need) continue;
      const gap = (n.startMs - p.endMs) / 60_000;
      if (gap >= need.minutes) continue;
      const date = n.start.slice(0, 10);
      out.push({
        ruleId: 'travel-time',
        key: findingKey('travel-time', date, [p.id, n.id]),
        day: date,
        activityIds: [p.id, n.id],
        personIds: [person.id],
        groupIds: [],
        personScoped: true,
        sig: `${p.rev},${n.rev},${person.rev}`,
        render: (who) =>
          `${listNames(who.people)}: ${formatMinutes(gap)} from ${quote(p.title)} (ends ${formatWhen(p.end)}${at(ctx.places, p.endVenueId)}) ` +
          `to ${quote(n.title)} (starts ${formatTime(n.start)}${at(ctx.places, n.startVenueId)}); about ${formatMinutes(need.minutes)} needed (${need.why()}).`,
      });
    }
  },
};

interface Need {
  minutes: number;
  /** Built only for the message: most consecutive pairs are fine and never need it. */
  why: () => string;
}

/** The minutes needed between P's end and N's start, or null when nothing can be said. */
export function required(ctx: Pick<CheckContext, 'places' | 'settings' | 'checkIn'>, p: Entry, n: Entry): Need | null {
  const { places, settings: s } = ctx;
  const pFlight = p.kind === 'travel' && p.mode === 'flight';
  const nFlight = n.kind === 'travel' && n.mode === 'flight';
  const sameAirport = p.endVenueId !== null && p.endVenueId === n.startVenueId;
  if (pFlight && nFlight && sameAirport) return { minutes: s.flightConnectionMinutes, why: () => 'a flight connection' };
  if (pFlight && n.kind === 'travel' && sameAirport) return { minutes: s.flightDeplaneMinutes, why: () => 'deplaning and baggage' };
  // Time at the airport or station before N leaves, when N is a flight or a train.
  const depart = ctx.checkIn(n);
  const departWhy = () => (depart ? `${formatMinutes(depart.minutes)} at the ${n.mode === 'train' ? 'station' : 'airport'} before ${article(DEPARTURE_KIND_LABELS[depart.kind])}` : '');
  if (pFlight) {
    const drive = sameAirport ? null : places.ground(p.endVenueId, n.startVenueId);
    const checkIn = depart?.minutes ?? 0;
    const viaDrive = drive ? s.flightDeplaneMinutes + drive.minutes + checkIn : 0;
    const buffer = s.flightArrivalBufferMinutes + checkIn;
    if (viaDrive > buffer && drive) {
      return { minutes: viaDrive, why: () => `${s.flightDeplaneMinutes} min deplaning and baggage + ${driveWhy(drive, s)}${depart ? ` + ${departWhy()}` : ''}` };
    }
    return { minutes: buffer, why: () => `deplaning, baggage and transfer${depart ? `, then ${departWhy()}` : ''}` };
  }
  if (depart) {
    const drive = places.ground(p.endVenueId, n.startVenueId);
    const minutes = (drive?.minutes ?? 0) + depart.minutes;
    return { minutes, why: () => (drive && drive.minutes > 0 ? `${driveWhy(drive, s)} + ${departWhy()}` : departWhy()) };
  }
  const drive = places.ground(p.endVenueId, n.startVenueId);
  if (!drive || drive.minutes <= 0) return null;
  return { minutes: drive.minutes, why: () => driveWhy(drive, s) };
}

function driveWhy(drive: GroundEstimate, s: ConflictSettings): string {
  if (drive.km === null) return `the planner’s ${formatMinutes(drive.minutes)} for this trip`;
  return `${drive.km.toFixed(1)} km at ${s.groundSpeedKmh} km/h + ${s.groundFixedMinutes} min`;
}

function article(words: string): string {
  return /^[aeiou]/i.test(words) ? `an ${words}` : `a ${words}`;
}

function at(places: Places, venueId: string | null): string {
  return venueId ? ` at ${places.venueName(venueId)}` : '';
}
