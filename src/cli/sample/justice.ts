/**
 * Group "Counterterrorism and Rule of Law": Huntsville (Central), then Salt Lake City (Mountain)
 * through Atlanta, then New York.
 */
import type { SampleBuilder } from './builder';
import { day, debriefs, evening, homeHospitality, interpreterPrep, split, visit } from './visit';

const PARTNER_HSV = 'Global Ties Alabama';
const PARTNER_SLC = 'Utah Council for Citizen Diplomacy';

/** Adds the justice group's city visits, May 4 to May 13. */
export function planJustice(b: SampleBuilder): void {
  b.section('jus');
  const hsv = visit(b, 'justice', 'huntsville', '256', 'v-hotel-hsv', 30);
  const slc = visit(b, 'justice', 'salt-lake-city', '801', 'v-hotel-slc');
  const who = hsv.who;

  b.travel({ mode: 'ground', title: 'Coach to Dulles Airport', from: 'v-hotel-dc', to: 'v-iad', depart: '2024-05-04T11:00', minutes: 50, who, pickupPoint: 'Hotel lobby, E Street entrance' });
  b.travel({ mode: 'flight', title: 'Washington Dulles to Huntsville', carrier: 'United Airlines', number: 'UA 3527', from: 'v-iad', to: 'v-hsv', depart: '2024-05-04T13:20', minutes: 125, who, travelerNotes: 'Regional jet: large bags are checked at the aircraft door.' });
  b.travel({ mode: 'ground', title: 'Coach to the hotel', from: 'v-hsv', to: 'v-hotel-hsv', depart: '2024-05-04T14:55', minutes: 25, who, pickupPoint: 'Baggage claim exit' });
  b.hotel({ title: 'Rocket City Downtown Hotel', hotel: 'v-hotel-hsv', checkIn: '2024-05-04T15:30', checkOut: '2024-05-09T05:15', who, internalNotes: 'Prayer room arranged on request; halal breakfast options confirmed with the kitchen.' });
  day(hsv, '2024-05-04', [['16:45', '17:45', 'cultural', 'Big Spring Park stroll', PARTNER_HSV], ['18:30', '20:00', 'meal', 'Welcome dinner with the local partner', PARTNER_HSV, { internalNotes: 'Halal menu ordered for four guests.' }]]);

  day(hsv, '2024-05-05', [
    ['10:00', '12:00', 'briefing', 'Local partner orientation: Huntsville, the Rocket City', PARTNER_HSV, { venue: 'v-hotel-hsv' }],
    ['13:00', '16:30', 'cultural', 'U.S. Space & Rocket Center', 'U.S. Space & Rocket Center', { address: '1 Tranquility Base, Huntsville, AL 35805' }],
  ]);
  homeHospitality(hsv, '2024-05-05', ['Carter', 'Abernathy', 'Harris', 'Goldberg']);

  day(hsv, '2024-05-06', [
    ['08:30', '11:30', 'site-visit', 'Terrorist Explosive Device Analytical Center (TEDAC)', 'FBI, Redstone Arsenal', {
      address: 'Redstone Arsenal, Huntsville, AL 35898',
      travelerNotes: 'Passports are checked at the Redstone Arsenal gate. No phones or cameras past the visitor center.',
      internalNotes: 'Gate access list submitted April 22; two names pending re-check.',
    }],
    ['12:00', '13:00', 'meal', 'Lunch', PARTNER_HSV],
  ]);
  split(hsv, '2024-05-06', '14:00', '15:30', [
    ['Prosecution in a growing county', 'Madison County District Attorney’s Office', ['p-jo-alhaddad', 'p-ma-bennani', 'p-tn-bensalah', 'p-ci-kouassi', 'p-al-hoxha', 'p-mr-ahmed']],
    ['Community trust and preventing violent extremism', 'Huntsville Police Department', ['p-jo-haddad', 'p-ma-elamrani', 'p-iq-aljubouri', 'p-sn-ndiaye', 'p-sn-sarr', 'p-cm-mbarga', 'p-lb-khoury', 'p-pk-siddiqui']],
  ]);
  debriefs(hsv, ['2024-05-06', '2024-05-07', '2024-05-08']);
  debriefs(slc, ['2024-05-09']);
  evening(slc, '2024-05-09', '18:30');
  interpreterPrep(hsv, '2024-05-05', 'explosives forensics vocabulary for TEDAC');
  interpreterPrep(slc, '2024-05-09', 'intelligence analysis and civil liberties law');
  day(hsv, '2024-05-07', [
    ['09:00', '10:30', 'meeting', 'Terrorism prosecutions and international evidence', 'U.S. Attorney’s Office, Northern District of Alabama'],
    ['11:00', '12:30', 'meeting', 'Information sharing at a state fusion center', 'Alabama Fusion Center'],
    ['12:45', '13:45', 'meal', 'Lunch', PARTNER_HSV],
    ['14:00', '15:30', 'site-visit', 'A day in a U.S. criminal courtroom', 'Madison County Circuit Court', { travelerNotes: 'Court is in session: phones off, no talking in the gallery.' }],
  ]);
  day(hsv, '2024-05-08', [
    ['09:00', '10:30', 'meeting', 'Child protection and forensic interviewing', 'National Children’s Advocacy Center', { address: '210 Pratt Ave NE, Huntsville, AL 35801' }],
    ['11:00', '12:30', 'meeting', 'Civil rights history and the courts', 'Alabama A&M University, Department of History and Political Science'],
    ['12:45', '13:45', 'meal', 'Lunch', PARTNER_HSV],
    ['15:00', '17:00', 'cultural', 'Burritt on the Mountain', 'Burritt on the Mountain', { address: '3101 Burritt Dr SE, Huntsville, AL 35801' }],
  ]);

  b.travel({ mode: 'ground', title: 'Coach to Huntsville Airport', from: 'v-hotel-hsv', to: 'v-hsv', depart: '2024-05-09T05:00', minutes: 25, who, pickupPoint: 'Hotel lobby' });
  b.travel({ mode: 'flight', title: 'Huntsville to Atlanta', carrier: 'Delta Air Lines', number: 'DL 1930', from: 'v-hsv', to: 'v-atl', depart: '2024-05-09T07:00', minutes: 65, who });
  b.travel({ mode: 'flight', title: 'Atlanta to Salt Lake City', carrier: 'Delta Air Lines', number: 'DL 1587', from: 'v-atl', to: 'v-slc', depart: '2024-05-09T10:30', minutes: 245, who, travelerNotes: 'Clocks go back two hours between Atlanta and Salt Lake City.' });
  b.travel({ mode: 'ground', title: 'Coach to the hotel', from: 'v-slc', to: 'v-hotel-slc', depart: '2024-05-09T13:05', minutes: 25, who, pickupPoint: 'Arrivals, ground transportation level' });
  b.hotel({ title: 'Temple Square Plaza Hotel', hotel: 'v-hotel-slc', checkIn: '2024-05-09T13:45', checkOut: '2024-05-13T06:30', who });
  day(slc, '2024-05-09', [['15:00', '16:30', 'briefing', 'Local partner orientation: Utah and its communities', PARTNER_SLC, { venue: 'v-hotel-slc' }]]);

  day(slc, '2024-05-10', [
    ['09:00', '10:30', 'meeting', 'A statewide information and analysis center', 'Utah Department of Public Safety', { address: '4501 S 2700 W, Taylorsville, UT 84129' }],
    ['11:00', '12:30', 'meeting', 'Civil liberties and national security law', 'University of Utah, S.J. Quinney College of Law', { address: '383 S University St, Salt Lake City, UT 84112' }],
    ['12:45', '13:45', 'meal', 'Lunch', PARTNER_SLC],
    ['14:00', '15:30', 'meeting', 'Victim services in the prosecutor’s office', 'Salt Lake County District Attorney’s Office'],
    ['16:00', '17:30', 'meeting', 'Refugee integration and community trust', 'International Rescue Committee, Salt Lake City', { status: 'tentative' }],
  ]);
  debriefs(slc, ['2024-05-10']);
  day(slc, '2024-05-10', [['19:00', '21:00', 'meal', 'Dinner hosted by the Utah Council for Citizen Diplomacy', PARTNER_SLC, { dressCode: 'Business casual' }]]);
  day(slc, '2024-05-11', [
    ['09:00', '15:00', 'cultural', 'Great Salt Lake and Antelope Island State Park', PARTNER_SLC, { travelerNotes: 'Bring a hat and water; lunch is a picnic provided by the partner.', meals: ['lunch'] }],
    ['15:00', '19:00', 'free-time', 'Late afternoon at leisure', null, { dressCode: '' }],
  ]);
  day(slc, '2024-05-12', [
    ['09:00', '11:00', 'cultural', 'Community service: meal packing with a refugee resettlement partner', 'Utah Refugee Services Office', { dressCode: 'Casual' }],
    ['11:30', '16:00', 'free-time', 'Afternoon at leisure', null, { dressCode: '' }],
  ]);
  // Still only an idea for the free afternoon: the partner will ask once the group confirms interest.
  day(slc, '2024-05-12', [['13:00', '14:30', 'site-visit', 'Utah State Capitol and the Utah Supreme Court', 'Utah State Courts, Administrative Office', {
    status: 'idea',
    address: '350 N State St, Salt Lake City, UT 84103',
    arrangement: { askedOn: null, lastContactOn: null, note: 'Ask the ELO on May 9 whether the group wants it instead of free time.' },
  }]]);
  homeHospitality(slc, '2024-05-12', ['Sato'], ['p-lb-khoury', 'p-pk-siddiqui', 'p-al-hoxha', 'p-ma-bennani']);

  // The flight spans lunch: the hotel packs breakfast and a lunch for the plane.
  day({ ...slc, hotel: null }, '2024-05-13', [['05:50', '06:15', 'meal', 'Grab-and-go breakfast and boxed lunch', 'Temple Square Plaza Hotel', { venue: 'v-hotel-slc', meals: ['breakfast', 'lunch'], travelerNotes: 'In the lobby: take your lunch for the flight.' }]]);
  b.travel({ mode: 'ground', title: 'Coach to Salt Lake City Airport', from: 'v-hotel-slc', to: 'v-slc', depart: '2024-05-13T06:20', minutes: 25, who, pickupPoint: 'Hotel lobby' });
  b.travel({ mode: 'flight', title: 'Salt Lake City to New York', carrier: 'Delta Air Lines', number: 'DL 1220', from: 'v-slc', to: 'v-jfk', depart: '2024-05-13T08:30', minutes: 275, who });
  day(visit(b, 'justice', 'new-york', '212'), '2024-05-13', [['18:30', '20:00', 'meal', 'Welcome to New York: group dinner near the hotel', 'Meridian International Center', { internalNotes: 'Halal restaurant booked.' }]]);
  b.travel({ mode: 'ground', title: 'Coach to the New York hotel', from: 'v-jfk', to: 'v-hotel-nyc', depart: '2024-05-13T15:35', minutes: 60, who, pickupPoint: 'Terminal 4 arrivals, outside door B' });
}
