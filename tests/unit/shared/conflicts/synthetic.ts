/**
 * A deterministic synthetic program shaped like TMSSW: everyone in Washington, groups touring two
 * cities each, everyone in New York; dense days of group activities, individual home-hospitality
 * dinners, flights between zones and hotel stays. Seeded, so every run checks the same program.
 * Used small by the property tests and at 5,000 activities by bench/conflicts.bench.test.ts.
 */
import { emptyProgram } from '../../../../src/shared/program/factory';
import type { Activity, Attendees, Participant, Program, Staff, Venue } from '../../../../src/shared/program/schema';
import { seededRandom, type Random } from '../../../../src/cli/sample/prng';
import { addMinutes, inZone, zonedFromLocal } from '../../../../src/shared/time';

export interface SyntheticShape {
  seed: number;
  participants: number;
  groups: number;
  /** Program length in days (>= 5: 2 in Washington, the tour, 2 in New York). */
  days: number;
  /** Roughly how many activities to make. */
  activities: number;
}

export const BENCH_SHAPE: SyntheticShape = { seed: 2024, participants: 60, groups: 8, days: 21, activities: 5000 };
export const SMALL_SHAPE: SyntheticShape = { seed: 7, participants: 10, groups: 3, days: 6, activities: 90 };

const CITIES: [id: string, zone: string, lat: number, lon: number][] = [
  ['washington', 'America/New_York', 38.9, -77.03],
  ['new-york', 'America/New_York', 40.75, -73.98],
  ['tampa', 'America/New_York', 27.95, -82.46],
  ['austin', 'America/Chicago', 30.27, -97.74],
  ['phoenix', 'America/Phoenix', 33.45, -112.07],
  ['seattle', 'America/Los_Angeles', 47.6, -122.33],
];
const TOUR = ['tampa', 'austin', 'phoenix', 'seattle'];
const TYPES = ['meeting', 'meeting', 'meeting', 'site-visit', 'briefing', 'meal', 'cultural', 'free-time'] as const;

const zonedCache = new Map<string, string>();
function local(date: string, minutes: number, zone: string): string {
  const hh = String(Math.floor(minutes / 60)).padStart(2, '0');
  const mm = String(minutes % 60).padStart(2, '0');
  const key = `${date}T${hh}:${mm}|${zone}`;
  let z = zonedCache.get(key);
  if (!z) zonedCache.set(key, (z = zonedFromLocal(`${date}T${hh}:${mm}`, zone)));
  return z;
}

function who(a: Partial<Attendees>): Attendees {
  return { everyone: false, groupIds: [], participantIds: [], staffIds: [], ...a };
}

function addDays(date: string, n: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);
}

