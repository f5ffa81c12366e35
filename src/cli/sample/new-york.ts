/**
 * Phase 3, New York City (May 13 - 17): everyone together again for the annual "Combating
 * International Crime: Global Cooperation Conference", co-hosted with the FBI New York Field Office
 * and the State Department's Office of the Coordinator for Cyber Issues.
 */
import { attendees, type SampleBuilder } from './builder';
import { PROGRAM_ASSOCIATE, PROGRAM_OFFICER } from './staff';
import type { GroupKey } from './roster';
import { day, visit } from './visit';

/** The conference's title, as the tests and the itinerary look for it. */
export const CONFERENCE_TITLE = 'Combating International Crime: Global Cooperation Conference';
const COHOSTS = 'FBI New York Field Office and U.S. Department of State, Office of the Coordinator for Cyber Issues';
const MERIDIAN = 'Meridian International Center';

/** Adds the New York phase. */
export function planNewYork(b: SampleBuilder): void {
  b.section('ny');
  const everyone = attendees({ everyone: true });
  const all = { ...visit(b, 'maritime', 'new-york', '212'), who: everyone };
  const session = { venue: 'v-conference', interpretation: 'simultaneous' as const };

  b.hotel({
    title: 'Midtown East Conference Hotel',
    hotel: 'v-hotel-nyc',
    checkIn: '2024-05-13T15:00',
    checkOut: '2024-05-17T11:00',
    who: everyone,
    travelerNotes: 'Groups arrive at different times on May 13; rooms are ready from 15:00.',
    internalNotes: 'Late arrival guaranteed for the maritime group (lands at JFK after 21:00).',
  });

  day(all, '2024-05-14', [
    ['06:30', '07:30', 'cultural', 'Optional early-morning walk in Central Park', MERIDIAN, { status: 'tentative', internalNotes: 'Only if at least ten people sign up at the orientation.' }],
    ['09:30', '11:00', 'briefing', 'New York orientation and conference preparation', MERIDIAN, { venue: 'v-hotel-nyc', interpretation: 'simultaneous' }],
    ['11:30', '12:45', 'meal', 'Lunch', MERIDIAN, { venue: 'v-hotel-nyc' }],
    ['13:30', '15:00', 'site-visit', 'Joint Terrorism Task Force: how New York shares leads worldwide', 'FBI New York Field Office', {
      address: '26 Federal Plaza, New York, NY 10278',
      interpretation: 'simultaneous',
      travelerNotes: 'Passport required; no bags larger than a briefcase.',
    }],
  ]);
  const nyc = (key: GroupKey) => visit(b, key, 'new-york', '212');
  day(nyc('maritime'), '2024-05-14', [['15:45', '17:15', 'meeting', 'Port security in the nation’s largest East Coast port', 'Port Authority of New York and New Jersey Police Department', { address: '4 World Trade Center, New York, NY 10007' }]]);
  day(nyc('border'), '2024-05-14', [['15:45', '17:15', 'meeting', 'Narcotics investigations in a global city', 'New York City Police Department, Narcotics Division']]);
  day(nyc('cyber'), '2024-05-14', [['15:45', '17:15', 'meeting', 'Cybercrime and identity theft prosecutions', 'Manhattan District Attorney’s Office, Cybercrime and Identity Theft Bureau', { address: '1 Hogan Pl, New York, NY 10013' }]]);
  day(nyc('justice'), '2024-05-14', [['15:45', '17:15', 'meeting', 'Counter-terrorism at the United Nations', 'United Nations Counter-Terrorism Committee Executive Directorate', { address: '405 E 42nd St, New York, NY 10017', travelerNotes: 'UN grounds pass is issued at the visitor center on First Avenue.' }]]);
  day(all, '2024-05-16', [['16:15', '17:45', 'cultural', 'Visit to the National September 11 Memorial & Museum', 'National September 11 Memorial & Museum', { address: '180 Greenwich St, New York, NY 10007', travelerNotes: 'A place of remembrance: quiet voices inside the museum.' }]]);
  day(all, '2024-05-14', [['19:00', '22:00', 'cultural', 'Broadway show', 'Meridian International Center', { travelerNotes: 'Tickets are handed out at dinner time in the lobby.' }]]);

  day(all, '2024-05-15', [
    ['08:00', '08:45', 'meal', 'Registration and continental breakfast', COHOSTS, { venue: 'v-conference' }],
    ['09:00', '09:45', 'conference-session', `${CONFERENCE_TITLE}: opening session`, COHOSTS, {
      ...session,
      dressCode: 'Business formal',
      travelerNotes: 'Conference badges are collected at registration with your passport.',
    }],
    ['10:00', '11:30', 'conference-session', 'Panel: ransomware and cyber-enabled crime across borders', COHOSTS, session],
    ['11:45', '12:45', 'conference-session', 'Panel: following the money through virtual assets', COHOSTS, session],
    ['12:45', '14:00', 'meal', 'Luncheon and keynote', COHOSTS, { venue: 'v-conference' }],
    ['14:00', '15:30', 'conference-session', 'Breakout: synthetic drugs and precursor chemical supply chains', COHOSTS, session],
    ['15:45', '17:00', 'conference-session', 'Breakout: maritime crime and illegal fishing', COHOSTS, session],
    ['17:30', '19:00', 'meal', 'Conference reception', COHOSTS, { venue: 'v-conference', meals: [] }],
    ['19:30', '22:00', 'free-time', 'Evening at leisure', null, { dressCode: '' }],
  ]);
  day(all, '2024-05-16', [
    ['09:00', '10:30', 'conference-session', 'Panel: trafficking in persons and migrant smuggling', COHOSTS, session],
    ['10:45', '12:00', 'conference-session', 'Panel: countering the financing of terrorism', COHOSTS, session],
    ['12:00', '13:15', 'meal', 'Lunch', COHOSTS, { venue: 'v-conference' }],
    ['13:15', '14:45', 'conference-session', 'Regional roundtables: building cooperation that lasts', COHOSTS, { ...session, interpretation: 'consecutive' }],
    ['15:00', '16:00', 'conference-session', 'Closing session and certificate ceremony', COHOSTS, { ...session, dressCode: 'Business formal' }],
    ['18:30', '21:00', 'meal', 'Farewell dinner', MERIDIAN, { dressCode: 'Business attire', internalNotes: 'Dietary list sent to the restaurant: 4 halal, 2 vegetarian, 1 gluten-free, 1 shellfish allergy.' }],
  ]);
  day(all, '2024-05-17', [['09:00', '10:30', 'briefing', 'Program evaluation and closing', MERIDIAN, { venue: 'v-hotel-nyc', interpretation: 'simultaneous' }]]);

  const officers = attendees({ staffIds: [PROGRAM_OFFICER, PROGRAM_ASSOCIATE] });
  b.travel({ mode: 'ground', title: 'Taxi to Moynihan Train Hall', from: 'v-hotel-nyc', to: 'v-moynihan', depart: '2024-05-17T12:15', minutes: 20, who: officers });
  b.travel({ mode: 'train', title: 'New York to Washington', carrier: 'Amtrak', number: 'Acela 2163', from: 'v-moynihan', to: 'v-union-station', depart: '2024-05-17T13:05', minutes: 175, who: officers, pickupPoint: 'Moynihan Train Hall, Acela lounge' });
}
