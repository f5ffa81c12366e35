/**
 * Cities, airports, stations, hotels and the main venues of the sample. Airports are real, with
 * their IATA codes; hotels are invented (the sample must not look like a real booking).
 */
import type { City } from '../../shared/program/schema';
import type { SampleBuilder } from './builder';

const US = 'United States';

const city = (id: string, name: string, region: string, timeZone: string, country = US): City => ({ id, name, region, country, timeZone });

/** Every city of the sample, with the IANA zone its activities are written in. */
export function buildCities(): City[] {
  return [
    city('washington', 'Washington', 'DC', 'America/New_York'),
    city('tampa', 'Tampa', 'FL', 'America/New_York'),
    city('st-petersburg', 'St. Petersburg', 'FL', 'America/New_York'),
    city('seattle', 'Seattle', 'WA', 'America/Los_Angeles'),
    city('phoenix', 'Phoenix', 'AZ', 'America/Phoenix'),
    city('tucson', 'Tucson', 'AZ', 'America/Phoenix'),
    city('cleveland', 'Cleveland', 'OH', 'America/New_York'),
    city('austin', 'Austin', 'TX', 'America/Chicago'),
    city('huntsville', 'Huntsville', 'AL', 'America/Chicago'),
    city('salt-lake-city', 'Salt Lake City', 'UT', 'America/Denver'),
    city('new-york', 'New York', 'NY', 'America/New_York'),
    city('dallas', 'Dallas/Fort Worth', 'TX', 'America/Chicago'),
    city('atlanta', 'Atlanta', 'GA', 'America/New_York'),
    city('istanbul', 'Istanbul', '', 'Europe/Istanbul', 'Türkiye'),
    city('reykjavik', 'Reykjavík', '', 'Atlantic/Reykjavik', 'Iceland'),
    city('seoul', 'Seoul', '', 'Asia/Seoul', 'South Korea'),
  ];
}

/** Airports and stations by id: [city, IATA code, name, address, lat, lon]. */
const TERMINALS: readonly [string, string, string, string, string, number, number][] = [
  ['v-dca', 'washington', 'DCA', 'Ronald Reagan Washington National Airport', '2401 Smith Blvd, Arlington, VA 22202', 38.8512, -77.0402],
  ['v-iad', 'washington', 'IAD', 'Washington Dulles International Airport', '1 Saarinen Circle, Dulles, VA 20166', 38.9531, -77.4565],
  ['v-tpa', 'tampa', 'TPA', 'Tampa International Airport', '4100 George J Bean Pkwy, Tampa, FL 33607', 27.9756, -82.5333],
  ['v-sea', 'seattle', 'SEA', 'Seattle–Tacoma International Airport', '17801 International Blvd, SeaTac, WA 98158', 47.4502, -122.3088],
  ['v-phx', 'phoenix', 'PHX', 'Phoenix Sky Harbor International Airport', '3400 E Sky Harbor Blvd, Phoenix, AZ 85034', 33.4343, -112.0116],
  ['v-tus', 'tucson', 'TUS', 'Tucson International Airport', '7250 S Tucson Blvd, Tucson, AZ 85756', 32.1161, -110.9410],
  ['v-cle', 'cleveland', 'CLE', 'Cleveland Hopkins International Airport', '5300 Riverside Dr, Cleveland, OH 44135', 41.4117, -81.8498],
  ['v-aus', 'austin', 'AUS', 'Austin–Bergstrom International Airport', '3600 Presidential Blvd, Austin, TX 78719', 30.1975, -97.6664],
  ['v-hsv', 'huntsville', 'HSV', 'Huntsville International Airport', '1000 Glenn Hearn Blvd SW, Huntsville, AL 35824', 34.6372, -86.7751],
  ['v-slc', 'salt-lake-city', 'SLC', 'Salt Lake City International Airport', '3920 W Terminal Dr, Salt Lake City, UT 84122', 40.7899, -111.9791],
  ['v-jfk', 'new-york', 'JFK', 'John F. Kennedy International Airport', 'Queens, NY 11430', 40.6413, -73.7781],
  ['v-lga', 'new-york', 'LGA', 'LaGuardia Airport', 'Queens, NY 11371', 40.7769, -73.8740],
  ['v-dfw', 'dallas', 'DFW', 'Dallas Fort Worth International Airport', '2400 Aviation Dr, DFW Airport, TX 75261', 32.8998, -97.0403],
  ['v-atl', 'atlanta', 'ATL', 'Hartsfield–Jackson Atlanta International Airport', '6000 N Terminal Pkwy, Atlanta, GA 30320', 33.6407, -84.4277],
  ['v-kef', 'reykjavik', 'KEF', 'Keflavík International Airport', '235 Keflavíkurflugvöllur, Iceland', 63.9850, -22.6056],
  ['v-icn', 'seoul', 'ICN', 'Incheon International Airport', '272 Gonghang-ro, Jung-gu, Incheon, South Korea', 37.4602, 126.4407],
  ['v-ist', 'istanbul', 'IST', 'Istanbul Airport', 'Tayakadın, Terminal Cd. No:1, 34283 Arnavutköy/İstanbul', 41.2753, 28.7519],
];

