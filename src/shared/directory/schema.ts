/**
 * The organization's directory (docs/directory.md): the hosts, venues and hotels it works with,
 * kept in one local JSON file that outlives any single program and that every program draws on. A
 * program keeps its own copy of what it uses (venues[] and hosts[] with a `directoryId`), so a
 * program file still opens and prints without the directory.
 *
 * Entries name their city by name, state and country (and its zone), not by a program's city id:
 * ids are a program's own.
 */
import { z } from 'zod';
import { hostContactSchema, hostKindSchema, timeZoneSchema, venueKindSchema } from '../program/schema';

export const DIRECTORY_VERSION = 1;

const id = z.string().regex(/^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$/, 'ids are 1-64 letters, digits, - or _');
const text = (max: number) => z.string().max(max);

/** Where an entry is, as any program can find or create the city. */
export const directoryPlaceSchema = z.strictObject({
  city: text(300).min(1),
  region: text(300),
  country: text(300),
  timeZone: timeZoneSchema,
});

export const directoryVenueSchema = z.strictObject({
  id,
  kind: venueKindSchema,
  name: text(300).min(1),
  code: text(10),
  place: directoryPlaceSchema,
  address: text(1000),
  directions: text(20_000),
  security: text(2000),
  accessibility: text(2000),
  phone: text(300),
  coordinates: z.strictObject({ lat: z.number().min(-90).max(90), lon: z.number().min(-180).max(180) }).nullable(),
});

export const directoryHostSchema = z.strictObject({
  id,
  kind: hostKindSchema,
  name: text(300).min(1),
  place: directoryPlaceSchema.nullable(),
  address: text(1000),
  contacts: z.array(hostContactSchema).max(50),
  languages: z.array(text(300)),
  notes: text(20_000),
});

export const directorySchema = z.strictObject({
  directoryVersion: z.literal(DIRECTORY_VERSION),
  /** "Meridian International Center": whose directory this is. */
  name: text(300),
  venues: z.array(directoryVenueSchema),
  hosts: z.array(directoryHostSchema),
});

export type DirectoryPlace = z.infer<typeof directoryPlaceSchema>;
export type DirectoryVenue = z.infer<typeof directoryVenueSchema>;
export type DirectoryHost = z.infer<typeof directoryHostSchema>;
export type Directory = z.infer<typeof directorySchema>;

/** An empty directory. */
export function emptyDirectory(name: string): Directory {
  return { directoryVersion: DIRECTORY_VERSION, name, venues: [], hosts: [] };
}

/** The canonical text of a directory file: schema key order, two-space indent, final newline. */
export function serializeDirectory(directory: Directory): string {
  return `${JSON.stringify(directory, null, 2)}\n`;
}

/** Problems a schema-valid directory can still have: ids used twice. */
export function directoryIssues(directory: Directory): { path: (string | number)[]; message: string }[] {
  const issues: { path: (string | number)[]; message: string }[] = [];
  for (const key of ['venues', 'hosts'] as const) {
    const seen = new Set<string>();
    directory[key].forEach((entry, i) => {
      if (seen.has(entry.id)) issues.push({ path: [key, i, 'id'], message: `duplicate id "${entry.id}"` });
      seen.add(entry.id);
    });
  }
  return issues;
}
