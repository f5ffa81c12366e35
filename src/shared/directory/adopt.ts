/**
 * Taking a directory entry into a program: the copy the program keeps (so it opens alone), with
 * the city it needs. Returns the commands that add them; the caller puts them in the same batch as
 * the activity that uses them, so one undo takes all of it back.
 */
import type { Command } from '../commands/types';
import type { City, Program, ProgramHost, Venue } from '../program/schema';
import { freshId, isPlace } from './entries';
import type { DirectoryHost, DirectoryPlace, DirectoryVenue } from './schema';

export interface Adopted {
  /** The program's id for the copy (an existing linked copy's, or a new one). */
  id: string;
  cityId: string | null;
  /** Empty when the program already has a linked copy. */
  commands: Command[];
}

/** The program's city for a directory place: an existing one of that name and state, else a new one. */
function cityFor(program: Program, place: DirectoryPlace, commands: Command[]): string {
  const existing = program.cities.find((c) => isPlace(c, place));
  if (existing) return existing.id;
  const id = freshId('c', place.city, new Set(program.cities.map((c) => c.id))).replace(/^c-/, '');
  const city: City = { id, name: place.city, region: place.region, country: place.country, timeZone: place.timeZone };
  commands.push({ type: 'entity/create', collection: 'cities', entity: city });
  return id;
}

/** The program's copy of a directory venue, adding it (and its city) when the program has none. */
export function adoptVenue(program: Program, entry: DirectoryVenue): Adopted {
  const linked = program.venues.find((v) => v.directoryId === entry.id);
  if (linked) return { id: linked.id, cityId: linked.cityId, commands: [] };
  const commands: Command[] = [];
  const cityId = cityFor(program, entry.place, commands);
  const id = freshId('v', entry.name, new Set(program.venues.map((v) => v.id)));
  const { kind, name, code, address, directions, security, accessibility, phone, coordinates } = entry;
  const venue: Venue = { id, directoryId: entry.id, cityId, kind, name, code, address, directions, security, accessibility, phone, coordinates };
  commands.push({ type: 'entity/create', collection: 'venues', entity: venue });
  return { id, cityId, commands };
}

/** The program's copy of a directory host, adding it (and its city) when the program has none. */
export function adoptHost(program: Program, entry: DirectoryHost): Adopted {
  const linked = program.hosts.find((h) => h.directoryId === entry.id);
  if (linked) return { id: linked.id, cityId: linked.cityId, commands: [] };
  const commands: Command[] = [];
  const cityId = entry.place ? cityFor(program, entry.place, commands) : null;
  const id = freshId('h', entry.name, new Set(program.hosts.map((h) => h.id)));
  const { kind, name, address, contacts, languages, notes } = entry;
  const host: ProgramHost = { id, directoryId: entry.id, kind, name, cityId, address, contacts, languages, notes };
  commands.push({ type: 'entity/create', collection: 'hosts', entity: host });
  return { id, cityId, commands };
}
