/**
 * Every participant's own international flights: in to Washington on April 29 (one lands on the
 * 30th, washington.ts) and home from New York on May 17. Same-country participants fly together;
 * connections go through the hubs real itineraries use (Seoul, Doha, Dubai, Frankfurt, Paris,
 * Addis Ababa, São Paulo, Houston, Miami). Ukrainians start in Warsaw: no flights leave Ukraine.
 * Inbound flights are planned by their arrival, so each lands well before its airport pick-up
 * (logistics.ts); flights home leave at least three hours after the shuttle reaches JFK. Carriers
 * and routes are real ones; the times are plausible, not timetables.
 */
import type { City } from '../../shared/program/schema';
import { attendees, type SampleBuilder } from './builder';

/** Airports abroad and at US hubs: [venue id, city id, city, country, zone, IATA, airport, lat, lon]. */
const AIRPORTS: readonly [string, string, string, string, string, string, string, number, number][] = [
  ['v-sjo', 'san-jose-cr', 'San José', 'Costa Rica', 'America/Costa_Rica', 'SJO', 'Juan Santamaría International Airport', 9.9939, -84.2088],
  ['v-pty', 'panama-city', 'Panama City', 'Panama', 'America/Panama', 'PTY', 'Tocumen International Airport', 9.0714, -79.3835],
  ['v-uio', 'quito', 'Quito', 'Ecuador', 'America/Guayaquil', 'UIO', 'Mariscal Sucre International Airport', -0.1292, -78.3575],
  ['v-mnl', 'manila', 'Manila', 'Philippines', 'Asia/Manila', 'MNL', 'Ninoy Aquino International Airport', 14.5086, 121.0198],
  ['v-cgk', 'jakarta', 'Jakarta', 'Indonesia', 'Asia/Jakarta', 'CGK', 'Soekarno–Hatta International Airport', -6.1256, 106.6559],
  ['v-sgn', 'ho-chi-minh-city', 'Ho Chi Minh City', 'Vietnam', 'Asia/Ho_Chi_Minh', 'SGN', 'Tan Son Nhat International Airport', 10.8188, 106.6519],
  ['v-acc', 'accra', 'Accra', 'Ghana', 'Africa/Accra', 'ACC', 'Kotoka International Airport', 5.6052, -0.1668],
  ['v-nbo', 'nairobi', 'Nairobi', 'Kenya', 'Africa/Nairobi', 'NBO', 'Jomo Kenyatta International Airport', -1.3192, 36.9278],
  ['v-cmb', 'colombo', 'Colombo', 'Sri Lanka', 'Asia/Colombo', 'CMB', 'Bandaranaike International Airport', 7.1808, 79.8841],
  ['v-ath', 'athens', 'Athens', 'Greece', 'Europe/Athens', 'ATH', 'Athens International Airport', 37.9364, 23.9445],
  ['v-lis', 'lisbon', 'Lisbon', 'Portugal', 'Europe/Lisbon', 'LIS', 'Humberto Delgado Airport', 38.7742, -9.1342],
  ['v-mpm', 'maputo', 'Maputo', 'Mozambique', 'Africa/Maputo', 'MPM', 'Maputo International Airport', -25.9208, 32.5726],
  ['v-mex', 'mexico-city', 'Mexico City', 'Mexico', 'America/Mexico_City', 'MEX', 'Mexico City International Airport', 19.4361, -99.0719],
  ['v-gua', 'guatemala-city', 'Guatemala City', 'Guatemala', 'America/Guatemala', 'GUA', 'La Aurora International Airport', 14.5833, -90.5275],
  ['v-xpl', 'tegucigalpa', 'Tegucigalpa', 'Honduras', 'America/Tegucigalpa', 'XPL', 'Palmerola International Airport', 14.3824, -87.6212],
  ['v-sal', 'san-salvador', 'San Salvador', 'El Salvador', 'America/El_Salvador', 'SAL', 'El Salvador International Airport', 13.4409, -89.0557],
  ['v-bog', 'bogota', 'Bogotá', 'Colombia', 'America/Bogota', 'BOG', 'El Dorado International Airport', 4.7016, -74.1469],
  ['v-lim', 'lima', 'Lima', 'Peru', 'America/Lima', 'LIM', 'Jorge Chávez International Airport', -12.0219, -77.1143],
  ['v-sdq', 'santo-domingo', 'Santo Domingo', 'Dominican Republic', 'America/Santo_Domingo', 'SDQ', 'Las Américas International Airport', 18.4297, -69.6689],
  ['v-asu', 'asuncion', 'Asunción', 'Paraguay', 'America/Asuncion', 'ASU', 'Silvio Pettirossi International Airport', -25.24, -57.519],
  ['v-bsb', 'brasilia', 'Brasília', 'Brazil', 'America/Sao_Paulo', 'BSB', 'Brasília International Airport', -15.8711, -47.9186],
  ['v-kin', 'kingston', 'Kingston', 'Jamaica', 'America/Jamaica', 'KIN', 'Norman Manley International Airport', 17.9357, -76.7875],
  ['v-waw', 'warsaw', 'Warsaw', 'Poland', 'Europe/Warsaw', 'WAW', 'Warsaw Chopin Airport', 52.1657, 20.9671],
  ['v-ala', 'almaty', 'Almaty', 'Kazakhstan', 'Asia/Almaty', 'ALA', 'Almaty International Airport', 43.3521, 77.0405],
  ['v-fru', 'bishkek', 'Bishkek', 'Kyrgyzstan', 'Asia/Bishkek', 'FRU', 'Manas International Airport', 43.0613, 74.4776],
  ['v-tas', 'tashkent', 'Tashkent', 'Uzbekistan', 'Asia/Tashkent', 'TAS', 'Tashkent International Airport', 41.2579, 69.2812],
  ['v-prg', 'prague', 'Prague', 'Czech Republic', 'Europe/Prague', 'PRG', 'Václav Havel Airport Prague', 50.1008, 14.26],
  ['v-tll', 'tallinn', 'Tallinn', 'Estonia', 'Europe/Tallinn', 'TLL', 'Lennart Meri Tallinn Airport', 59.4133, 24.8328],
  ['v-otp', 'bucharest', 'Bucharest', 'Romania', 'Europe/Bucharest', 'OTP', 'Henri Coandă International Airport', 44.5711, 26.085],
  ['v-del', 'delhi', 'Delhi', 'India', 'Asia/Kolkata', 'DEL', 'Indira Gandhi International Airport', 28.5562, 77.1],
  ['v-maa', 'chennai', 'Chennai', 'India', 'Asia/Kolkata', 'MAA', 'Chennai International Airport', 12.9941, 80.1709],
  ['v-abv', 'abuja', 'Abuja', 'Nigeria', 'Africa/Lagos', 'ABV', 'Nnamdi Azikiwe International Airport', 9.0068, 7.2632],
  ['v-tbs', 'tbilisi', 'Tbilisi', 'Georgia', 'Asia/Tbilisi', 'TBS', 'Tbilisi International Airport', 41.6692, 44.9547],
  ['v-amm', 'amman', 'Amman', 'Jordan', 'Asia/Amman', 'AMM', 'Queen Alia International Airport', 31.7226, 35.9932],
  ['v-cmn', 'casablanca', 'Casablanca', 'Morocco', 'Africa/Casablanca', 'CMN', 'Mohammed V International Airport', 33.3675, -7.5898],
  ['v-tun', 'tunis', 'Tunis', 'Tunisia', 'Africa/Tunis', 'TUN', 'Tunis–Carthage International Airport', 36.851, 10.2272],
  ['v-bgw', 'baghdad', 'Baghdad', 'Iraq', 'Asia/Baghdad', 'BGW', 'Baghdad International Airport', 33.2625, 44.2346],
  ['v-dss', 'dakar', 'Dakar', 'Senegal', 'Africa/Dakar', 'DSS', 'Blaise Diagne International Airport', 14.67, -17.0733],
  ['v-abj', 'abidjan', 'Abidjan', 'Côte d’Ivoire', 'Africa/Abidjan', 'ABJ', 'Félix-Houphouët-Boigny International Airport', 5.2614, -3.9263],
  ['v-nsi', 'yaounde', 'Yaoundé', 'Cameroon', 'Africa/Douala', 'NSI', 'Yaoundé Nsimalen International Airport', 3.7226, 11.5533],
  ['v-bey', 'beirut', 'Beirut', 'Lebanon', 'Asia/Beirut', 'BEY', 'Beirut–Rafic Hariri International Airport', 33.8209, 35.4884],
  ['v-lhe', 'lahore', 'Lahore', 'Pakistan', 'Asia/Karachi', 'LHE', 'Allama Iqbal International Airport', 31.5216, 74.4036],
  ['v-tia', 'tirana', 'Tirana', 'Albania', 'Europe/Tirane', 'TIA', 'Tirana International Airport Nënë Tereza', 41.4147, 19.7206],
  ['v-nkc', 'nouakchott', 'Nouakchott', 'Mauritania', 'Africa/Nouakchott', 'NKC', 'Nouakchott–Oumtounsy International Airport', 18.31, -15.9697],
  // Hubs
  ['v-dxb', 'dubai', 'Dubai', 'United Arab Emirates', 'Asia/Dubai', 'DXB', 'Dubai International Airport', 25.2532, 55.3657],
  ['v-doh', 'doha', 'Doha', 'Qatar', 'Asia/Qatar', 'DOH', 'Hamad International Airport', 25.2731, 51.6081],
  ['v-fra', 'frankfurt', 'Frankfurt', 'Germany', 'Europe/Berlin', 'FRA', 'Frankfurt Airport', 50.0379, 8.5622],
  ['v-muc', 'munich', 'Munich', 'Germany', 'Europe/Berlin', 'MUC', 'Munich Airport', 48.3538, 11.7861],
  ['v-cdg', 'paris', 'Paris', 'France', 'Europe/Paris', 'CDG', 'Paris Charles de Gaulle Airport', 49.0097, 2.5479],
  ['v-add', 'addis-ababa', 'Addis Ababa', 'Ethiopia', 'Africa/Addis_Ababa', 'ADD', 'Addis Ababa Bole International Airport', 8.9779, 38.7993],
  ['v-hnd', 'tokyo', 'Tokyo', 'Japan', 'Asia/Tokyo', 'HND', 'Tokyo Haneda Airport', 35.5494, 139.7798],
  ['v-hel', 'helsinki', 'Helsinki', 'Finland', 'Europe/Helsinki', 'HEL', 'Helsinki Airport', 60.3172, 24.9633],
  ['v-gru', 'sao-paulo', 'São Paulo', 'Brazil', 'America/Sao_Paulo', 'GRU', 'São Paulo/Guarulhos International Airport', -23.4356, -46.4731],
  ['v-los', 'lagos', 'Lagos', 'Nigeria', 'Africa/Lagos', 'LOS', 'Murtala Muhammed International Airport', 6.5774, 3.3211],
  ['v-mia', 'miami', 'Miami', 'United States', 'America/New_York', 'MIA', 'Miami International Airport', 25.7959, -80.287],
  ['v-iah', 'houston', 'Houston', 'United States', 'America/Chicago', 'IAH', 'George Bush Intercontinental Airport', 29.9902, -95.3368],
];

