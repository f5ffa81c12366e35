/**
 * Small valid programs for the storage tests: two cities in different zones, a few venues, people,
 * a group and activities of all three kinds. `programVersion(n)` gives a distinct, deterministic
 * version n (its own title and n extra activities) so a test can tell exactly which save is on disk.
 */
import { emptyProgram, EVERYONE, placeActivity } from '../../../../src/shared/program/factory';
import type { Activity, Program } from '../../../../src/shared/program/schema';
import { zonedFromLocal } from '../../../../src/shared/time';

const DC = 'America/New_York';
const PHX = 'America/Phoenix';

/** A small program that passes the strict loader. */
export function sampleProgram(): Program {
  const program = emptyProgram({ id: 'tmssw-2024', title: 'Transnational Maritime Security 2024', startDate: '2024-04-27', endDate: '2024-05-17', homeTimeZone: DC });
  program.description = 'Three-week program on port security, with ünïcödé, emoji 🚢 and "quotes".';
  program.cities = [
    { id: 'dc', name: 'Washington', region: 'DC', country: 'US', timeZone: DC },
    { id: 'phx', name: 'Phoenix', region: 'AZ', country: 'US', timeZone: PHX },
  ];
  program.venues = [
    { id: 'state', cityId: 'dc', kind: 'venue', name: 'Department of State', code: '', address: '2201 C St NW', directions: 'Use the 21st St entrance.', security: '', accessibility: '', directoryId: null, phone: '', coordinates: { lat: 38.894, lon: -77.048 } },
    { id: 'hotel-dc', cityId: 'dc', kind: 'hotel', name: 'Hotel Harrington', code: '', address: '436 11th St NW', directions: '', security: '', accessibility: '', directoryId: null, phone: '+1 202 628 8140', coordinates: null },
    { id: 'dca', cityId: 'dc', kind: 'airport', name: 'Reagan National', code: 'DCA', address: '', directions: '', security: '', accessibility: '', directoryId: null, phone: '', coordinates: null },
    { id: 'phx-airport', cityId: 'phx', kind: 'airport', name: 'Sky Harbor', code: 'PHX', address: '', directions: '', security: '', accessibility: '', directoryId: null, phone: '', coordinates: null },
  ];
  program.participants = [
    { id: 'p1', givenName: 'Amara', familyName: 'Okafor', languages: ['en', 'fr'], phone: '', email: 'amara@example.org', arrival: '2024-04-27', departure: '2024-05-17', internalNotes: 'Passport 12345678', passportName: '', country: 'Nigeria', position: 'Port Director', organization: 'NPA', interpretation: null, dietaryNotes: 'vegetarian', accessibilityNotes: '' },
    { id: 'p2', givenName: 'Lucía', familyName: 'Fernández', languages: ['es'], phone: '+34 600 000 000', email: '', arrival: null, departure: null, internalNotes: '', passportName: '', country: 'Spain', position: 'Inspector', organization: 'Guardia Civil', interpretation: 'Spanish', dietaryNotes: '', accessibilityNotes: 'step-free access' },
  ];
  program.staff = [
    { id: 's1', givenName: 'Dana', familyName: 'Reyes', languages: ['en', 'es'], phone: '', email: '', arrival: null, departure: null, internalNotes: '', role: 'interpreter', organization: 'Language Services', languagePairs: [] },
  ];
  program.groups = [{ id: 'g1', name: 'Group A', color: '#1f6feb', participantIds: ['p1', 'p2'], staffIds: ['s1'] }];
  program.activities = [
    placeActivity({ id: 'a1', title: 'Welcome briefing', type: 'briefing', cityId: 'dc', venueId: 'state', attendees: EVERYONE, timing: { kind: 'scheduled', start: zonedFromLocal('2024-04-29T09:00', DC), end: zonedFromLocal('2024-04-29T10:30', DC) } }),
    { id: 'a2', type: 'travel', title: 'Flight to Phoenix', status: 'confirmed', timing: { kind: 'scheduled', start: zonedFromLocal('2024-05-03T08:00', DC), end: zonedFromLocal('2024-05-03T10:15', PHX) }, attendees: EVERYONE, travelerNotes: 'Check in 2 h early.', internalNotes: '', translations: [], mode: 'flight', carrier: 'AA', number: '1234', originVenueId: 'dca', destinationVenueId: 'phx-airport', pickupPoint: 'Hotel lobby 05:45', rebook: false },
    { id: 'a3', type: 'hotel-stay', title: 'Hotel Harrington', status: 'confirmed', timing: { kind: 'scheduled', start: zonedFromLocal('2024-04-27T15:00', DC), end: zonedFromLocal('2024-05-03T06:00', DC) }, attendees: EVERYONE, travelerNotes: '', internalNotes: '', translations: [], hotelVenueId: 'hotel-dc', rebook: false },
    placeActivity({ id: 'a4', title: 'Meeting to schedule', cityId: 'phx', timing: { kind: 'unscheduled', durationMinutes: 90 } }),
  ];
  return program;
}

// Ten meeting slots, computed once: Temporal is too slow to call thousands of times per version.
const SLOTS = Array.from({ length: 10 }, (_, d) => {
  const day = `2024-05-${String(6 + d).padStart(2, '0')}`;
  return { kind: 'scheduled' as const, start: zonedFromLocal(`${day}T09:00`, PHX), end: zonedFromLocal(`${day}T10:00`, PHX) };
});

/** Version `n` of the sample: its own title and `n % 50` extra meetings, so sizes differ between versions. */
export function programVersion(n: number, extraActivities = n % 50): Program {
  const program = sampleProgram();
  program.title = `Version ${n}`;
  const extra: Activity[] = [];
  for (let i = 0; i < extraActivities; i++) {
    extra.push(
      placeActivity({
        id: `v${n}-m${i}`,
        title: `Meeting ${i} of version ${n}`,
        cityId: 'phx',
        travelerNotes: 'Bring business cards. '.repeat(1 + (i % 5)),
        timing: SLOTS[i % SLOTS.length] as Activity['timing'],
      }),
    );
  }
  program.activities = [...program.activities, ...extra];
  return program;
}

/** The version number written into a program's title by programVersion, or null. */
export function versionOf(program: Program): number | null {
  const match = /^Version (\d+)$/.exec(program.title);
  return match ? Number(match[1]) : null;
}
