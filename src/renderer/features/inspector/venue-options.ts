/**
 * The places a journey, a hotel stay or a meeting can be at, as select options grouped by city, and
 * the "14:05 EDT · Washington" labels of local times. Pure, so the ordering and wording are tested
 * without a DOM.
 */
import type { Program, Venue, VenueKind } from '../../../shared/program/schema';
import { epochMs, zoneOf, type ZonedString } from '../../../shared/time';
import { formatClock, zoneAbbreviation } from '../../model/zone-format';

export interface Option {
  value: string;
  label: string;
}

export interface OptionGroup {
  label: string;
  options: Option[];
}

/** The venue kinds to list first for a journey: a flight leaves from an airport, a train from a station. */
export function preferredKinds(mode: 'flight' | 'train' | 'ground'): VenueKind[] {
  if (mode === 'flight') return ['airport'];
  if (mode === 'train') return ['station'];
  return [];
}

/** "DCA · Ronald Reagan Washington National Airport": the code first, so a narrow select still shows it. */
function venueLabel(venue: Venue): string {
  return venue.code ? `${venue.code} · ${venue.name}` : venue.name;
}

/**
 * Venues grouped by city, cities in program order. `only` keeps just those kinds (hotels for a
 * stay); `first` puts those kinds at the top of each city (airports for a flight), then by name.
 */
export function venueGroups(program: Program, options: { only?: readonly VenueKind[]; first?: readonly VenueKind[] } = {}): OptionGroup[] {
  const rank = (venue: Venue) => {
    const at = options.first?.indexOf(venue.kind) ?? -1;
    return at < 0 ? (options.first?.length ?? 0) : at;
  };
  return program.cities
    .map((city) => {
      const venues = program.venues
        .filter((v) => v.cityId === city.id && (!options.only || options.only.includes(v.kind)))
        .sort((a, b) => rank(a) - rank(b) || a.name.localeCompare(b.name));
      return { label: city.region ? `${city.name}, ${city.region}` : city.name, options: venues.map((v) => ({ value: v.id, label: venueLabel(v) })) };
    })
    .filter((group) => group.options.length > 0);
}

/** The name of the city a venue lies in, or '' when either is unknown. */
export function cityNameOfVenue(program: Program, venueId: string | null): string {
  const venue = venueId ? program.venues.find((v) => v.id === venueId) : undefined;
  return (venue && program.cities.find((c) => c.id === venue.cityId)?.name) ?? '';
}

/**
 * "14:05 EDT · Washington": the local clock time with the zone's abbreviation on that date (so
 * Phoenix reads MST in May while Washington reads EDT), and the place it is local to.
 */
export function localTimeLabel(value: ZonedString, place: string): string {
  const clock = `${formatClock(value)} ${zoneAbbreviation(zoneOf(value), epochMs(value))}`;
  return place ? `${clock} · ${place}` : clock;
}
