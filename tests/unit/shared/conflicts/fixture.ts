/**
 * Small programs built in code for the conflict rules' fixtures: four cities in three zones
 * (Washington and Tampa/St. Petersburg Eastern, Phoenix without DST, Seattle Pacific), airports,
 * hotels and venues with real coordinates, two groups and a staff member.
 */
import { checkProgram, type ConflictOptions, type Problem, type RuleId } from '../../../../src/shared/conflicts';
import { emptyProgram, placeActivity } from '../../../../src/shared/program/factory';
import type { Activity, Attendees, HotelStayActivity, Participant, PlaceActivity, Program, TravelActivity, Venue } from '../../../../src/shared/program/schema';
import { addMinutes, inZone, zonedFromLocal } from '../../../../src/shared/time';

export const ZONES: Record<string, string> = {
  washington: 'America/New_York',
  tampa: 'America/New_York',
  'st-petersburg': 'America/New_York',
  phoenix: 'America/Phoenix',
  tucson: 'America/Phoenix',
  seattle: 'America/Los_Angeles',
  // Abroad: flights to or from here are international.
  london: 'Europe/London',
};

const venue = (id: string, cityId: string, kind: Venue['kind'], name: string, lat: number | null, lon = 0): Venue => ({
  id,
  directoryId: null,
  cityId,
  kind,
  name,
  code: kind === 'airport' ? id.slice(2).toUpperCase() : '',
  address: '',
  directions: '',
  security: '',
  accessibility: '',
  phone: '',
  coordinates: lat === null ? null : { lat, lon },
});

export const G1 = { everyone: false, groupIds: ['g1'], participantIds: [], staffIds: [] } satisfies Attendees;
export const G2 = { everyone: false, groupIds: ['g2'], participantIds: [], staffIds: [] } satisfies Attendees;
export const ALL = { everyone: true, groupIds: [], participantIds: [], staffIds: [] } satisfies Attendees;
export const people = (...participantIds: string[]): Attendees => ({ everyone: false, groupIds: [], participantIds, staffIds: [] });

/** A participant with every optional field blank. */
export function participant(id: string, givenName: string, familyName: string, dates: Partial<Pick<Participant, 'arrival' | 'departure'>> = {}): Participant {
  return {
    id,
    givenName,
    familyName,
    languages: [],
    phone: '',
    email: '',
    arrival: null,
    departure: null,
    internalNotes: '',
    passportName: '',
    country: 'Ghana',
    position: '',
    organization: '',
    interpretation: null,
    dietaryNotes: '',
    accessibilityNotes: '',
    ...dates,
  };
}

/** The base program: no activities. p1-p3 + s1 in g1, p4-p6 in g2. */
export function baseProgram(init: Partial<Program> = {}): Program {
  const program = emptyProgram({ id: 'fixture', title: 'Fixture', startDate: '2024-04-29', endDate: '2024-05-17', homeTimeZone: 'America/New_York' });
  const person = participant;
  return {
    ...program,
    cities: Object.entries(ZONES).map(([id, timeZone]) => ({ id, name: id.replace(/(^|-)(\w)/g, (_, s: string, c: string) => `${s ? ' ' : ''}${c.toUpperCase()}`), region: '', country: id === 'london' ? 'United Kingdom' : 'United States', timeZone })),
    venues: [
      venue('v-dca', 'washington', 'airport', 'Reagan National Airport', 38.8512, -77.0402),
      venue('v-tpa', 'tampa', 'airport', 'Tampa International Airport', 27.9756, -82.5333),
      venue('v-phx', 'phoenix', 'airport', 'Phoenix Sky Harbor', 33.4343, -112.0116),
      venue('v-sea', 'seattle', 'airport', 'Seattle–Tacoma International', 47.4502, -122.3088),
      venue('v-hotel-dc', 'washington', 'hotel', 'Foggy Bottom Hotel', 38.8964, -77.0447),
      venue('v-hotel-phx', 'phoenix', 'hotel', 'Camelback Suites', 33.5092, -112.0307),
      venue('v-hotel-sea', 'seattle', 'hotel', 'Pioneer Square Hotel', 47.6015, -122.3343),
      venue('v-hotel-stp', 'st-petersburg', 'hotel', 'Bayfront Harbor Hotel', 27.7731, -82.6326),
      venue('v-truman', 'washington', 'venue', 'Truman Building', 38.8945, -77.0484),
      venue('v-meridian', 'washington', 'venue', 'Meridian Center', 38.9214, -77.0375),
      venue('v-capitol', 'washington', 'venue', 'U.S. Capitol', 38.8899, -77.0091),
      venue('v-phx-police', 'phoenix', 'venue', 'Phoenix Police HQ', 33.4484, -112.0740),
      venue('v-sea-port', 'seattle', 'venue', 'Port of Seattle', 47.6026, -122.3393),
      venue('v-port-tampa', 'tampa', 'venue', 'Port Tampa Bay', 27.9436, -82.4490),
      venue('v-mdt-hub', 'st-petersburg', 'venue', 'Maritime Hub', 27.7623, -82.6316),
      venue('v-no-coords', 'washington', 'venue', 'Somewhere in DC', null),
      venue('v-union', 'washington', 'station', 'Union Station', 38.8973, -77.0063),
      venue('v-lhr', 'london', 'airport', 'London Heathrow', 51.47, -0.4543),
    ],
    participants: [
      person('p1', 'Amara', 'Okafor'),
      person('p2', 'Luis', 'Reyes'),
      person('p3', 'Mei', 'Chen'),
      person('p4', 'Oleksandr', 'Kowal'),
      person('p5', 'Fatima', 'Haddad'),
      person('p6', 'Jonas', 'Lindqvist'),
    ],
    staff: [{ id: 's1', givenName: 'Dana', familyName: 'Whitaker', languages: [], phone: '', email: '', arrival: null, departure: null, internalNotes: '', role: 'interpreter', organization: '', languagePairs: [] }],
    groups: [
      { id: 'g1', name: 'Maritime', color: '#1f6feb', participantIds: ['p1', 'p2', 'p3'], staffIds: ['s1'] },
      { id: 'g2', name: 'Border', color: '#d29922', participantIds: ['p4', 'p5', 'p6'], staffIds: [] },
    ],
    ...init,
  };
}

