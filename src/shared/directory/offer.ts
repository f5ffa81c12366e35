/**
 * What the directory has to offer an open program, as one undoable command: venues and hosts whose
 * directory entry changed since the program copied it (a venue's new directions, a host's new
 * phone), and copies not yet linked to the entry that is the same place or host. The planner sees
 * the list and accepts it or not; nothing changes in a program unasked.
 */
import type { Command } from '../commands/types';
import type { Program, ProgramHost, Venue } from '../program/schema';
import { changedFields, cityLookup, HOST_FIELDS, hostKey, placeOf, VENUE_FIELDS, venueKey } from './entries';
import type { Directory, DirectoryHost, DirectoryVenue } from './schema';

export interface OfferItem {
  collection: 'venues' | 'hosts';
  /** The program's venue or host id. */
  id: string;
  name: string;
  directoryId: string;
  /** update: the linked entry changed; link: a copy the directory knows by name and place. */
  kind: 'update' | 'link';
  /** The fields the directory would change ("directions", "contacts"). */
  fields: string[];
}

export interface DirectoryOffer {
  items: OfferItem[];
  /** One batch that makes the program's copies what the directory says; null when there is nothing. */
  command: Command | null;
}

/** The updates and links the directory offers a program (its places and hosts are all it reads). */
export function directoryOffer(program: Pick<Program, 'cities' | 'venues' | 'hosts'>, directory: Directory): DirectoryOffer {
  const items: OfferItem[] = [];
  const commands: Command[] = [];
  const city = cityLookup(program);
  const venuesById = new Map(directory.venues.map((v) => [v.id, v]));
  const venuesByKey = new Map(directory.venues.map((v) => [venueKey(v, v.place), v]));
  const hostsById = new Map(directory.hosts.map((h) => [h.id, h]));
  const hostsByKey = new Map(directory.hosts.map((h) => [hostKey(h, h.place), h]));
  const linkedVenues = new Set(program.venues.flatMap((v) => (v.directoryId ? [v.directoryId] : [])));
  const linkedHosts = new Set(program.hosts.flatMap((h) => (h.directoryId ? [h.directoryId] : [])));

  for (const venue of program.venues) {
    const where = city(venue.cityId);
    if (!where) continue;
    let entry: DirectoryVenue | undefined;
    let kind: OfferItem['kind'];
    if (venue.directoryId !== null) {
      entry = venuesById.get(venue.directoryId);
      kind = 'update';
    } else {
      entry = venuesByKey.get(venueKey(venue, placeOf(where)));
      // One directory entry links to one copy per program.
      if (entry && linkedVenues.has(entry.id)) entry = undefined;
      kind = 'link';
    }
    // An entry moved to another city cannot update a copy whose activities are written in this one's zone.
    if (!entry || venueKey(entry, entry.place) !== venueKey({ ...entry }, placeOf(where))) continue;
    const fields = changedFields(venue, entry, VENUE_FIELDS);
    if (kind === 'update' && fields.length === 0) continue;
    if (kind === 'link') linkedVenues.add(entry.id);
    const next: Venue = { ...venue, directoryId: entry.id };
    for (const f of fields) (next as Record<string, unknown>)[f] = entry[f];
    items.push({ collection: 'venues', id: venue.id, name: venue.name, directoryId: entry.id, kind, fields });
    commands.push({ type: 'entity/update', collection: 'venues', entity: next });
  }

  for (const host of program.hosts) {
    const where = city(host.cityId);
    let entry: DirectoryHost | undefined;
    let kind: OfferItem['kind'];
    if (host.directoryId !== null) {
      entry = hostsById.get(host.directoryId);
      kind = 'update';
    } else {
      entry = hostsByKey.get(hostKey(host, where ? placeOf(where) : null));
      if (entry && linkedHosts.has(entry.id)) entry = undefined;
      kind = 'link';
    }
    if (!entry) continue;
    const fields = changedFields(host, entry, HOST_FIELDS);
    if (kind === 'update' && fields.length === 0) continue;
    if (kind === 'link') linkedHosts.add(entry.id);
    const next: ProgramHost = { ...host, directoryId: entry.id };
    for (const f of fields) (next as Record<string, unknown>)[f] = entry[f];
    items.push({ collection: 'hosts', id: host.id, name: host.name, directoryId: entry.id, kind, fields });
    commands.push({ type: 'entity/update', collection: 'hosts', entity: next });
  }

  const command: Command | null =
    commands.length === 0 ? null : commands.length === 1 ? (commands[0] as Command) : { type: 'batch', label: `Update ${commands.length} places and hosts from the directory`, commands };
  return { items, command };
}
