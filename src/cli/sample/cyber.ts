/**
 * Group "Cybercrime and Financial Crime": Cleveland (Eastern), then Austin (Central), then New York.
 */
import type { SampleBuilder } from './builder';
import { day, debriefs, evening, homeHospitality, interpreterPrep, split, visit } from './visit';

const PARTNER_CLE = 'Cleveland Council on World Affairs';
const PARTNER_AUS = 'Global Austin';

/** Adds the cyber group's city visits, May 4 to May 13. */
export function planCyber(b: SampleBuilder): void {
  b.section('cyb');
  const cle = visit(b, 'cyber', 'cleveland', '216', 'v-hotel-cle');
  const aus = visit(b, 'cyber', 'austin', '512', 'v-hotel-aus', 25);
  const who = cle.who;

  b.travel({ mode: 'ground', title: 'Coach to Reagan National Airport', from: 'v-hotel-dc', to: 'v-dca', depart: '2024-05-04T12:00', minutes: 30, who, pickupPoint: 'Hotel lobby, E Street entrance', travelerNotes: 'Luggage can stay with the bell desk after check-out at 11:00.' });
  b.travel({ mode: 'flight', title: 'Washington to Cleveland', carrier: 'American Airlines', number: 'AA 4422', from: 'v-dca', to: 'v-cle', depart: '2024-05-04T14:05', minutes: 85, who });
  b.travel({ mode: 'ground', title: 'Coach to the hotel', from: 'v-cle', to: 'v-hotel-cle', depart: '2024-05-04T16:00', minutes: 30, who, pickupPoint: 'Baggage claim, door 2' });
  b.hotel({ title: 'Public Square Hotel', hotel: 'v-hotel-cle', checkIn: '2024-05-04T16:30', checkOut: '2024-05-09T08:00', who });
  day(cle, '2024-05-04', [['17:00', '18:00', 'cultural', 'Walk around Public Square and the Arcade', PARTNER_CLE], ['18:30', '20:00', 'meal', 'Welcome dinner with the local partner', PARTNER_CLE]]);

  day(cle, '2024-05-05', [
    ['10:00', '12:00', 'briefing', 'Local partner orientation: Cleveland and the Great Lakes', PARTNER_CLE, { venue: 'v-hotel-cle' }],
    ['13:00', '16:00', 'cultural', 'Rock & Roll Hall of Fame', 'Rock & Roll Hall of Fame', { address: '1100 E 9th St, Cleveland, OH 44114' }],
  ]);
  homeHospitality(cle, '2024-05-05', ['Sullivan', 'Kowalski', 'Washington', 'Patel']);

  day(cle, '2024-05-06', [
    ['09:00', '10:30', 'meeting', 'Cyber task forces and international requests', 'FBI Cleveland Field Office, Cyber Task Force', { address: '1501 Lakeside Ave, Cleveland, OH 44114', travelerNotes: 'Photo ID required; phones are left in lockers.' }],
    ['11:00', '12:30', 'meeting', 'Digital evidence in state prosecutions', 'Cuyahoga County Prosecutor’s Office', { address: '1200 Ontario St, Cleveland, OH 44113' }],
    ['12:45', '13:45', 'meal', 'Working lunch', PARTNER_CLE],
    ['14:00', '15:30', 'site-visit', 'Digital forensics laboratory', 'Case Western Reserve University', { address: '10900 Euclid Ave, Cleveland, OH 44106' }],
    ['16:00', '17:30', 'meeting', 'Payment fraud and the banking system', 'Federal Reserve Bank of Cleveland', { address: '1455 E 6th St, Cleveland, OH 44114' }],
  ]);
  day(cle, '2024-05-07', [
    ['09:00', '10:30', 'meeting', 'Cyber fraud task forces', 'U.S. Secret Service, Cleveland Field Office'],
    ['11:00', '12:30', 'meeting', 'State cyber crimes unit', 'Ohio Attorney General, Bureau of Criminal Investigation'],
    ['12:45', '13:45', 'meal', 'Lunch', PARTNER_CLE],
  ]);
  split(cle, '2024-05-07', '14:00', '15:30', [
    ['Training cyber defenders: the Ohio Cyber Range', 'Ohio Cyber Range Institute', ['p-ua-kovalenko', 'p-kg-toktogulov', 'p-ee-tamm', 'p-in-venkataraman', 'p-kr-kim', 'p-ge-beridze', 'p-cz-kucera']],
    ['Asset forfeiture and financial investigations', 'Internal Revenue Service, Criminal Investigation, Cincinnati Field Office', ['p-ua-melnyk', 'p-kz-seitkali', 'p-uz-rakhimova', 'p-pl-wroblewska', 'p-ro-stefanescu', 'p-in-mehta', 'p-ng-okafor']],
  ]);
  day(cle, '2024-05-07', [
    ['19:10', '21:45', 'cultural', 'Cleveland Guardians baseball game', 'Progressive Field', { address: '2401 Ontario St, Cleveland, OH 44115' }],
  ]);
  day(cle, '2024-05-08', [
    ['09:00', '10:30', 'meeting', 'Anti-money-laundering compliance in a regional bank', 'Lake Erie Regional Bank, Financial Crimes Compliance'],
    ['11:00', '12:30', 'meeting', 'A federal judge on electronic evidence and extradition', 'U.S. District Court, Northern District of Ohio', { address: '801 W Superior Ave, Cleveland, OH 44113' }],
    ['12:45', '13:45', 'meal', 'Lunch', PARTNER_CLE],
    ['14:00', '18:00', 'free-time', 'Afternoon at leisure', null, { dressCode: '' }],
  ]);
  debriefs(cle, ['2024-05-06', '2024-05-07', '2024-05-08']);
  debriefs(aus, ['2024-05-09']);
  evening(aus, '2024-05-09', '18:30');
  interpreterPrep(cle, '2024-05-05', 'digital forensics and cyber task forces');
  interpreterPrep(aus, '2024-05-09', 'intelligence fusion and financial exploitation');

  b.travel({ mode: 'ground', title: 'Coach to Cleveland Hopkins Airport', from: 'v-hotel-cle', to: 'v-cle', depart: '2024-05-09T08:15', minutes: 30, who, pickupPoint: 'Hotel lobby' });
  b.travel({ mode: 'flight', title: 'Cleveland to Austin', carrier: 'Southwest Airlines', number: 'WN 2719', from: 'v-cle', to: 'v-aus', depart: '2024-05-09T10:20', minutes: 185, who, travelerNotes: 'Open seating: your ELO boards first with the boarding passes.' });
  b.travel({ mode: 'ground', title: 'Coach to the hotel', from: 'v-aus', to: 'v-hotel-aus', depart: '2024-05-09T13:00', minutes: 30, who, pickupPoint: 'Arrivals curb, outer lane' });
  b.hotel({ title: 'Congress Avenue Hotel', hotel: 'v-hotel-aus', checkIn: '2024-05-09T14:00', checkOut: '2024-05-13T10:00', who });
  day(aus, '2024-05-09', [['15:00', '16:30', 'briefing', 'Local partner orientation: Austin and Texas', PARTNER_AUS, { venue: 'v-hotel-aus' }]]);

  day(aus, '2024-05-10', [
    ['09:00', '10:30', 'meeting', 'State cyber investigations', 'Texas Department of Public Safety, Criminal Investigations Division', { address: '5805 N Lamar Blvd, Austin, TX 78752' }],
    ['11:00', '12:30', 'meeting', 'Cyber norms and international security', 'University of Texas at Austin, Strauss Center for International Security and Law'],
    ['12:45', '13:45', 'meal', 'Lunch', PARTNER_AUS],
    ['14:00', '15:30', 'meeting', 'Prosecuting financial exploitation and online fraud', 'Travis County District Attorney’s Office'],
    ['16:00', '17:30', 'meeting', 'A regional intelligence center', 'Austin Regional Intelligence Center', { status: 'tentative', internalNotes: 'Awaiting the director’s confirmation.' }],
  ]);
  debriefs(aus, ['2024-05-10']);
  day(aus, '2024-05-10', [['19:00', '21:00', 'meal', 'Tex-Mex dinner hosted by Global Austin board members', PARTNER_AUS, { dressCode: 'Casual' }]]);
  day(aus, '2024-05-11', [
    ['08:00', '09:30', 'cultural', 'Community service: sorting donations at the Central Texas Food Bank', 'Central Texas Food Bank', { address: '6500 Metropolis Dr, Austin, TX 78744', dressCode: 'Casual, closed-toe shoes' }],
    ['10:00', '12:00', 'cultural', 'Texas State Capitol tour', 'Texas State Capitol', { address: '1100 Congress Ave, Austin, TX 78701' }],
    ['12:00', '18:00', 'free-time', 'Afternoon at leisure', null, { dressCode: '' }],
  ]);
  homeHospitality(aus, '2024-05-11', ['Morales'], ['p-pl-wroblewska', 'p-ee-tamm', 'p-kr-kim']);
  day(aus, '2024-05-12', [
    ['10:00', '16:00', 'free-time', 'Day at leisure', null, { dressCode: '' }],
    ['19:45', '20:45', 'cultural', 'Bat flight at the Congress Avenue Bridge', PARTNER_AUS, { travelerNotes: 'A short walk from the hotel; the colony emerges around sunset.' }],
  ]);
  // The host declined (its lab moves that week); the partner requested the intelligence center for the same slot instead.
  day(aus, '2024-05-10', [['16:00', '17:30', 'site-visit', 'Digital forensics laboratory tour', 'Austin Police Department, Digital Forensics Unit', {
    status: 'declined',
    arrangement: { note: 'Declined April 22: the lab moves to its new building that week. Offered again for next year.' },
  }]]);
  day(aus, '2024-05-13', [['08:30', '09:45', 'briefing', 'Group reflection on the city visits', PARTNER_AUS, { venue: 'v-hotel-aus', meals: ['lunch'], travelerNotes: 'Boxed lunches for the flight are handed out at the end.' }]]);
  b.travel({ mode: 'ground', title: 'Coach to Austin–Bergstrom Airport', from: 'v-hotel-aus', to: 'v-aus', depart: '2024-05-13T10:00', minutes: 30, who, pickupPoint: 'Hotel lobby' });
  b.travel({ mode: 'flight', title: 'Austin to New York', carrier: 'JetBlue', number: 'B6 1472', from: 'v-aus', to: 'v-jfk', depart: '2024-05-13T12:10', minutes: 215, who });
  day(visit(b, 'cyber', 'new-york', '212'), '2024-05-13', [['19:00', '20:30', 'meal', 'Welcome to New York: group dinner near the hotel', 'Meridian International Center']]);
  b.travel({ mode: 'ground', title: 'Coach to the New York hotel', from: 'v-jfk', to: 'v-hotel-nyc', depart: '2024-05-13T17:15', minutes: 60, who, pickupPoint: 'Terminal 5 arrivals, outside door 6' });
}
