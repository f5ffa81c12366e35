/**
 * One activity as a traveler sees it, for issued versions and calendar SEQUENCE. Depends on the
 * program schema only (the itinerary projection imports it for SEQUENCE).
 */
import { fnv1a } from '../hash';
import type { Activity, ActivitySnapshot, Program, TravelerStatus, Venue } from '../program/schema';
import { travelerStatus } from './visibility';

/** Venue and city lookups for snapshots of one program. */
export interface SnapshotLookups {
  venues: ReadonlyMap<string, Venue>;
  cityLabels: ReadonlyMap<string, string>;
}

/** Builds the lookups once per program (a batch snapshots every activity from one). */
export function snapshotLookups(program: Program): SnapshotLookups {
  return {
    venues: new Map(program.venues.map((v) => [v.id, v])),
    cityLabels: new Map(program.cities.map((c) => [c.id, c.region ? `${c.name}, ${c.region}` : c.country ? `${c.name}, ${c.country}` : c.name])),
  };
}

function placeText(lookups: SnapshotLookups, venueId: string | null, fallback: string): string {
  const v = venueId === null ? undefined : lookups.venues.get(venueId);
  if (!v) return fallback;
  return [v.name, v.address].filter((s) => s.trim() !== '').join(', ');
}

function stationText(lookups: SnapshotLookups, venueId: string): string {
  const v = lookups.venues.get(venueId);
  if (!v) return venueId;
  return v.code ? `${v.code} ${v.name}` : v.name;
}

/** The traveler-facing fields of a scheduled activity; null for an unscheduled one (no traveler sees it). */
export function activitySnapshot(lookups: SnapshotLookups, activity: Activity): ActivitySnapshot | null {
  if (activity.timing.kind !== 'scheduled') return null;
  // An activity that is not on for travelers is in someone's itinerary only because they received it
  // before: for them it is cancelled (visibility.ts).
  const status: TravelerStatus = travelerStatus(activity) ?? 'cancelled';
  const base = { id: activity.id, title: activity.title, status, start: activity.timing.start, end: activity.timing.end };
  // Translations count only once there are any, so files issued before they existed keep their hashes.
  const translated = activity.translations.length ? [activity.translations] : [];
  const details = (...values: unknown[]) => fnv1a(JSON.stringify([activity.travelerNotes, ...values, ...translated])).toString(16).padStart(8, '0');
  switch (activity.type) {
    case 'travel':
      return {
        ...base,
        place: '',
        travel: {
          mode: activity.mode,
          carrier: activity.carrier,
          number: activity.number,
          origin: stationText(lookups, activity.originVenueId),
          destination: stationText(lookups, activity.destinationVenueId),
        },
        hotel: null,
        details: details(activity.pickupPoint),
      };
    case 'hotel-stay':
      return { ...base, place: '', travel: null, hotel: placeText(lookups, activity.hotelVenueId, activity.hotelVenueId), details: details() };
    default:
      return {
        ...base,
        place: placeText(lookups, activity.venueId, lookups.cityLabels.get(activity.cityId) ?? activity.cityId),
        travel: null,
        hotel: null,
        details: details(activity.type, activity.host, activity.dressCode, activity.interpretation, activity.mealsProvided),
      };
  }
}

/** A string equal for two snapshots exactly when a traveler would see no difference. */
export function snapshotKey(s: ActivitySnapshot): string {
  const t = s.travel;
  return JSON.stringify([s.title, s.status, s.start, s.end, s.place, t && [t.mode, t.carrier, t.number, t.origin, t.destination], s.hotel, s.details]);
}
