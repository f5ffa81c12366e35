/**
 * Editing what travelers read about a place (its directions, security screening and accessibility):
 * the program's copy as one undoable command, and the organization directory's entry it is a copy
 * of, when the planner saves the change there too, so that every other program using the place is
 * offered it (docs/directory.md). Pure; each value is checked against both schemas before anything
 * is sent.
 */
import type { Command } from '../../shared/commands/types';
import { directoryVenueSchema, type DirectoryVenue } from '../../shared/directory/schema';
import { venueSchema, type Venue } from '../../shared/program/schema';

export const VENUE_DETAIL_FIELDS = ['directions', 'security', 'accessibility'] as const;
export type VenueDetailField = (typeof VENUE_DETAIL_FIELDS)[number];

export const VENUE_DETAIL_LABELS: Readonly<Record<VenueDetailField, string>> = {
  directions: 'Directions',
  security: 'Security screening',
  accessibility: 'Accessibility',
};

export type VenueEdit = { ok: true; command: Command | null; entry: DirectoryVenue | null } | { ok: false; error: string };

/**
 * The program's venue with `field` set to `raw` (null command when it is unchanged), and the
 * directory entry with the same change when `entry` is given (null when it already says so).
 */
export function venueDetailEdit(venue: Venue, field: VenueDetailField, raw: string, entry: DirectoryVenue | null): VenueEdit {
  const value = raw.replace(/\r\n?/g, '\n');
  const next = venueSchema.safeParse({ ...venue, [field]: value });
  if (!next.success) return { ok: false, error: `${VENUE_DETAIL_LABELS[field]}: ${next.error.issues[0]?.message ?? 'not accepted'}` };
  let nextEntry: DirectoryVenue | null = null;
  if (entry && entry[field] !== value) {
    const parsed = directoryVenueSchema.safeParse({ ...entry, [field]: value });
    if (!parsed.success) return { ok: false, error: `${VENUE_DETAIL_LABELS[field]} (directory): ${parsed.error.issues[0]?.message ?? 'not accepted'}` };
    nextEntry = parsed.data;
  }
  const command: Command | null = venue[field] === value ? null : { type: 'entity/update', collection: 'venues', entity: next.data };
  return { ok: true, command, entry: nextEntry };
}
