/**
 * Filling the directory from programs the organization already has: every venue, hotel, airport
 * and host of each program that the directory does not hold yet becomes an entry. Entries already
 * there (the same place or host, entries.ts) are left as they are: a planner's edits to the
 * directory win over last year's copies.
 */
import type { Program } from '../program/schema';
import { cityLookup, directoryHostOf, directoryVenueOf, freshId, hostKey, placeOf, venueKey } from './entries';
import type { Directory } from './schema';

export interface ImportResult {
  directory: Directory;
  /** Entries added, by kind. */
  added: { venues: number; hosts: number };
  /** Places and hosts the directory already had. */
  known: { venues: number; hosts: number };
}

/** Adds what the programs hold and the directory does not; pure. */
export function importPrograms(directory: Directory, programs: readonly Program[]): ImportResult {
  const venues = [...directory.venues];
  const hosts = [...directory.hosts];
  const venueKeys = new Set(venues.map((v) => venueKey(v, v.place)));
  const hostKeys = new Set(hosts.map((h) => hostKey(h, h.place)));
  const venueIds = new Set(venues.map((v) => v.id));
  const hostIds = new Set(hosts.map((h) => h.id));
  const added = { venues: 0, hosts: 0 };
  const known = { venues: 0, hosts: 0 };
  for (const program of programs) {
    const city = cityLookup(program);
    for (const venue of program.venues) {
      const where = city(venue.cityId);
      if (!where) continue;
      // A linked copy whose entry is still there is known by its id.
      const key = venueKey(venue, placeOf(where));
      if ((venue.directoryId !== null && venueIds.has(venue.directoryId)) || venueKeys.has(key)) {
        known.venues++;
        continue;
      }
      const id = freshId('dv', `${venue.name} ${where.name}`, venueIds);
      venues.push(directoryVenueOf(venue, where, id));
      venueIds.add(id);
      venueKeys.add(key);
      added.venues++;
    }
    for (const host of program.hosts) {
      const where = city(host.cityId);
      const key = hostKey(host, where ? placeOf(where) : null);
      if ((host.directoryId !== null && hostIds.has(host.directoryId)) || hostKeys.has(key)) {
        known.hosts++;
        continue;
      }
      const id = freshId('dh', `${host.name} ${where?.name ?? ''}`, hostIds);
      hosts.push(directoryHostOf(host, where, id));
      hostIds.add(id);
      hostKeys.add(key);
      added.hosts++;
    }
  }
  return { directory: { ...directory, venues, hosts }, added, known };
}