/** The cities of the airports above, for buildCities. */
export function internationalCities(): City[] {
  return AIRPORTS.map(([, id, name, country, timeZone]) => ({ id, name, region: country === 'United States' ? (id === 'miami' ? 'FL' : 'TX') : '', country, timeZone }));
}

/** Registers the airports above. */
export function registerInternationalAirports(b: SampleBuilder): void {
  for (const [id, city, , , , code, name, lat, lon] of AIRPORTS) b.venue({ id, city, kind: 'airport', code, name, address: '', coordinates: { lat, lon } });
}

/** One flight: carrier, number, from, to, local time (arrival for inbound legs, departure for the way home), block minutes. */
type Flight = [carrier: string, number: string, from: string, to: string, at: string, minutes: number];

/** Wave of the airport pick-up an inbound journey ends with (logistics.ts). */
export type Wave = 1 | 2 | 3 | 4;

interface Route {
  wave: Wave;
  /** Planned by arrival, in order. */
  inbound: Flight[];
  /** Planned by departure, in order; empty when the flight home is already planned elsewhere. */
  home: Flight[];
  internalNotes?: string;
}

const KE93: Flight = ['Korean Air', 'KE 93', 'v-icn', 'v-iad', '2024-04-29T10:45', 830];
const QR707: Flight = ['Qatar Airways', 'QR 707', 'v-doh', 'v-iad', '2024-04-29T09:30', 780];
const LH418: Flight = ['Lufthansa', 'LH 418', 'v-fra', 'v-iad', '2024-04-29T12:25', 520];
const AF54: Flight = ['Air France', 'AF 54', 'v-cdg', 'v-iad', '2024-04-29T12:25', 525];
const ET500: Flight = ['Ethiopian Airlines', 'ET 500', 'v-add', 'v-iad', '2024-04-29T07:30', 960];
const UA860: Flight = ['United Airlines', 'UA 860', 'v-gru', 'v-iad', '2024-04-29T06:50', 600];
const UA2106: Flight = ['United Airlines', 'UA 2106', 'v-iah', 'v-dca', '2024-04-29T13:15', 165];
const AA2286: Flight = ['American Airlines', 'AA 2286', 'v-mia', 'v-dca', '2024-04-29T13:05', 140];
const QR702: Flight = ['Qatar Airways', 'QR 702', 'v-jfk', 'v-doh', '2024-05-17T20:40', 730];
const JL3: Flight = ['Japan Airlines', 'JL 3', 'v-jfk', 'v-hnd', '2024-05-17T17:10', 855];
const AF9: Flight = ['Air France', 'AF 9', 'v-jfk', 'v-cdg', '2024-05-17T18:30', 440];
const LH401: Flight = ['Lufthansa', 'LH 401', 'v-jfk', 'v-fra', '2024-05-17T17:20', 460];
const TK12: Flight = ['Turkish Airlines', 'TK 12', 'v-jfk', 'v-ist', '2024-05-17T17:10', 590];
const LA8181: Flight = ['LATAM Airlines', 'LA 8181', 'v-jfk', 'v-gru', '2024-05-17T22:40', 595];

