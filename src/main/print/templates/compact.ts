/**
 * What the compact itinerary says once instead of on every entry (pure, from an Itinerary): the
 * venues in a directory (each address and its directions once, hotels in their own table), the
 * hosts and their contacts once, notes that several activities share under a letter, and the dress
 * code most activities ask for, so the details list only the exceptions.
 */
import type { DayEntry, HostInfo, Itinerary, PlaceInfo } from '../../../shared/itinerary/types';

export interface VenueRef {
  place: PlaceInfo;
}

export interface HostRef {
  host: HostInfo;
  /** Titles of the activities it hosts, in order (two or more: others are named on their activity). */
  titles: string[];
}

/** Identity of a host contact (organization, person, phone, e-mail). */
export { hostKey };

export interface Compact {
  /** Venues of activities and transfers, in order of first use; hotels and airports are not here. */
  venues: VenueRef[];
  hosts: HostRef[];
  /** Note text -> its letter (A, B, ...), for notes two or more entries share. */
  noteLetters: Map<string, string>;
  /** The dress code most activities ask for ('' when none does). */
  dress: string;
}

/** Identity of a place for the directory: same name and address is the same venue. */
export function placeKey(p: PlaceInfo): string {
  return `${p.name}\u0000${p.address}`;
}

function hostKey(h: HostInfo): string {
  return [h.organization, h.contactName, h.phone, h.email].join('\u0000');
}

function mostCommon<T>(values: readonly T[], fallback: T): T {
  const counts = new Map<T, number>();
  let best = fallback;
  let bestCount = 0;
  for (const v of values) {
    const n = (counts.get(v) ?? 0) + 1;
    counts.set(v, n);
    if (n > bestCount) {
      best = v;
      bestCount = n;
    }
  }
  return best;
}

function letter(i: number): string {
  return i < 26 ? String.fromCharCode(65 + i) : `${String.fromCharCode(65 + Math.floor(i / 26) - 1)}${String.fromCharCode(65 + (i % 26))}`;
}

/** The places an entry takes the traveler to (not hotels, not airports: those have their own tables). */
function venuesOf(e: DayEntry, hotels: ReadonlySet<string>): PlaceInfo[] {
  if (e.kind === 'activity') return e.place && !hotels.has(placeKey(e.place)) ? [e.place] : [];
  if (e.kind === 'travel' && e.mode === 'ground') return [e.from, e.to].filter((p) => p.code === '' && !hotels.has(placeKey(p)));
  return [];
}

/** The once-only parts of a compact itinerary. */
export function compactParts(it: Itinerary): Compact {
  const hotels = new Set(it.hotels.map((h) => placeKey(h.hotel)));
  const venues = new Map<string, VenueRef>();
  const hosts = new Map<string, HostRef>();
  const noteCounts = new Map<string, number>();
  const dress: string[] = [];
  for (const day of it.days) {
    for (const e of day.entries) {
      for (const p of venuesOf(e, hotels)) {
        const key = placeKey(p);
        if (!venues.has(key)) venues.set(key, { place: p });
      }
      if (e.kind === 'check-out') continue;
      const note = e.notes.trim();
      if (note) noteCounts.set(note, (noteCounts.get(note) ?? 0) + 1);
      if (e.kind !== 'activity') continue;
      if (e.host && (e.host.organization || e.host.contactName)) {
        const key = hostKey(e.host);
        const ref = hosts.get(key) ?? { host: e.host, titles: [] };
        if (!ref.titles.includes(e.title)) ref.titles.push(e.title);
        hosts.set(key, ref);
      }
      if (e.dressCode.trim()) dress.push(e.dressCode.trim());
    }
  }
  // A contact who hosts one activity is named on that activity's details; only those hosting
  // several go in the directory, so no contact is printed twice.
  for (const [key, ref] of hosts) if (ref.titles.length < 2) hosts.delete(key);
  const noteLetters = new Map<string, string>();
  for (const [note, count] of noteCounts) if (count > 1) noteLetters.set(note, letter(noteLetters.size));
  return { venues: [...venues.values()], hosts: [...hosts.values()], noteLetters, dress: mostCommon(dress, '') };
}