/** A zoned time for a local wall time in a city. */
export const at = (city: string, local: string): string => zonedFromLocal(local, ZONES[city] as string);

/** A place activity on one local day: `meeting('m1', 'washington', '2024-05-06', '09:00', '10:00', G1)`. */
export function meeting(id: string, city: string, date: string, start: string, end: string, attendees: Attendees, extra: Partial<PlaceActivity> = {}): PlaceActivity {
  return placeActivity({
    id,
    title: extra.title ?? `Meeting ${id}`,
    cityId: city,
    timing: { kind: 'scheduled', start: at(city, `${date}T${start}`), end: at(city, `${date}T${end}`) },
    attendees,
    ...extra,
  });
}

/** A travel leg departing at local time at the origin, arriving `minutes` later in the destination's zone. */
export function leg(id: string, from: string, to: string, depart: string, minutes: number, attendees: Attendees, mode: TravelActivity['mode'] = 'flight'): TravelActivity {
  const fromCity = venueCity(from);
  const start = at(fromCity, depart);
  return {
    id,
    title: `Leg ${id}`,
    status: 'confirmed',
    timing: { kind: 'scheduled', start, end: inZone(addMinutes(start, minutes), ZONES[venueCity(to)] as string) },
    attendees,
    travelerNotes: '',
    internalNotes: '',
    translations: [],
    type: 'travel',
    mode,
    carrier: '',
    number: '',
    originVenueId: from,
    destinationVenueId: to,
    pickupPoint: '', rebook: false,
  };
}

/** A hotel stay from local check-in to local check-out. */
export function hotel(id: string, venueId: string, checkIn: string, checkOut: string, attendees: Attendees): HotelStayActivity {
  const city = venueCity(venueId);
  return {
    id,
    title: `Hotel ${id}`,
    status: 'confirmed',
    timing: { kind: 'scheduled', start: at(city, checkIn), end: at(city, checkOut) },
    attendees,
    travelerNotes: '',
    internalNotes: '',
    translations: [],
    type: 'hotel-stay',
    hotelVenueId: venueId,
    rebook: false,
  };
}

let venueCities: Map<string, string> | null = null;
function venueCity(venueId: string): string {
  venueCities ??= new Map(baseProgram().venues.map((v) => [v.id, v.cityId]));
  const city = venueCities.get(venueId);
  if (!city) throw new Error(`fixture: no venue ${venueId}`);
  return city;
}

/** The base program with these activities. */
export function withActivities(activities: Activity[], init: Partial<Program> = {}): Program {
  return { ...baseProgram(init), activities };
}

/** Problems of one rule from a full check. */
export function problemsOf(program: Program, ruleId: RuleId, options: ConflictOptions = {}): Problem[] {
  return checkProgram(program, options).filter((p) => p.ruleId === ruleId);
}
