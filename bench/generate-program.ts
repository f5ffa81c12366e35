/**
 * Deterministic, realistic programs of any size for benchmarks: six cities in four time zones, a
 * few dozen venues, 25 participants in three groups, and activities of every kind with the notes,
 * hosts and attendees a planner fills in (~850 bytes of file per activity; the storage bench prints
 * each file's size).
 * Like real files (the sample has ’, í, é, ç ...), the text is not pure ASCII: participants' names
 * carry accents and notes typographic apostrophes. That matters: one character outside Latin-1
 * makes V8 decode and parse the whole file as a two-byte string, ~2-3x slower than ASCII.
 */
import { emptyProgram, placeActivity } from '../src/shared/program/factory';
import { PLACE_ACTIVITY_TYPES, type Activity, type City, type Participant, type Program, type Staff, type Venue } from '../src/shared/program/schema';
import { zonedFromLocal } from '../src/shared/time';

const CITIES: City[] = [
  { id: 'dc', name: 'Washington', region: 'DC', country: 'US', timeZone: 'America/New_York' },
  { id: 'nyc', name: 'New York', region: 'NY', country: 'US', timeZone: 'America/New_York' },
  { id: 'chi', name: 'Chicago', region: 'IL', country: 'US', timeZone: 'America/Chicago' },
  { id: 'phx', name: 'Phoenix', region: 'AZ', country: 'US', timeZone: 'America/Phoenix' },
  { id: 'sea', name: 'Seattle', region: 'WA', country: 'US', timeZone: 'America/Los_Angeles' },
  { id: 'sfo', name: 'San Francisco', region: 'CA', country: 'US', timeZone: 'America/Los_Angeles' },
];

/** A small deterministic PRNG (mulberry32), so every run benchmarks the same program. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const NOTE = 'Meet in the lobby 15 minutes early; bring passport and business cards. Dress code: the host’s office asks for business formal. ';
const GIVEN = ['José', 'Aïcha', 'Søren', 'Zoë', 'Thị Lan', 'Ngozi', 'François', 'Małgorzata', 'Ömer', 'Ana María'];
const FAMILY = ['Rodríguez', 'Benali', 'Jørgensen', 'Müller', 'Nguyễn', 'Okafor', 'Lefèvre', 'Wiśniewska', 'Yılmaz', 'Peña'];

/** A program with `activityCount` activities, the same for the same count and seed. */
export function generateProgram(activityCount: number, seed = 1): Program {
  const rnd = random(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(rnd() * items.length)] as T;
  const program = emptyProgram({ id: `bench-${activityCount}`, title: `Benchmark program (${activityCount} activities)`, startDate: '2024-04-01', endDate: '2024-06-29', homeTimeZone: 'America/New_York' });
  program.description = 'Generated for benchmarks. '.repeat(20);
  program.cities = CITIES;
  const venues: Venue[] = [];
  for (const city of CITIES) {
    for (let i = 0; i < 8; i++) {
      venues.push({ id: `${city.id}-v${i}`, directoryId: null, cityId: city.id, kind: i === 0 ? 'hotel' : i === 1 ? 'airport' : 'venue', name: `${city.name} venue ${i}`, code: i === 1 ? city.id.toUpperCase() : '', address: `${100 + i} Main Street, ${city.name}, ${city.region}`, directions: 'Enter from the north side; security screening takes about 10 minutes.', security: '', accessibility: '', phone: '+1 202 555 0100', coordinates: { lat: 30 + i / 10, lon: -100 - i / 10 } });
    }
  }
  program.venues = venues;
  const participants: Participant[] = Array.from({ length: 25 }, (_, i) => ({ id: `p${i}`, givenName: GIVEN[i % GIVEN.length] as string, familyName: `${FAMILY[i % FAMILY.length] as string} ${i}`, languages: ['en', 'fr'], phone: '+1 202 555 0199', email: `p${i}@example.org`, arrival: '2024-04-01', departure: '2024-06-29', internalNotes: 'Passport on file.', passportName: '', country: 'Country', position: 'Director', organization: 'Ministry', interpretation: i % 3 === 0 ? 'French' : null, dietaryNotes: '', accessibilityNotes: '' }));
  const staff: Staff[] = Array.from({ length: 6 }, (_, i) => ({ id: `s${i}`, givenName: `Staff${i}`, familyName: 'Member', languages: ['en'], phone: '', email: '', arrival: null, departure: null, internalNotes: '', role: i < 2 ? 'interpreter' : 'escort', organization: 'Program agency', languagePairs: [] }));
  program.participants = participants;
  program.staff = staff;
  program.groups = [0, 1, 2].map((g) => ({ id: `g${g}`, name: `Group ${g + 1}`, color: ['#1f6feb', '#d1242f', '#1a7f37'][g] as string, participantIds: participants.filter((_, i) => i % 3 === g).map((p) => p.id), staffIds: [`s${g * 2}`, `s${g * 2 + 1}`] }));

  const activities: Activity[] = [];
  for (let i = 0; i < activityCount; i++) {
    const city = pick(CITIES);
    const zone = city.timeZone;
    const day = new Date(Date.UTC(2024, 3, 1 + Math.floor(rnd() * 90))).toISOString().slice(0, 10);
    const startMinutes = 7 * 60 + Math.floor(rnd() * 24) * 30;
    const duration = 30 + Math.floor(rnd() * 6) * 30;
    const at = (minutes: number) => `${day}T${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
    const timing = { kind: 'scheduled' as const, start: zonedFromLocal(at(startMinutes), zone), end: zonedFromLocal(at(startMinutes + duration), zone) };
    const attendees = { everyone: false, groupIds: [`g${i % 3}`], participantIds: [], staffIds: [] };
    const common = { id: `a${i}`, status: 'confirmed' as const, attendees, travelerNotes: NOTE.repeat(2), internalNotes: 'Confirmed by email with the host office.', translations: [] };
    const kind = rnd();
    if (kind < 0.1) {
      const other = pick(CITIES.filter((c) => c.timeZone === zone));
      activities.push({ ...common, type: 'travel', title: `Travel to ${other.name}`, timing, mode: 'ground', carrier: 'Charter bus', number: `${i}`, originVenueId: `${city.id}-v1`, destinationVenueId: `${other.id}-v1`, pickupPoint: 'Hotel lobby', rebook: false });
    } else if (kind < 0.15) {
      activities.push({ ...common, type: 'hotel-stay', title: `${city.name} hotel`, timing, hotelVenueId: `${city.id}-v0`, rebook: false });
    } else {
      activities.push(
        placeActivity({ ...common, type: pick(PLACE_ACTIVITY_TYPES), title: `Meeting ${i} in ${city.name}`, cityId: city.id, venueId: `${city.id}-v${2 + Math.floor(rnd() * 6)}`, timing, host: { organization: 'Host organization', contactName: 'Contact Person', phone: '+1 202 555 0142', email: 'host@example.org' }, dressCode: 'Business', interpretation: 'consecutive' }),
      );
    }
  }
  program.activities = activities;
  return program;
}
