/**
 * Group "Border Security and Narcotics": Phoenix, then Tucson by motorcoach (both on Arizona time,
 * which stays on standard time all year), then New York through Dallas/Fort Worth.
 */
import { attendees, type SampleBuilder } from './builder';
import { GROUPS, PROGRAM_OFFICER } from './staff';
import { day, debriefs, evening, homeHospitality, interpreterPrep, split, visit } from './visit';

const PARTNER_PHX = 'Global Ties Arizona';
const PARTNER_TUS = 'Tucson Council for International Visitors';

/** Adds the border group's city visits, May 4 to May 13. */
export function planBorder(b: SampleBuilder): void {
  b.section('bor');
  const phx = visit(b, 'border', 'phoenix', '602', 'v-hotel-phx');
  const tus = visit(b, 'border', 'tucson', '520', 'v-hotel-tus');
  const who = phx.who;
  // The program officer travels with this group from Phoenix to Tucson (see logistics.ts).
  const withOfficer = attendees({ groupIds: [GROUPS.border.id], staffIds: [PROGRAM_OFFICER] });

  b.travel({ mode: 'ground', title: 'Coach to Reagan National Airport', from: 'v-hotel-dc', to: 'v-dca', depart: '2024-05-04T11:00', minutes: 30, who, pickupPoint: 'Hotel lobby, E Street entrance' });
  b.travel({ mode: 'flight', title: 'Washington to Phoenix', carrier: 'American Airlines', number: 'AA 2335', from: 'v-dca', to: 'v-phx', depart: '2024-05-04T13:10', minutes: 290, who, travelerNotes: 'Arizona does not change its clocks: it is three hours behind Washington in May.' });
  b.travel({ mode: 'ground', title: 'Coach to the hotel', from: 'v-phx', to: 'v-hotel-phx', depart: '2024-05-04T15:30', minutes: 30, who, pickupPoint: 'Terminal 4, door 7, commercial curb' });
  b.hotel({ title: 'Camelback Corridor Suites', hotel: 'v-hotel-phx', checkIn: '2024-05-04T16:00', checkOut: '2024-05-08T09:00', who });
  day(phx, '2024-05-04', [['16:45', '17:45', 'cultural', 'Desert Botanical Garden at dusk (optional)', 'Desert Botanical Garden', { status: 'tentative', address: '1201 N Galvin Pkwy, Phoenix, AZ 85008' }], ['18:30', '20:00', 'meal', 'Welcome dinner with the local partner', PARTNER_PHX]]);

  day(phx, '2024-05-05', [
    ['10:00', '12:00', 'briefing', 'Local partner orientation: Arizona and the border', PARTNER_PHX, { venue: 'v-hotel-phx' }],
    ['13:00', '16:00', 'cultural', 'Heard Museum: Native American art and cultures', 'Heard Museum', { address: '2301 N Central Ave, Phoenix, AZ 85004' }],
  ]);
  homeHospitality(phx, '2024-05-05', ['Delgado', 'Brooks', 'Yazzie', 'Kowalski']);

  day(phx, '2024-05-06', [
    ['09:00', '10:30', 'meeting', 'Highway interdiction and trafficking corridors', 'Arizona Department of Public Safety', { address: '2102 W Encanto Blvd, Phoenix, AZ 85009' }],
    ['11:00', '12:30', 'meeting', 'Fentanyl trafficking trends', 'Drug Enforcement Administration, Phoenix Field Division'],
    ['12:45', '13:45', 'meal', 'Working lunch', PARTNER_PHX],
    ['14:00', '15:30', 'meeting', 'Prosecuting drug trafficking organizations', 'Maricopa County Attorney’s Office', { address: '225 W Madison St, Phoenix, AZ 85003' }],
    ['16:00', '17:30', 'meeting', 'Coordinating task forces across agencies', 'Arizona High Intensity Drug Trafficking Area (HIDTA)'],
  ]);
  debriefs(phx, ['2024-05-06']);
  debriefs(tus, ['2024-05-09']);
  evening(tus, '2024-05-08', '19:30');
  interpreterPrep(phx, '2024-05-05', 'drug interdiction and chemical precursors');
  interpreterPrep(tus, '2024-05-08', 'border patrol operations and ports of entry');
  day(phx, '2024-05-07', [
    ['09:00', '10:30', 'meeting', 'Municipal drug enforcement', 'Phoenix Police Department, Drug Enforcement Bureau', { address: '620 W Washington St, Phoenix, AZ 85003' }],
    ['11:00', '12:30', 'site-visit', 'Arizona Counter Terrorism Information Center', 'Arizona Counter Terrorism Information Center (ACTIC)', { travelerNotes: 'Passports required; no phones beyond the lobby.' }],
    ['12:45', '13:45', 'meal', 'Lunch', PARTNER_PHX],
    ['14:00', '15:30', 'meeting', 'Research on violence prevention and community safety', 'Arizona State University, Center for Violence Prevention and Community Safety'],
    ['18:40', '21:30', 'cultural', 'Arizona Diamondbacks baseball game', 'Chase Field', { address: '401 E Jefferson St, Phoenix, AZ 85004', travelerNotes: 'Tickets are on your program phone.' }],
  ]);

  b.travel({ mode: 'ground', title: 'Motorcoach Phoenix to Tucson (I-10)', from: 'v-hotel-phx', to: 'v-hotel-tus', depart: '2024-05-08T09:15', minutes: 135, who: withOfficer, pickupPoint: 'Hotel porte-cochère', travelerNotes: 'Luggage goes under the coach; keep water with you.' });
  day(tus, '2024-05-08', [
    ['11:45', '12:45', 'meal', 'Lunch in downtown Tucson', PARTNER_TUS],
    ['13:30', '15:00', 'meeting', 'Rural border-county law enforcement', 'Pima County Sheriff’s Department', { address: '1750 E Benson Hwy, Tucson, AZ 85714' }],
  ]);
  b.hotel({ title: 'Presidio Desert Inn', hotel: 'v-hotel-tus', checkIn: '2024-05-08T15:30', checkOut: '2024-05-13T05:00', who, internalNotes: 'Early check-out on May 13: the coach leaves at 05:00.' });
  day(tus, '2024-05-08', [['18:00', '19:30', 'briefing', 'Local partner orientation: Tucson and the Sonoran borderlands', PARTNER_TUS, { venue: 'v-hotel-tus' }]]);

  day(tus, '2024-05-09', [
    ['07:30', '12:00', 'site-visit', 'Nogales station and the DeConcini port of entry', 'U.S. Border Patrol, Tucson Sector', {
      who: withOfficer,
      dressCode: 'Business casual with closed-toe shoes',
      travelerNotes: 'Hat, sunscreen and water; expect 35 °C and walking on uneven ground. No photographs at the port of entry.',
      internalNotes: 'Names and passport numbers sent to the Sector on April 25 for clearance.',
    }],
    ['12:30', '13:30', 'meal', 'Lunch in Nogales, Arizona', PARTNER_TUS],
  ]);
  split(tus, '2024-05-09', '14:30', '16:00', [
    ['Federal prosecution along the border', 'U.S. Attorney’s Office, District of Arizona (Tucson)', ['p-mx-ruiz', 'p-hn-zelaya', 'p-co-suarez', 'p-pe-quispe']],
    ['Ports of entry and cargo targeting', 'U.S. Customs and Border Protection, Tucson Field Office', ['p-mx-hernandez', 'p-gt-xicara', 'p-sv-rivas', 'p-co-ospina', 'p-do-pena', 'p-py-benitez', 'p-br-albuquerque', 'p-jm-campbell', 'p-jm-brown', 'p-tr-ozturk']],
  ]);
  day(tus, '2024-05-09', [['19:00', '21:00', 'meal', 'Dinner hosted by the Rotary Club of Tucson', 'Rotary Club of Tucson', { dressCode: 'Business casual' }]]);
  debriefs(tus, ['2024-05-10']);
  day(tus, '2024-05-10', [
    ['09:00', '10:30', 'meeting', 'Borders, migration and human rights', 'University of Arizona, James E. Rogers College of Law', { address: '1201 E Speedway Blvd, Tucson, AZ 85719' }],
    ['11:00', '12:30', 'meeting', 'Community policing in a border city', 'Tucson Police Department'],
    ['12:45', '13:45', 'meal', 'Lunch', PARTNER_TUS],
    ['14:00', '15:30', 'meeting', 'Serving survivors of human trafficking', 'Southern Arizona Anti-Trafficking Unified Response Network'],
    ['16:00', '17:30', 'meeting', 'Air and marine interdiction', 'CBP Air and Marine Operations, Tucson Air Branch', { status: 'tentative', internalNotes: 'Hangar tour only if no aircraft is deployed.' }],
  ]);
  day(tus, '2024-05-11', [
    ['07:00', '07:45', 'meal', 'Breakfast at the hotel with the museum’s education director', PARTNER_TUS, { venue: 'v-hotel-tus' }],
    ['08:00', '13:00', 'cultural', 'Arizona-Sonora Desert Museum', 'Arizona-Sonora Desert Museum', { address: '2021 N Kinney Rd, Tucson, AZ 85743', travelerNotes: 'Mostly outdoors: hat and water.' }],
    ['13:00', '18:00', 'free-time', 'Afternoon at leisure', null, { dressCode: '' }],
  ]);
  day(tus, '2024-05-12', [
    ['09:00', '12:00', 'cultural', 'Mission San Xavier del Bac', PARTNER_TUS, { travelerNotes: 'An active church: shoulders covered inside.' }],
    ['13:00', '18:00', 'free-time', 'Afternoon at leisure', null, { dressCode: '' }],
  ]);
  homeHospitality(tus, '2024-05-12', ['Romero'], ['p-br-albuquerque', 'p-jm-campbell', 'p-co-ospina']);

  b.travel({ mode: 'ground', title: 'Coach to Tucson International Airport', from: 'v-hotel-tus', to: 'v-tus', depart: '2024-05-13T04:30', minutes: 30, who, pickupPoint: 'Hotel lobby', travelerNotes: 'An early start: the hotel has coffee and pastries in the lobby from 04:00.' });
  b.travel({ mode: 'flight', title: 'Tucson to Dallas/Fort Worth', carrier: 'American Airlines', number: 'AA 2240', from: 'v-tus', to: 'v-dfw', depart: '2024-05-13T06:30', minutes: 135, who });
  b.travel({ mode: 'flight', title: 'Dallas/Fort Worth to New York LaGuardia', carrier: 'American Airlines', number: 'AA 1322', from: 'v-dfw', to: 'v-lga', depart: '2024-05-13T12:05', minutes: 215, who, travelerNotes: 'Connection of 1 h 20 min at DFW; stay with your ELO.' });
  day(visit(b, 'border', 'new-york', '212'), '2024-05-13', [['19:00', '20:30', 'meal', 'Welcome to New York: group dinner near the hotel', 'Meridian International Center']]);
  b.travel({ mode: 'ground', title: 'Coach to the New York hotel', from: 'v-lga', to: 'v-hotel-nyc', depart: '2024-05-13T17:10', minutes: 50, who, pickupPoint: 'Terminal B arrivals, ground transportation desk' });
}