/** Builds the program for a shape; the same shape always gives the same program. */
export function syntheticProgram(shape: SyntheticShape): Program {
  const r = seededRandom(shape.seed);
  const int = (lo: number, hi: number) => lo + Math.floor(r() * (hi - lo + 1));
  const start = '2024-04-29';
  const base = emptyProgram({ id: 'synthetic', title: 'Synthetic TMSSW', startDate: start, endDate: addDays(start, shape.days - 1), homeTimeZone: 'America/New_York' });
  const zone = new Map(CITIES.map(([id, z]) => [id, z]));
  const venues: Venue[] = [];
  const venuesIn = new Map<string, string[]>();
  for (const [id, , lat, lon] of CITIES) {
    const v = (vid: string, kind: Venue['kind'], coords: boolean) => {
      venues.push({ id: vid, cityId: id, kind, name: `${kind} ${vid}`, code: '', address: '', directions: '', security: '', accessibility: '', directoryId: null, phone: '', coordinates: coords ? { lat: lat + (r() - 0.5) * 0.15, lon: lon + (r() - 0.5) * 0.15 } : null });
      return vid;
    };
    v(`air-${id}`, 'airport', true);
    v(`hotel-${id}`, 'hotel', true);
    venuesIn.set(id, Array.from({ length: 8 }, (_, i) => v(`v-${id}-${i}`, 'venue', i < 6)));
  }
  const participants: Participant[] = Array.from({ length: shape.participants }, (_, i) => ({
    id: `p${i}`, givenName: `Given${i}`, familyName: `Family${i}`, languages: [], phone: '', email: '',
    arrival: i % 17 === 3 ? addDays(start, 1) : null, departure: null, internalNotes: '',
    passportName: '',
    country: 'Country', position: '', organization: '', interpretation: null, dietaryNotes: '', accessibilityNotes: '',
  }));
  const staff: Staff[] = Array.from({ length: shape.groups }, (_, i) => ({
    id: `s${i}`, givenName: 'Staff', familyName: `Member${i}`, languages: [], phone: '', email: '', arrival: null, departure: null, internalNotes: '', role: 'interpreter', organization: '', languagePairs: [],
  }));
  const groups = Array.from({ length: shape.groups }, (_, g) => ({
    id: `g${g}`, name: `Group ${g}`, color: '#1f6feb',
    participantIds: participants.filter((_, i) => i % shape.groups === g).map((p) => p.id), staffIds: [`s${g}`],
  }));

  const activities: Activity[] = [];
  let n = 0;
  const place = (city: string, date: string, from: number, to: number, attendees: Attendees, rand: Random) => {
    const type = TYPES[Math.floor(rand() * TYPES.length)] ?? 'meeting';
    const list = venuesIn.get(city) ?? [];
    const z = zone.get(city) as string;
    activities.push({
      id: `a${n++}`, title: `${type} ${n}`, status: rand() < 0.05 ? 'tentative' : rand() < 0.02 ? 'cancelled' : 'confirmed',
      timing: { kind: 'scheduled', start: local(date, from, z), end: local(date, Math.min(to, 23 * 60 + 55), z) },
      attendees, travelerNotes: '', internalNotes: '', translations: [], type, cityId: city, venueId: rand() < 0.9 ? (list[Math.floor(rand() * list.length)] ?? null) : null,
      hostId: null, host: null, arrangement: null, dressCode: '', interpretation: rand() < 0.5 ? 'consecutive' : 'none', mealsProvided: type === 'meal' ? ['lunch'] : [],
    });
  };
  const travel = (from: string, to: string, date: string, at: number, minutes: number, attendees: Attendees) => {
    const s = local(date, at, zone.get(from) as string);
    activities.push({
      id: `a${n++}`, title: `Flight ${from} to ${to}`, status: 'confirmed', timing: { kind: 'scheduled', start: s, end: inZone(addMinutes(s, minutes), zone.get(to) as string) },
      attendees, travelerNotes: '', internalNotes: '', translations: [], type: 'travel', mode: 'flight', carrier: 'XX', number: String(n), originVenueId: `air-${from}`, destinationVenueId: `air-${to}`, pickupPoint: '', rebook: false,
    });
  };
  const stay = (city: string, from: string, to: string, attendees: Attendees) => {
    const z = zone.get(city) as string;
    activities.push({ id: `a${n++}`, title: `Hotel in ${city}`, status: 'confirmed', timing: { kind: 'scheduled', start: local(from, 15 * 60, z), end: local(to, 11 * 60, z) }, attendees, travelerNotes: '', internalNotes: '', translations: [], type: 'hotel-stay', hotelVenueId: `hotel-${city}`, rebook: false });
  };

  const tourDays = shape.days - 4;
  const half = Math.ceil(tourDays / 2);
  const everyone = who({ everyone: true });
  const last = addDays(start, shape.days - 1);
  stay('washington', start, addDays(start, 2), everyone);
  const fixed = 3 + shape.groups * 6 + shape.participants / 2;
  const perDay = Math.max(2, Math.round((shape.activities - fixed) / (shape.groups * shape.days)));
  for (let g = 0; g < shape.groups; g++) {
    const group = who({ groupIds: [`g${g}`] });
    const first = TOUR[g % TOUR.length] as string;
    const second = TOUR[(g + 1 + (g >> 2)) % TOUR.length] as string;
    const cityOn = (d: number) => (d < 2 ? 'washington' : d >= shape.days - 2 ? 'new-york' : d < 2 + half ? first : second);
    travel('washington', first, addDays(start, 2), 12 * 60 + int(0, 6) * 10, 150, group);
    stay(first, addDays(start, 2), addDays(start, 2 + half), group);
    travel(first, second, addDays(start, 2 + half), 8 * 60 + int(0, 6) * 10, 120, group);
    stay(second, addDays(start, 2 + half), addDays(start, shape.days - 2), group);
    travel(second, 'new-york', addDays(start, shape.days - 2), 8 * 60, 200, group);
    stay('new-york', addDays(start, shape.days - 2), last, group);
    for (let d = 0; d < shape.days; d++) {
      const date = addDays(start, d);
      const city = cityOn(d);
      const travelDay = d === 2 || d === 2 + half || d === shape.days - 2;
      let t = travelDay ? 17 * 60 : 7 * 60 + int(0, 6) * 5;
      for (let k = 0; k < perDay && t < 23 * 60; k++) {
        const length = int(2, 9) * 5;
        place(city, date, t, t + length, group, r);
        t += length + int(-1, 4) * 5;
      }
      if (g === 0 && (d < 2 || d >= shape.days - 2)) place(city, date, 12 * 60, 12 * 60 + 45, everyone, r);
    }
    // Home hospitality: a few participants of the group, one evening in the first tour city.
    const members = groups[g]?.participantIds ?? [];
    for (let i = 0; i < members.length; i += 2) {
      place(first, addDays(start, 3), 19 * 60, 21 * 60, who({ participantIds: members.slice(i, i + 2) }), r);
    }
  }
  // Top up to the requested size with individual evening appointments on tour days.
  while (activities.length < shape.activities) {
    const p = participants[int(0, participants.length - 1)] as Participant;
    const g = Number(p.id.slice(1)) % shape.groups;
    const d = int(3, 2 + half - 1);
    place(TOUR[g % TOUR.length] as string, addDays(start, d), int(21, 22) * 60 + int(0, 11) * 5, 23 * 60 + 50, who({ participantIds: [p.id] }), r);
  }
  return { ...base, cities: CITIES.map(([id, z]) => ({ id, name: id, region: '', country: 'United States', timeZone: z })), venues, participants, staff, groups, activities };
}