/** Hotels: [id, city, name, address, area code for the front desk]. */
const HOTELS: readonly [string, string, string, string, string][] = [
  ['v-hotel-dc', 'washington', 'Foggy Bottom Conference Hotel', '2117 E Street NW, Washington, DC 20037', '202'],
  ['v-hotel-stp', 'st-petersburg', 'Bayfront Harbor Hotel', '450 Beach Dr NE, St. Petersburg, FL 33701', '727'],
  ['v-hotel-sea', 'seattle', 'Pioneer Square Waterfront Hotel', '612 Alaskan Way, Seattle, WA 98104', '206'],
  ['v-hotel-phx', 'phoenix', 'Camelback Corridor Suites', '2450 E Camelback Rd, Phoenix, AZ 85016', '602'],
  ['v-hotel-tus', 'tucson', 'Presidio Desert Inn', '181 W Broadway Blvd, Tucson, AZ 85701', '520'],
  ['v-hotel-cle', 'cleveland', 'Public Square Hotel', '24 Public Square, Cleveland, OH 44113', '216'],
  ['v-hotel-aus', 'austin', 'Congress Avenue Hotel', '701 Congress Ave, Austin, TX 78701', '512'],
  ['v-hotel-hsv', 'huntsville', 'Rocket City Downtown Hotel', '401 Williams Ave SW, Huntsville, AL 35801', '256'],
  ['v-hotel-slc', 'salt-lake-city', 'Temple Square Plaza Hotel', '75 W 200 S, Salt Lake City, UT 84101', '801'],
  ['v-hotel-nyc', 'new-york', 'Midtown East Conference Hotel', '525 Lexington Ave, New York, NY 10017', '212'],
];

/** Registers airports, stations, hotels and the venues shared by several plans. */
export function registerPlaces(b: SampleBuilder): void {
  for (const [id, city, code, name, address, lat, lon] of TERMINALS) {
    b.venue({ id, city, kind: 'airport', code, name, address, coordinates: { lat, lon } });
  }
  b.venue({ id: 'v-union-station', city: 'washington', kind: 'station', name: 'Washington Union Station', address: '50 Massachusetts Ave NE, Washington, DC 20002' });
  b.venue({ id: 'v-moynihan', city: 'new-york', kind: 'station', name: 'New York Penn Station (Moynihan Train Hall)', address: '421 8th Ave, New York, NY 10001' });
  for (const [id, city, name, address, area] of HOTELS) {
    b.venue({ id, city, kind: 'hotel', name, address, phone: b.phone(area), directions: 'Check-in from 15:00, check-out by 11:00. Breakfast is included in the room rate.' });
  }
  b.venue({
    id: 'v-truman',
    city: 'washington',
    name: 'U.S. Department of State, Harry S Truman Building',
    address: '2201 C Street NW, Washington, DC 20520',
    directions: 'Enter at the 23rd Street visitor entrance.',
    security: 'Bring your passport. Airport-style screening takes about 30 minutes; no liquids over 100 ml.',
    accessibility: 'Step-free entrance at 23rd Street; elevators to every floor.',
    coordinates: { lat: 38.8945, lon: -77.0484 },
  });
  b.venue({
    id: 'v-meridian',
    city: 'washington',
    name: 'Meridian International Center',
    address: '1630 Crescent Place NW, Washington, DC 20009',
    directions: 'Enter through the main gate on Crescent Place; the Meridian House ballroom is on the ground floor.',
    accessibility: 'Ramp at the Crescent Place gate; the ballroom is step-free.',
    coordinates: { lat: 38.9214, lon: -77.0375 },
  });
  b.venue({
    id: 'v-mdt-hub',
    city: 'st-petersburg',
    name: 'Maritime and Defense Technology Hub',
    address: '450 8th Ave SE, St. Petersburg, FL 33701 (St. Pete Innovation District)',
    directions: 'Visitor parking on 8th Ave SE; the coach drops off at the main entrance facing Bayboro Harbor.',
    coordinates: { lat: 27.7623, lon: -82.6316 },
  });
  b.venue({
    id: 'v-conference',
    city: 'new-york',
    name: 'Lower Manhattan Conference Center',
    address: '120 Broadway, New York, NY 10271',
    directions: 'Take the 4/5 subway to Wall Street, or the program coach from the hotel.',
    security: 'Photo ID at the lobby desk; conference badges are issued at registration.',
  });
}
