/**
 * Travel of individuals rather than groups: airport pick-ups on arrival day, the program officer's
 * visits to two groups, the associate's advance trip to New York, and departure shuttles.
 */
import type { Participant } from '../../shared/program/schema';
import { attendees, type SampleBuilder } from './builder';
import { arrivalWave, type Wave } from './international';
import type { GroupKey } from './roster';
import { GROUP_STAFF, GROUPS, PROGRAM_ASSOCIATE, PROGRAM_OFFICER } from './staff';

/** Adds arrivals, staff trips and departures. */
export function planLogistics(b: SampleBuilder, participants: readonly Participant[]): void {
  b.section('log');
  // Arrival runs follow when flights land (international.ts): overnight flights from Africa and
  // South America first, then Doha, Dubai, Delhi and Seoul, then the connections through Miami and
  // Houston at National, then Europe at midday. Each run has one group's English Language Officer.
  const runs: [Wave, GroupKey, string, string][] = [
    [1, 'justice', 'v-iad', '2024-04-29T08:45'],
    [2, 'cyber', 'v-iad', '2024-04-29T11:30'],
    [3, 'border', 'v-dca', '2024-04-29T14:00'],
    [4, 'maritime', 'v-iad', '2024-04-29T13:15'],
  ];
  for (const [wave, group, airport, depart] of runs) {
    const elo = GROUP_STAFF[group][0] ?? PROGRAM_ASSOCIATE;
    b.travel({
      mode: 'ground',
      title: 'Airport pick-up to the hotel',
      from: airport,
      to: 'v-hotel-dc',
      depart,
      minutes: airport === 'v-iad' ? 55 : 25,
      // The late arrival from Istanbul has her own pick-up on April 30.
      who: attendees({ participantIds: arrivalWave(participants, wave), staffIds: [elo] }),
      pickupPoint: airport === 'v-iad' ? 'International arrivals hall, exit door 4 (Meridian sign)' : 'Terminal 2 baggage claim, carousel 9 (Meridian sign)',
      internalNotes: 'Driver has the arrivals list; anyone delayed more than 90 minutes takes a taxi on the program card.',
    });
  }

  const officer = attendees({ staffIds: [PROGRAM_OFFICER] });
  b.travel({ mode: 'flight', title: 'Washington to Tampa', carrier: 'Southwest Airlines', number: 'WN 1180', from: 'v-dca', to: 'v-tpa', depart: '2024-05-05T08:30', minutes: 140, who: officer });
  b.travel({ mode: 'ground', title: 'Taxi to St. Petersburg', from: 'v-tpa', to: 'v-hotel-stp', depart: '2024-05-05T11:15', minutes: 45, who: officer });
  b.hotel({ title: 'Bayfront Harbor Hotel', hotel: 'v-hotel-stp', checkIn: '2024-05-05T12:00', checkOut: '2024-05-07T16:00', who: officer });
  b.travel({ mode: 'flight', title: 'Tampa to Phoenix', carrier: 'Southwest Airlines', number: 'WN 2281', from: 'v-tpa', to: 'v-phx', depart: '2024-05-07T18:05', minutes: 265, who: officer });
  b.travel({ mode: 'ground', title: 'Taxi to the hotel', from: 'v-phx', to: 'v-hotel-phx', depart: '2024-05-07T20:00', minutes: 30, who: officer });
  b.hotel({ title: 'Camelback Corridor Suites', hotel: 'v-hotel-phx', checkIn: '2024-05-07T20:30', checkOut: '2024-05-08T09:00', who: officer });
  b.hotel({ title: 'Presidio Desert Inn', hotel: 'v-hotel-tus', checkIn: '2024-05-08T15:30', checkOut: '2024-05-10T11:15', who: officer });
  b.travel({ mode: 'ground', title: 'Taxi to Tucson International Airport', from: 'v-hotel-tus', to: 'v-tus', depart: '2024-05-10T11:00', minutes: 30, who: officer });
  b.travel({ mode: 'flight', title: 'Tucson to Dallas/Fort Worth', carrier: 'American Airlines', number: 'AA 2612', from: 'v-tus', to: 'v-dfw', depart: '2024-05-10T13:05', minutes: 135, who: officer });
  b.travel({ mode: 'flight', title: 'Dallas/Fort Worth to Washington', carrier: 'American Airlines', number: 'AA 2490', from: 'v-dfw', to: 'v-dca', depart: '2024-05-10T18:30', minutes: 180, who: officer });
  b.travel({ mode: 'train', title: 'Washington to New York', carrier: 'Amtrak', number: 'Acela 2150', from: 'v-union-station', to: 'v-moynihan', depart: '2024-05-13T07:00', minutes: 175, who: officer, pickupPoint: 'Union Station, Gate G (Acela boarding)' });

  const associate = attendees({ staffIds: [PROGRAM_ASSOCIATE] });
  b.travel({ mode: 'train', title: 'Washington to New York (advance)', carrier: 'Amtrak', number: 'Northeast Regional 171', from: 'v-union-station', to: 'v-moynihan', depart: '2024-05-12T10:05', minutes: 200, who: associate });
  b.hotel({ title: 'Midtown East Conference Hotel (advance night)', hotel: 'v-hotel-nyc', checkIn: '2024-05-12T15:00', checkOut: '2024-05-13T15:00', who: associate, internalNotes: 'Same room continues on the group block from May 13; no move needed.' });
  b.place({ type: 'briefing', title: 'Conference logistics walk-through', city: 'new-york', date: '2024-05-13', start: '10:00', end: '12:00', venue: 'v-conference', who: associate, host: b.host('FBI New York Field Office', '212', 'new-york'), internalNotes: 'Badge list, interpretation booths and seating by country.' });

  // Departure shuttles by group: the maritime and justice groups hold the earliest flights home.
  const shuttle = (keys: GroupKey[], depart: string) =>
    b.travel({
      mode: 'ground',
      title: 'Shuttle to JFK for international departures',
      from: 'v-hotel-nyc',
      to: 'v-jfk',
      depart,
      minutes: 60,
      who: attendees({ groupIds: keys.map((k) => GROUPS[k].id) }),
      pickupPoint: 'Hotel lobby, Lexington Avenue entrance',
      travelerNotes: 'Check your airline’s terminal on your ticket; the shuttle stops at terminals 1, 4, 7 and 8.',
    });
  shuttle(['maritime', 'justice'], '2024-05-17T11:15');
  shuttle(['border', 'cyber'], '2024-05-17T12:30');

  // Three participants asked the program to book their flights home; the rest travel on tickets
  // issued by their embassies, which the program tracks for pick-ups and shuttles (international.ts).
  const home: [string, string, string, string, string, number][] = [
    ['p-kr-kim', 'Korean Air', 'KE 86', 'v-icn', '2024-05-17T13:50', 890],
    ['p-tr-ozturk', 'Turkish Airlines', 'TK 12', 'v-ist', '2024-05-17T17:10', 590],
    ['p-is-sigurdardottir', 'Icelandair', 'FI 614', 'v-kef', '2024-05-17T20:40', 345],
  ];
  for (const [id, carrier, number, to, depart, minutes] of home) {
    b.travel({ mode: 'flight', title: 'Flight home', carrier, number, from: 'v-jfk', to, depart, minutes, who: attendees({ participantIds: [id] }), travelerNotes: 'Arrive at the airport three hours before departure.' });
  }

  // Appointments individual participants asked for, in the group's free time.
  const own = (id: string, city: string, area: string, date: string, start: string, end: string, title: string, org: string, interpreter?: string) =>
    b.place({
      type: 'meeting',
      title,
      city,
      date,
      start,
      end,
      who: attendees({ participantIds: [id], staffIds: interpreter ? [interpreter] : [] }),
      host: b.host(org, area, city),
      dressCode: 'Business attire',
      interpretation: interpreter ? 'consecutive' : 'none',
      internalNotes: 'Requested by the participant in the pre-program survey.',
    });
  own('p-ua-kovalenko', 'cleveland', '216', '2024-05-08', '14:30', '16:00', 'Individual appointment: tracing cryptocurrency in ransomware cases', 'FBI Cleveland Field Office');
  own('p-is-sigurdardottir', 'seattle', '206', '2024-05-11', '14:00', '15:30', 'Individual appointment: Arctic search and rescue cooperation', 'U.S. Coast Guard Thirteenth District');
  own('p-mx-hernandez', 'tucson', '520', '2024-05-11', '14:00', '15:30', 'Individual appointment: produce-season cargo inspections in Nogales', 'Greater Nogales Santa Cruz County Port Authority', 's-int-marquez');
  own('p-al-hoxha', 'salt-lake-city', '801', '2024-05-11', '16:00', '17:30', 'Individual appointment: witness protection in organized-crime trials', 'U.S. Marshals Service, District of Utah');
}