/** By country of the participant (or by participant id where one country's travelers start apart). */
const ROUTES: Readonly<Record<string, Route>> = {
  // Maritime
  'Costa Rica': { wave: 4, inbound: [['United Airlines', 'UA 1511', 'v-sjo', 'v-iad', '2024-04-29T11:50', 295]], home: [['JetBlue', 'B6 1779', 'v-jfk', 'v-sjo', '2024-05-17T17:20', 330]] },
  Panama: { wave: 4, inbound: [['Copa Airlines', 'CM 830', 'v-pty', 'v-iad', '2024-04-29T11:55', 285]], home: [['Copa Airlines', 'CM 805', 'v-jfk', 'v-pty', '2024-05-17T16:05', 300]] },
  Ecuador: { wave: 3, inbound: [['United Airlines', 'UA 1049', 'v-uio', 'v-iah', '2024-04-29T06:40', 330], UA2106], home: [['LATAM Airlines', 'LA 2471', 'v-jfk', 'v-uio', '2024-05-17T16:40', 375]] },
  Philippines: { wave: 2, inbound: [['Korean Air', 'KE 622', 'v-mnl', 'v-icn', '2024-04-29T05:40', 240], KE93], home: [JL3, ['Japan Airlines', 'JL 77', 'v-hnd', 'v-mnl', '2024-05-18T22:05', 290]] },
  Indonesia: { wave: 2, inbound: [['Korean Air', 'KE 628', 'v-cgk', 'v-icn', '2024-04-29T07:55', 415], KE93], home: [JL3, ['Japan Airlines', 'JL 725', 'v-hnd', 'v-cgk', '2024-05-18T23:55', 460]] },
  Vietnam: { wave: 2, inbound: [['Vietnam Airlines', 'VN 408', 'v-sgn', 'v-icn', '2024-04-29T07:05', 320], KE93], home: [JL3, ['Japan Airlines', 'JL 79', 'v-hnd', 'v-sgn', '2024-05-18T22:45', 390]] },
  Ghana: { wave: 1, inbound: [['United Airlines', 'UA 997', 'v-acc', 'v-iad', '2024-04-29T06:50', 680]], home: [['Delta Air Lines', 'DL 156', 'v-jfk', 'v-acc', '2024-05-17T20:15', 600]] },
  Kenya: { wave: 1, inbound: [['Ethiopian Airlines', 'ET 309', 'v-nbo', 'v-add', '2024-04-28T21:10', 130], ET500], home: [QR702, ['Qatar Airways', 'QR 1341', 'v-doh', 'v-nbo', '2024-05-18T19:50', 320]] },
  'Sri Lanka': { wave: 2, inbound: [['Emirates', 'EK 649', 'v-cmb', 'v-dxb', '2024-04-28T23:40', 275], ['Emirates', 'EK 231', 'v-dxb', 'v-iad', '2024-04-29T08:55', 850]], home: [QR702, ['Qatar Airways', 'QR 664', 'v-doh', 'v-cmb', '2024-05-18T20:15', 280]] },
  // The flight home (FI 614) is one of the three the program booked itself (logistics.ts).
  Iceland: { wave: 4, inbound: [['Icelandair', 'FI 643', 'v-kef', 'v-iad', '2024-04-29T12:10', 355]], home: [] },
  Greece: { wave: 4, inbound: [['Aegean Airlines', 'A3 800', 'v-ath', 'v-fra', '2024-04-29T08:10', 190], LH418], home: [['Delta Air Lines', 'DL 68', 'v-jfk', 'v-ath', '2024-05-17T17:45', 580]] },
  Portugal: { wave: 4, inbound: [['TAP Air Portugal', 'TP 209', 'v-lis', 'v-iad', '2024-04-29T12:05', 485]], home: [['TAP Air Portugal', 'TP 204', 'v-jfk', 'v-lis', '2024-05-17T19:40', 400]] },
  Mozambique: { wave: 1, inbound: [['Ethiopian Airlines', 'ET 842', 'v-mpm', 'v-add', '2024-04-28T20:05', 255], ET500], home: [QR702, ['Qatar Airways', 'QR 1435', 'v-doh', 'v-mpm', '2024-05-18T19:10', 515]] },
  // Border
  Mexico: { wave: 3, inbound: [['United Airlines', 'UA 1597', 'v-mex', 'v-iah', '2024-04-29T08:20', 140], UA2106], home: [['Aeroméxico', 'AM 407', 'v-jfk', 'v-mex', '2024-05-17T17:45', 315]] },
  Guatemala: { wave: 3, inbound: [['American Airlines', 'AA 1488', 'v-gua', 'v-mia', '2024-04-29T09:05', 150], AA2286], home: [['Avianca', 'AV 579', 'v-jfk', 'v-gua', '2024-05-17T17:00', 300]] },
  Honduras: {
    wave: 3,
    inbound: [['American Airlines', 'AA 1582', 'v-xpl', 'v-mia', '2024-04-29T09:40', 145], AA2286],
    home: [['American Airlines', 'AA 1171', 'v-jfk', 'v-mia', '2024-05-17T17:00', 190], ['American Airlines', 'AA 1537', 'v-mia', 'v-xpl', '2024-05-17T21:10', 150]],
  },
  'El Salvador': { wave: 4, inbound: [['Avianca', 'AV 580', 'v-sal', 'v-iad', '2024-04-29T12:05', 285]], home: [['Avianca', 'AV 571', 'v-jfk', 'v-sal', '2024-05-17T17:05', 310]] },
  Colombia: { wave: 3, inbound: [['Avianca', 'AV 20', 'v-bog', 'v-mia', '2024-04-29T09:35', 215], AA2286], home: [['Avianca', 'AV 245', 'v-jfk', 'v-bog', '2024-05-17T16:40', 340]] },
  Peru: { wave: 3, inbound: [['United Airlines', 'UA 855', 'v-lim', 'v-iah', '2024-04-29T07:05', 405], UA2106], home: [['LATAM Airlines', 'LA 2461', 'v-jfk', 'v-lim', '2024-05-17T17:20', 480]] },
  'Dominican Republic': { wave: 3, inbound: [['American Airlines', 'AA 1544', 'v-sdq', 'v-mia', '2024-04-29T09:10', 150], AA2286], home: [['JetBlue', 'B6 509', 'v-jfk', 'v-sdq', '2024-05-17T17:10', 235]] },
  Paraguay: { wave: 1, inbound: [['LATAM Airlines', 'LA 1325', 'v-asu', 'v-gru', '2024-04-28T19:40', 115], UA860], home: [LA8181, ['LATAM Airlines', 'LA 1324', 'v-gru', 'v-asu', '2024-05-18T13:20', 110]] },
  Brazil: { wave: 1, inbound: [['LATAM Airlines', 'LA 3563', 'v-bsb', 'v-gru', '2024-04-28T19:15', 105], UA860], home: [LA8181, ['LATAM Airlines', 'LA 3562', 'v-gru', 'v-bsb', '2024-05-18T12:10', 100]] },
  Jamaica: { wave: 3, inbound: [['American Airlines', 'AA 1402', 'v-kin', 'v-mia', '2024-04-29T09:25', 110], AA2286], home: [['JetBlue', 'B6 1653', 'v-jfk', 'v-kin', '2024-05-17T17:30', 230]] },
  // Cyber
  Ukraine: {
    wave: 4,
    inbound: [['Lufthansa', 'LH 1347', 'v-waw', 'v-fra', '2024-04-29T08:30', 120], LH418],
    home: [['LOT Polish Airlines', 'LO 27', 'v-jfk', 'v-waw', '2024-05-17T17:40', 530]],
    internalNotes: 'Travels overland from Kyiv to Warsaw on April 27 and back from Warsaw on May 18: no flights leave Ukraine.',
  },
  Poland: { wave: 4, inbound: [['Lufthansa', 'LH 1347', 'v-waw', 'v-fra', '2024-04-29T08:30', 120], LH418], home: [['LOT Polish Airlines', 'LO 27', 'v-jfk', 'v-waw', '2024-05-17T17:40', 530]] },
  Kazakhstan: { wave: 2, inbound: [['Air Astana', 'KC 909', 'v-ala', 'v-icn', '2024-04-29T07:30', 360], KE93], home: [TK12, ['Turkish Airlines', 'TK 350', 'v-ist', 'v-ala', '2024-05-18T14:10', 330]] },
  Kyrgyzstan: {
    wave: 2,
    inbound: [['Air Astana', 'KC 110', 'v-fru', 'v-ala', '2024-04-28T16:10', 70], ['Air Astana', 'KC 909', 'v-ala', 'v-icn', '2024-04-29T07:30', 360], KE93],
    home: [TK12, ['Turkish Airlines', 'TK 346', 'v-ist', 'v-fru', '2024-05-18T13:30', 330]],
  },
  Uzbekistan: { wave: 2, inbound: [['Korean Air', 'KE 942', 'v-tas', 'v-icn', '2024-04-29T08:25', 410], KE93], home: [['Uzbekistan Airways', 'HY 102', 'v-jfk', 'v-tas', '2024-05-17T21:10', 730]] },
  'Czech Republic': { wave: 4, inbound: [['Lufthansa', 'LH 1393', 'v-prg', 'v-fra', '2024-04-29T07:35', 70], LH418], home: [['Delta Air Lines', 'DL 412', 'v-jfk', 'v-prg', '2024-05-17T17:50', 505]] },
  Estonia: { wave: 4, inbound: [['Lufthansa', 'LH 881', 'v-tll', 'v-fra', '2024-04-29T07:45', 165], LH418], home: [['Finnair', 'AY 6', 'v-jfk', 'v-hel', '2024-05-17T17:30', 470], ['Finnair', 'AY 1027', 'v-hel', 'v-tll', '2024-05-18T11:05', 35]] },
  Romania: { wave: 4, inbound: [['Lufthansa', 'LH 1417', 'v-otp', 'v-fra', '2024-04-29T07:55', 175], LH418], home: [LH401, ['Lufthansa', 'LH 1416', 'v-fra', 'v-otp', '2024-05-18T09:40', 155]] },
  'p-in-mehta': { wave: 2, inbound: [['Air India', 'AI 103', 'v-del', 'v-iad', '2024-04-29T09:20', 940]], home: [['Air India', 'AI 102', 'v-jfk', 'v-del', '2024-05-17T20:00', 830]] },
  'p-in-venkataraman': {
    wave: 2,
    inbound: [['Air India', 'AI 540', 'v-maa', 'v-del', '2024-04-28T23:50', 170], ['Air India', 'AI 103', 'v-del', 'v-iad', '2024-04-29T09:20', 940]],
    home: [['Air India', 'AI 102', 'v-jfk', 'v-del', '2024-05-17T20:00', 830], ['Air India', 'AI 439', 'v-del', 'v-maa', '2024-05-18T22:40', 170]],
  },
  Nigeria: { wave: 4, inbound: [['Lufthansa', 'LH 595', 'v-abv', 'v-fra', '2024-04-29T05:50', 390], LH418], home: [['Delta Air Lines', 'DL 157', 'v-jfk', 'v-los', '2024-05-17T22:05', 650], ['Air Peace', 'P4 7120', 'v-los', 'v-abv', '2024-05-18T16:30', 75]] },
  // The flight home (KE 86) is one of the three the program booked itself (logistics.ts).
  'South Korea': { wave: 2, inbound: [KE93], home: [] },
  Georgia: { wave: 4, inbound: [['Lufthansa', 'LH 2557', 'v-tbs', 'v-muc', '2024-04-29T06:15', 255], ['Lufthansa', 'LH 414', 'v-muc', 'v-iad', '2024-04-29T11:55', 540]], home: [TK12, ['Turkish Airlines', 'TK 378', 'v-ist', 'v-tbs', '2024-05-18T12:55', 150]] },
  // Justice
  Jordan: { wave: 2, inbound: [['Qatar Airways', 'QR 401', 'v-amm', 'v-doh', '2024-04-28T21:35', 175], QR707], home: [['Royal Jordanian', 'RJ 262', 'v-jfk', 'v-amm', '2024-05-17T19:30', 690]] },
  Morocco: { wave: 4, inbound: [['Royal Air Maroc', 'AT 210', 'v-cmn', 'v-iad', '2024-04-29T12:25', 500]], home: [['Royal Air Maroc', 'AT 201', 'v-jfk', 'v-cmn', '2024-05-17T19:00', 425]] },
  Tunisia: { wave: 4, inbound: [['Air France', 'AF 1185', 'v-tun', 'v-cdg', '2024-04-29T07:35', 145], AF54], home: [AF9, ['Air France', 'AF 1184', 'v-cdg', 'v-tun', '2024-05-18T10:40', 150]] },
  Iraq: { wave: 2, inbound: [['Qatar Airways', 'QR 451', 'v-bgw', 'v-doh', '2024-04-28T22:50', 140], QR707], home: [QR702, ['Qatar Airways', 'QR 452', 'v-doh', 'v-bgw', '2024-05-18T18:30', 140]] },
  Senegal: { wave: 4, inbound: [['Air France', 'AF 719', 'v-dss', 'v-cdg', '2024-04-29T06:55', 360], AF54], home: [['Delta Air Lines', 'DL 200', 'v-jfk', 'v-dss', '2024-05-17T16:55', 465]] },
  'Côte d’Ivoire': { wave: 4, inbound: [['Air France', 'AF 703', 'v-abj', 'v-cdg', '2024-04-29T06:30', 385], AF54], home: [AF9, ['Air France', 'AF 702', 'v-cdg', 'v-abj', '2024-05-18T11:25', 390]] },
  Cameroon: { wave: 4, inbound: [['Air France', 'AF 947', 'v-nsi', 'v-cdg', '2024-04-29T06:05', 395], AF54], home: [AF9, ['Air France', 'AF 946', 'v-cdg', 'v-nsi', '2024-05-18T11:00', 380]] },
  Lebanon: { wave: 2, inbound: [['Qatar Airways', 'QR 417', 'v-bey', 'v-doh', '2024-04-28T23:15', 195], QR707], home: [QR702, ['Qatar Airways', 'QR 418', 'v-doh', 'v-bey', '2024-05-18T17:55', 235]] },
  Pakistan: { wave: 2, inbound: [['Qatar Airways', 'QR 629', 'v-lhe', 'v-doh', '2024-04-28T22:20', 235], QR707], home: [QR702, ['Qatar Airways', 'QR 628', 'v-doh', 'v-lhe', '2024-05-18T19:00', 225]] },
  Albania: { wave: 4, inbound: [['Lufthansa', 'LH 1427', 'v-tia', 'v-fra', '2024-04-29T08:25', 145], LH418], home: [LH401, ['Lufthansa', 'LH 1426', 'v-fra', 'v-tia', '2024-05-18T10:10', 140]] },
  Mauritania: { wave: 4, inbound: [['Royal Air Maroc', 'AT 564', 'v-nkc', 'v-cmn', '2024-04-29T05:45', 150], ['Royal Air Maroc', 'AT 210', 'v-cmn', 'v-iad', '2024-04-29T12:25', 500]], home: [['Royal Air Maroc', 'AT 201', 'v-jfk', 'v-cmn', '2024-05-17T19:00', 425], ['Royal Air Maroc', 'AT 563', 'v-cmn', 'v-nkc', '2024-05-18T10:40', 165]] },
};

