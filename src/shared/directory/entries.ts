/**
 * Between a program's copies and the directory's entries: how one becomes the other, and when two
 * are the same place or host (the match keys an import and a link use).
 */
import { fold, slug } from '../fold';
import type { City, Program, ProgramHost, Venue } from '../program/schema';
import type { DirectoryHost, DirectoryPlace, DirectoryVenue } from './schema';

/** The directory's place for a program city. */
export function placeOf(city: City): DirectoryPlace {
  return { city: city.name, region: city.region, country: city.country, timeZone: city.timeZone };
}

/** Whether a program city is the directory's place (same name, state and country, folded). */
export function isPlace(city: City, place: DirectoryPlace): boolean {
  return fold(city.name) === fold(place.city) && fold(city.region) === fold(place.region) && fold(city.country) === fold(place.country);
}

function placeKey(place: DirectoryPlace | null): string {
  return place ? `${fold(place.city)}|${fold(place.region)}|${fold(place.country)}` : '';
}

/**
 * Two venues are the same when they are of one kind and either share an airport or station code,
 * or have the same name in the same city. Addresses are written too many ways to compare.
 */
export function venueKey(venue: Pick<DirectoryVenue, 'kind' | 'name' | 'code'>, place: DirectoryPlace): string {
  const code = venue.code.trim().toUpperCase();
  return (venue.kind === 'airport' || venue.kind === 'station') && code ? `${venue.kind}|${code}` : `${venue.kind}|${fold(venue.name)}|${placeKey(place)}`;
}

/** Two hosts are the same when they have one kind and name in one city. */
export function hostKey(host: Pick<DirectoryHost, 'kind' | 'name'>, place: DirectoryPlace | null): string {
  return `${host.kind}|${fold(host.name)}|${placeKey(place)}`;
}

/** A program venue as a directory entry (with `id`). */
export function directoryVenueOf(venue: Venue, city: City, id: string): DirectoryVenue {
  const { name, kind, code, address, directions, security, accessibility, phone, coordinates } = venue;
  return { id, kind, name, code, place: placeOf(city), address, directions, security, accessibility, phone, coordinates };
}

/** A program host as a directory entry (with `id`). */
export function directoryHostOf(host: ProgramHost, city: City | undefined, id: string): DirectoryHost {
  const { kind, name, address, contacts, languages, notes } = host;
  return { id, kind, name, place: city ? placeOf(city) : null, address, contacts, languages, notes };
}

/** The fields a directory entry decides for a program's venue copy (never its id or city). */
export const VENUE_FIELDS = ['name', 'code', 'address', 'directions', 'security', 'accessibility', 'phone', 'coordinates'] as const;
/** The fields a directory entry decides for a program's host copy. */
export const HOST_FIELDS = ['name', 'address', 'contacts', 'languages', 'notes'] as const;

export type VenueField = (typeof VENUE_FIELDS)[number];
export type HostField = (typeof HOST_FIELDS)[number];

/** The fields of a copy that differ from its entry. */
export function changedFields<F extends string>(copy: Readonly<Record<F, unknown>>, entry: Readonly<Record<F, unknown>>, fields: readonly F[]): F[] {
  return fields.filter((f) => JSON.stringify(copy[f]) !== JSON.stringify(entry[f]));
}

/** An id not yet in `taken`: `prefix-slug`, cut to 64 characters, numbered when needed. */
export function freshId(prefix: string, words: string, taken: ReadonlySet<string>): string {
  const base = `${prefix}-${slug(words) || 'entry'}`.slice(0, 60).replace(/-+$/, '');
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) {
    const candidate = `${base}-${n}`;
    if (!taken.has(candidate)) return candidate;
  }
}

/** The city of a program venue or host, by id. */
export function cityLookup(program: Pick<Program, 'cities'>): (id: string | null) => City | undefined {
  const cities = new Map(program.cities.map((c) => [c.id, c]));
  return (id) => (id === null ? undefined : cities.get(id));
}
