/**
 * How long before a departure a traveler must be at the airport or station. The program sets one
 * buffer per kind of departure (settings.departureBuffers): an international flight (its origin and
 * destination cities are in different countries) needs about three hours, a domestic one less, a
 * train the least. The travel-time rule and the itineraries read the same answer from here.
 */
import type { City, ProgramSettings, TravelActivity, Venue } from './schema';

export type DepartureKind = 'international' | 'domestic' | 'train';

export const DEPARTURE_KIND_LABELS: Readonly<Record<DepartureKind, string>> = {
  international: 'international flight',
  domestic: 'domestic flight',
  train: 'train',
};

/** What classifying a leg needs: where each venue is. */
export interface DepartureLookups {
  venue(id: string): Pick<Venue, 'cityId'> | undefined;
  city(id: string): Pick<City, 'country'> | undefined;
}

/** Lookups over a program's venues and cities, built once. */
export function departureLookups(program: { venues: readonly Venue[]; cities: readonly City[] }): DepartureLookups {
  const venues = new Map(program.venues.map((v) => [v.id, v]));
  const cities = new Map(program.cities.map((c) => [c.id, c]));
  return { venue: (id) => venues.get(id), city: (id) => cities.get(id) };
}

function countryOf(lookups: DepartureLookups, venueId: string): string {
  const venue = lookups.venue(venueId);
  const city = venue ? lookups.city(venue.cityId) : undefined;
  return (city?.country ?? '').trim().toLowerCase();
}

/**
 * The kind of a departure, or null for ground transport (a coach leaves from the hotel door). A
 * flight is international when both ends' countries are known and differ, domestic otherwise.
 */
export function departureKind(lookups: DepartureLookups, leg: Pick<TravelActivity, 'mode' | 'originVenueId' | 'destinationVenueId'>): DepartureKind | null {
  if (leg.mode === 'ground') return null;
  if (leg.mode === 'train') return 'train';
  const from = countryOf(lookups, leg.originVenueId);
  const to = countryOf(lookups, leg.destinationVenueId);
  return from !== '' && to !== '' && from !== to ? 'international' : 'domestic';
}

/** Minutes at the airport or station before this kind of departure. */
export function departureBufferMinutes(settings: Pick<ProgramSettings, 'departureBuffers'>, kind: DepartureKind): number {
  const b = settings.departureBuffers;
  return kind === 'international' ? b.internationalMinutes : kind === 'domestic' ? b.domesticMinutes : b.trainMinutes;
}