/** Everyone but the late arrival from Istanbul, whose journey washington.ts plans with her own pick-up. */
const LATE = 'p-tr-ozturk';

function routeOf(participant: { id: string; country: string }): Route | undefined {
  return ROUTES[participant.id] ?? ROUTES[participant.country];
}

/** Who lands for which airport pick-up: every participant with a route, by wave. */
export function arrivalWave(participants: readonly { id: string; country: string }[], wave: Wave): string[] {
  return participants.filter((p) => p.id !== LATE && routeOf(p)?.wave === wave).map((p) => p.id);
}

/** Adds every participant's own flights; travelers of one country on one flight share its leg. */
export function planInternational(b: SampleBuilder, participants: readonly { id: string; country: string }[]): void {
  b.section('intl');
  const missing = participants.filter((p) => p.id !== LATE && !routeOf(p));
  if (missing.length) throw new Error(`sample: no international route for ${missing.map((p) => p.id).join(', ')}`);
  const legs = new Map<string, string[]>(); // flight key -> participant ids, in first-seen order
  const flights = new Map<string, { flight: Flight; inbound: boolean; notes: Set<string> }>();
  for (const p of participants) {
    if (p.id === LATE) continue;
    const route = routeOf(p) as Route;
    for (const [list, inbound] of [[route.inbound, true], [route.home, false]] as const) {
      for (const flight of list) {
        const key = flight.join('|');
        const known = flights.get(key) ?? { flight, inbound, notes: new Set<string>() };
        if (route.internalNotes) known.notes.add(route.internalNotes);
        flights.set(key, known);
        legs.set(key, [...(legs.get(key) ?? []), p.id]);
      }
    }
  }
  for (const [key, { flight, inbound, notes }] of flights) {
    const [carrier, number, from, to, at, minutes] = flight;
    const who = attendees({ participantIds: legs.get(key) ?? [] });
    const title = `${b.cityName(b.cityOf(from))} to ${b.cityName(b.cityOf(to))}`;
    const tracked = inbound ? 'Ticket issued by the embassy; the program tracks it for the airport pick-up.' : 'Ticket issued by the embassy; the program tracks it for the shuttle to JFK.';
    const internalNotes = [tracked, ...notes].join(' ');
    if (inbound) b.arriving({ mode: 'flight', title, carrier, number, from, to, arrive: at, minutes, who, internalNotes });
    else b.travel({ mode: 'flight', title: from === 'v-jfk' ? `Flight home: ${title}` : title, carrier, number, from, to, depart: at, minutes, who, internalNotes });
  }
}
