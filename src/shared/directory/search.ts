/**
 * Searching the directory while creating or editing an activity: every word typed must occur in
 * the entry's name, city, address or contacts (accents and case ignored), and entries in the
 * activity's own city come first.
 */
import { fold } from '../fold';
import type { Directory, DirectoryHost, DirectoryVenue } from './schema';

export type DirectoryHit = { kind: 'venue'; entry: DirectoryVenue } | { kind: 'host'; entry: DirectoryHost };

function haystack(hit: DirectoryHit): string {
  const e = hit.entry;
  const place = e.place ? `${e.place.city} ${e.place.region} ${e.place.country}` : '';
  const extra = hit.kind === 'venue' ? `${hit.entry.code} ${hit.entry.kind}` : hit.entry.contacts.map((c) => c.name).join(' ');
  return fold(`${e.name} ${place} ${e.address} ${extra}`);
}

/**
 * Entries matching `query`, best first: those in `city` (a name) first, then by name. `kinds`
 * narrows to venues or hosts; `limit` caps the list a popover shows.
 */
export function searchDirectory(directory: Directory, query: string, options: { kinds?: readonly DirectoryHit['kind'][]; city?: string | null; limit?: number } = {}): DirectoryHit[] {
  const terms = fold(query).split(' ').filter(Boolean);
  const kinds = options.kinds ?? ['venue', 'host'];
  const city = options.city ? fold(options.city) : null;
  const hits: DirectoryHit[] = [
    ...(kinds.includes('venue') ? directory.venues.map((entry): DirectoryHit => ({ kind: 'venue', entry })) : []),
    ...(kinds.includes('host') ? directory.hosts.map((entry): DirectoryHit => ({ kind: 'host', entry })) : []),
  ].filter((hit) => {
    const text = haystack(hit);
    return terms.every((t) => text.includes(t));
  });
  const local = (hit: DirectoryHit) => (city !== null && hit.entry.place && fold(hit.entry.place.city) === city ? 0 : 1);
  hits.sort((a, b) => local(a) - local(b) || a.entry.name.localeCompare(b.entry.name, 'en'));
  return hits.slice(0, options.limit ?? 50);
}
