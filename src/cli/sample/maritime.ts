/**
 * Group "Maritime Security and IUU Fishing": Tampa Bay / St. Petersburg (Eastern), then Seattle
 * (Pacific), then New York. Includes the visit to the Maritime and Defense Technology Hub in the
 * St. Pete Innovation District.
 */
import { attendees, type SampleBuilder } from './builder';
import { GROUPS, PROGRAM_OFFICER } from './staff';
import { day, debriefs, evening, homeHospitality, interpreterPrep, split, visit } from './visit';

const PARTNER_TB = 'Global Ties Tampa Bay';
const PARTNER_SEA = 'World Affairs Council of Seattle';

/** Adds the maritime group's city visits, May 4 to May 13. */
export function planMaritime(b: SampleBuilder): void {
  b.section('mar');
  const stp = visit(b, 'maritime', 'st-petersburg', '727', 'v-hotel-stp');
  const tpa = visit(b, 'maritime', 'tampa', '813', 'v-hotel-stp', 40);
  const sea = visit(b, 'maritime', 'seattle', '206', 'v-hotel-sea');
  const who = stp.who;

  b.travel({ mode: 'ground', title: 'Coach to Reagan National Airport', from: 'v-hotel-dc', to: 'v-dca', depart: '2024-05-04T10:20', minutes: 30, who, pickupPoint: 'Hotel lobby, E Street entrance' });
  b.travel({ mode: 'flight', title: 'Washington to Tampa', carrier: 'American Airlines', number: 'AA 1453', from: 'v-dca', to: 'v-tpa', depart: '2024-05-04T12:25', minutes: 140, who, travelerNotes: 'One checked bag is paid by the program.' });
  b.travel({ mode: 'ground', title: 'Coach to St. Petersburg', from: 'v-tpa', to: 'v-hotel-stp', depart: '2024-05-04T15:15', minutes: 45, who, pickupPoint: 'Baggage claim, red side, door 6' });
  b.hotel({ title: 'Bayfront Harbor Hotel', hotel: 'v-hotel-stp', checkIn: '2024-05-04T16:00', checkOut: '2024-05-09T07:00', who, internalNotes: 'Ground-floor room for Mr. Asante-Mensah confirmed.' });
  day(stp, '2024-05-04', [['16:45', '17:45', 'cultural', 'Walk along the downtown waterfront parks', PARTNER_TB], ['18:30', '20:00', 'meal', 'Welcome dinner with the local partner', PARTNER_TB]]);

  day(stp, '2024-05-05', [
    ['10:00', '12:00', 'briefing', 'Local partner orientation: Tampa Bay’s ports and waterways', PARTNER_TB, { venue: 'v-hotel-stp' }],
    ['13:00', '16:00', 'cultural', 'The Dalí Museum', 'The Dalí Museum', { address: 'One Dalí Blvd, St. Petersburg, FL 33701' }],
  ]);
  homeHospitality(stp, '2024-05-05', ['Alvarez', 'Whitaker', 'Thompson', 'Nguyen']);

  day(stp, '2024-05-06', [
    ['08:30', '10:00', 'meeting', 'U.S. Coast Guard Sector St. Petersburg: maritime law enforcement operations', 'U.S. Coast Guard Sector St. Petersburg', { address: '600 8th Ave SE, St. Petersburg, FL 33701' }],
    ['10:30', '12:30', 'site-visit', 'Maritime and Defense Technology Hub: the triple helix of innovation', 'Maritime and Defense Technology Hub', {
      venue: 'v-mdt-hub',
      // The program officer flies in for the visit the blog post made famous.
      who: attendees({ groupIds: [GROUPS.maritime.id], staffIds: [PROGRAM_OFFICER] }),
      travelerNotes: 'Industry, government and academia under one roof in the St. Pete Innovation District. Includes a demonstration of Pole Star Defense’s maritime monitoring: send your country’s Exclusive Economic Zone to your ELO by May 5 to see it on screen.',
      internalNotes: 'Hub asks for the attendee list with nationalities 72 hours ahead (sent May 2).',
    }],
    ['12:45', '13:45', 'meal', 'Working lunch in the Innovation District', 'St. Pete Innovation District'],
    ['14:00', '15:30', 'meeting', 'Ocean monitoring for enforcement', 'University of South Florida, College of Marine Science', { address: '140 7th Ave S, St. Petersburg, FL 33701' }],
    ['16:00', '17:30', 'meeting', 'Fish and wildlife law enforcement at sea', 'Florida Fish and Wildlife Conservation Commission, Division of Law Enforcement', { address: '100 8th Ave SE, St. Petersburg, FL 33701' }],
  ]);
  day(tpa, '2024-05-07', [
    ['09:00', '10:30', 'meeting', 'Port security and cargo screening', 'Port Tampa Bay', { address: '1101 Channelside Dr, Tampa, FL 33602' }],
    ['11:00', '12:30', 'meeting', 'Customs at a Gulf Coast seaport', 'U.S. Customs and Border Protection, Tampa Field Office'],
    ['12:45', '13:45', 'meal', 'Lunch in Ybor City', 'Global Ties Tampa Bay'],
    ['14:00', '15:30', 'meeting', 'Prosecuting maritime drug smuggling', 'U.S. Attorney’s Office, Middle District of Florida', { address: '400 N Tampa St, Tampa, FL 33602' }],
    ['16:00', '17:00', 'site-visit', 'Marine Unit boat launch', 'Hillsborough County Sheriff’s Office, Marine Unit', {
      address: '2008 E 8th Ave, Tampa, FL 33605', dressCode: 'Casual, flat shoes', status: 'tentative', internalNotes: 'Depends on the unit’s call volume that afternoon; confirm by 12:00.' }],
  ]);
  day(stp, '2024-05-08', [
    ['09:00', '10:30', 'meeting', 'State investigations and regional fusion', 'Florida Department of Law Enforcement, Tampa Bay Region'],
    ['11:00', '12:30', 'meeting', 'Marine science and fisheries forensics', 'Eckerd College, Galbraith Marine Science Laboratory', { address: '4200 54th Ave S, St. Petersburg, FL 33711' }],
    ['13:00', '14:00', 'meal', 'Lunch on the waterfront', PARTNER_TB],
  ]);
  split(stp, '2024-05-08', '14:30', '16:00', [
    ['County maritime patrol and search and rescue', 'Pinellas County Sheriff’s Office', ['p-cr-quesada', 'p-pa-batista', 'p-ph-delacruz', 'p-id-wibowo', 'p-vn-nguyen', 'p-gh-asante', 'p-ke-kamau', 'p-lk-wickramasinghe', 'p-is-sigurdardottir', 'p-gr-papadaki']],
    ['Prosecuting environmental and fisheries crimes', 'Office of the State Attorney, Sixth Judicial Circuit', ['p-ec-andrade', 'p-pt-goncalves', 'p-mz-macuacua', 'p-cr-mora']],
  ]);
  day(stp, '2024-05-08', [['17:00', '21:00', 'free-time', 'Evening at leisure: the St. Pete Pier', null, { dressCode: '' }]]);
  debriefs(stp, ['2024-05-06']);
  debriefs(sea, ['2024-05-09']);
  evening(sea, '2024-05-09', '18:30');
  interpreterPrep(stp, '2024-05-05', 'maritime domain awareness and satellite monitoring');
  interpreterPrep(sea, '2024-05-09', 'port security and boarding procedures');
  debriefs(tpa, ['2024-05-07']);
  day(stp, '2024-05-07', [['19:00', '21:00', 'meal', 'Dinner hosted by the Rotary Club of St. Petersburg', 'Rotary Club of St. Petersburg', { dressCode: 'Business casual' }]]);

  b.travel({ mode: 'ground', title: 'Coach to Tampa International Airport', from: 'v-hotel-stp', to: 'v-tpa', depart: '2024-05-09T07:15', minutes: 50, who, pickupPoint: 'Hotel lobby', travelerNotes: 'Breakfast boxes are handed out on the coach.' });
  b.travel({ mode: 'flight', title: 'Tampa to Seattle', carrier: 'Alaska Airlines', number: 'AS 725', from: 'v-tpa', to: 'v-sea', depart: '2024-05-09T09:40', minutes: 375, who });
  b.travel({ mode: 'ground', title: 'Coach to the hotel', from: 'v-sea', to: 'v-hotel-sea', depart: '2024-05-09T13:30', minutes: 40, who, pickupPoint: 'Ground transportation center, 3rd floor of the garage, island 1' });
  b.hotel({ title: 'Pioneer Square Waterfront Hotel', hotel: 'v-hotel-sea', checkIn: '2024-05-09T14:15', checkOut: '2024-05-13T10:00', who });
  day(sea, '2024-05-09', [['15:00', '16:30', 'briefing', 'Local partner orientation: Puget Sound and the Pacific', PARTNER_SEA, { venue: 'v-hotel-sea', meals: ['lunch'], travelerNotes: 'A late lunch is served during the orientation: there is no meal on the flight.' }]]);

  day(sea, '2024-05-10', [
    ['09:00', '10:30', 'meeting', 'Coast Guard operations in the Pacific Northwest', 'U.S. Coast Guard Sector Puget Sound', { address: '1519 Alaskan Way S, Seattle, WA 98134' }],
    ['11:00', '12:30', 'site-visit', 'Maritime security at a container port', 'Port of Seattle', { dressCode: 'Casual, closed-toe shoes; hard hats provided' }],
    ['12:45', '13:45', 'meal', 'Lunch at the port', 'Port of Seattle'],
    ['14:00', '15:30', 'meeting', 'Fisheries enforcement on the West Coast', 'NOAA Fisheries, Office of Law Enforcement, West Coast Division', { status: 'tentative', internalNotes: 'Agent may be called to a boarding; the partner holds a backup speaker.' }],
    ['16:00', '17:30', 'meeting', 'Marine policy and ocean governance', 'University of Washington, School of Marine and Environmental Affairs', { address: '3707 Brooklyn Ave NE, Seattle, WA 98105' }],
  ]);
  debriefs(sea, ['2024-05-10']);
  day(sea, '2024-05-11', [
    ['08:00', '09:30', 'meal', 'Breakfast with Seattle maritime industry leaders', 'Seattle Propeller Club', {
      status: 'requested',
      arrangement: { note: 'The club asks for the attendee list with positions; the partner sent it April 30 and calls again May 6.' },
    }],
    ['10:00', '13:00', 'cultural', 'Pike Place Market and the waterfront', PARTNER_SEA],
    ['13:00', '18:00', 'free-time', 'Afternoon at leisure', null, { dressCode: '' }],
  ]);
  day(sea, '2024-05-12', [['10:00', '14:00', 'cultural', 'Ferry to Bainbridge Island', PARTNER_SEA, { travelerNotes: 'Bring a rain jacket. The ferry leaves from Pier 52; lunch in Winslow is hosted by the partner.', meals: ['lunch'] }]]);
  homeHospitality(sea, '2024-05-12', ['Lindqvist'], ['p-is-sigurdardottir', 'p-ph-delacruz', 'p-ke-kamau']);
  day(sea, '2024-05-13', [['08:30', '09:45', 'briefing', 'Group reflection on the city visits', PARTNER_SEA, { venue: 'v-hotel-sea' }]]);
  b.travel({ mode: 'ground', title: 'Coach to Seattle–Tacoma Airport', from: 'v-hotel-sea', to: 'v-sea', depart: '2024-05-13T10:15', minutes: 45, who, pickupPoint: 'Hotel lobby' });
  b.travel({ mode: 'flight', title: 'Seattle to New York', carrier: 'Delta Air Lines', number: 'DL 1340', from: 'v-sea', to: 'v-jfk', depart: '2024-05-13T13:00', minutes: 320, who });
  b.travel({ mode: 'ground', title: 'Coach to the New York hotel', from: 'v-jfk', to: 'v-hotel-nyc', depart: '2024-05-13T21:50', minutes: 60, who, pickupPoint: 'Terminal 4 arrivals, outside door B' });
}
