/**
 * Small random programs where everything is far apart: a few people, legs between distant cities
 * at random times, hotel stays in random cities, activities days apart. They exercise what dense
 * programs hide: a timeline successor days later, a location that holds until the next arrival, a
 * hotel that places people only before their first flight.
 */
import { seededRandom } from '../../../../src/cli/sample/prng';
import type { Activity, Attendees, Program } from '../../../../src/shared/program/schema';
import { ALL, baseProgram, hotel, leg, meeting } from './fixture';

const CITIES = ['washington', 'tampa', 'st-petersburg', 'phoenix', 'seattle'];
const AIRPORTS = ['v-dca', 'v-tpa', 'v-phx', 'v-sea'];
const HOTELS = ['v-hotel-dc', 'v-hotel-phx', 'v-hotel-sea', 'v-hotel-stp'];
const VENUES: Record<string, (string | null)[]> = {
  washington: ['v-truman', 'v-meridian', 'v-capitol', 'v-no-coords', null],
  tampa: ['v-port-tampa', null],
  'st-petersburg': ['v-mdt-hub', 'v-hotel-stp'],
  phoenix: ['v-phx-police', 'v-hotel-phx', null],
  seattle: ['v-sea-port', 'v-hotel-sea'],
};

const date = (d: number) => `2024-05-${String(1 + d).padStart(2, '0')}`;

/**
 * A sparse random program (same seed, same program). With `abroad`, the phases leave Seattle out of
 * the program cities, so legs that name people into or out of Seattle set their presence.
 */
export function sparseProgram(seed: number, abroad = false): Program {
  const r = seededRandom(seed);
  const int = (lo: number, hi: number) => lo + Math.floor(r() * (hi - lo + 1));
  const one = <T>(list: readonly T[]) => list[int(0, list.length - 1)] as T;
  const time = () => `${String(int(6, 21)).padStart(2, '0')}:${one(['00', '15', '30', '45'])}`;
  const who = (): Attendees => {
    const x = r();
    if (x < 0.1) return ALL;
    if (x < 0.5) return { everyone: false, groupIds: [one(['g1', 'g2'])], participantIds: [], staffIds: [] };
    return { everyone: false, groupIds: [], participantIds: [one(['p1', 'p2', 'p4'])], staffIds: r() < 0.3 ? ['s1'] : [] };
  };
  const activities: Activity[] = [];
  const count = int(12, 30);
  for (let i = 0; i < count; i++) {
    const kind = r();
    const d = int(0, 9);
    if (kind < 0.3) {
      const from = one(AIRPORTS);
      const to = one(AIRPORTS.filter((a) => a !== from));
      activities.push(leg(`f${i}`, from, to, `${date(d)}T${time()}`, int(45, 400), who(), r() < 0.8 ? 'flight' : 'ground'));
    } else if (kind < 0.45) {
      activities.push(hotel(`h${i}`, one(HOTELS), `${date(d)}T15:00`, `${date(Math.min(d + int(1, 4), 15))}T11:00`, who()));
    } else {
      const city = one(CITIES);
      const start = time();
      const [h, m] = start.split(':').map(Number) as [number, number];
      const endMinutes = Math.min(23 * 60 + 45, h * 60 + m + int(1, 12) * 15);
      const end = `${String(Math.floor(endMinutes / 60)).padStart(2, '0')}:${String(endMinutes % 60).padStart(2, '0')}`;
      const type = one(['meeting', 'meeting', 'site-visit', 'meal', 'briefing'] as const);
      activities.push(meeting(`m${i}`, city, date(d), start, end, who(), { type, venueId: one(VENUES[city] ?? [null]), interpretation: r() < 0.5 ? 'consecutive' : 'none', status: r() < 0.1 ? 'tentative' : 'confirmed' }));
    }
  }
  const participants = baseProgram().participants.map((p, i) => ({ ...p, arrival: i === 1 ? '2024-05-03' : null, departure: i === 3 ? '2024-05-08' : null }));
  const phases = abroad ? [{ id: 'ph', name: 'Visits', startDate: '2024-05-01', endDate: '2024-05-09', cityIds: CITIES.filter((c) => c !== 'seattle') }] : [];
  return { ...baseProgram({ participants }), startDate: '2024-05-01', endDate: '2024-05-09', phases, activities };
}
