/** Programs for the itinerary, iCalendar and print tests. */
import { emptyProgram, EVERYONE, placeActivity } from '../../../../src/shared/program/factory';
import type { Activity, Program, TravelActivity } from '../../../../src/shared/program/schema';
import { buildTmssw2024Sample } from '../../../../src/cli/sample/index';
import { epochMs, zoneOf } from '../../../../src/shared/time';

/** Put into every internal-notes field: must never appear in anything a traveler receives. */
export const SECRET = 'INTERNAL-ONLY-7f3a: do not share with travelers';

/** The TMSSW sample with SECRET in every activity's and person's internal notes. */
export function sampleWithSecrets(): Program {
  const p = buildTmssw2024Sample();
  return {
    ...p,
    activities: p.activities.map((a) => ({ ...a, internalNotes: `${SECRET} (${a.id})` })),
    participants: p.participants.map((x) => ({ ...x, internalNotes: SECRET, dietaryNotes: SECRET, accessibilityNotes: SECRET })),
    staff: p.staff.map((x) => ({ ...x, internalNotes: SECRET })),
  };
}

/** A scheduled flight from a Washington airport (Eastern) to Phoenix (Arizona: MST all year). */
export function washingtonToPhoenix(program: Program): TravelActivity {
  const flight = program.activities.find(
    (a): a is TravelActivity =>
      a.type === 'travel' &&
      a.mode === 'flight' &&
      a.timing.kind === 'scheduled' &&
      zoneOf(a.timing.start) === 'America/New_York' &&
      zoneOf(a.timing.end) === 'America/Phoenix' &&
      a.attendees.groupIds.length === 1,
  );
  if (!flight) throw new Error('the sample has no group flight from Washington to Phoenix');
  return flight;
}

/** The first participant of the group on that flight. */
export function phoenixTraveler(program: Program): string {
  const groupId = washingtonToPhoenix(program).attendees.groupIds[0] as string;
  return program.groups.find((g) => g.id === groupId)?.participantIds[0] as string;
}

/** Activities that name exactly the given participants and nobody by group or everyone. */
export function individualActivitiesOf(program: Program, participantId: string): Activity[] {
  return program.activities.filter((a) => !a.attendees.everyone && a.attendees.participantIds.includes(participantId));
}

/** Individual activities (named people only, no group) that do NOT include the participant. */
export function othersIndividualActivities(program: Program, participantId: string): Activity[] {
  return program.activities.filter(
    (a) => !a.attendees.everyone && a.attendees.groupIds.length === 0 && a.attendees.participantIds.length > 0 && !a.attendees.participantIds.includes(participantId),
  );
}

export function startMsOf(a: Activity): number {
  if (a.timing.kind !== 'scheduled') throw new Error('unscheduled');
  return epochMs(a.timing.start);
}

/**
 * A small New York program across both 2024 DST changes: a dinner across the fall-back night,
 * a session the morning after spring-forward, a hotel stay across spring-forward, and a meeting in
 * Phoenix (no DST) on the same dates.
 */
export function dstProgram(): Program {
  const p = emptyProgram({ id: 'dst-2024', title: 'DST test program', startDate: '2024-03-08', endDate: '2024-11-04', homeTimeZone: 'America/New_York' });
  const activities: Activity[] = [
    placeActivity({ id: 'a-spring', title: 'Morning after spring-forward', cityId: 'nyc', venueId: 'v-hall', attendees: EVERYONE, timing: { kind: 'scheduled', start: '2024-03-10T01:30:00-05:00[America/New_York]', end: '2024-03-10T03:30:00-04:00[America/New_York]' } }),
    placeActivity({ id: 'a-fall', title: 'Dinner across fall-back', cityId: 'nyc', venueId: 'v-hall', attendees: EVERYONE, timing: { kind: 'scheduled', start: '2024-11-02T23:00:00-04:00[America/New_York]', end: '2024-11-03T01:30:00-05:00[America/New_York]' } }),
    placeActivity({ id: 'a-phx', title: 'Phoenix briefing', cityId: 'phx', venueId: null, attendees: EVERYONE, timing: { kind: 'scheduled', start: '2024-03-10T09:00:00-07:00[America/Phoenix]', end: '2024-03-10T10:00:00-07:00[America/Phoenix]' } }),
    {
      id: 'a-hotel',
      title: 'Hotel across the change',
      status: 'confirmed',
      timing: { kind: 'scheduled', start: '2024-03-08T15:00:00-05:00[America/New_York]', end: '2024-03-12T11:00:00-04:00[America/New_York]' },
      attendees: EVERYONE,
      travelerNotes: 'Breakfast included; call ahead, late arrival.\nSecond line; with, commas\\and a backslash',
      internalNotes: 'secret rate code',
      translations: [],
      type: 'hotel-stay',
      hotelVenueId: 'v-hotel',
      rebook: false,
    },
  ];
  return {
    ...p,
    cities: [
      { id: 'nyc', name: 'New York', region: 'NY', country: 'United States', timeZone: 'America/New_York' },
      { id: 'phx', name: 'Phoenix', region: 'AZ', country: 'United States', timeZone: 'America/Phoenix' },
    ],
    venues: [
      { id: 'v-hall', cityId: 'nyc', kind: 'venue', name: 'Conference Hall', code: '', address: '1 Main St, New York, NY', directions: '', security: '', accessibility: '', directoryId: null, phone: '', coordinates: null },
      { id: 'v-hotel', cityId: 'nyc', kind: 'hotel', name: 'Hotel Example', code: '', address: '2 Park Ave, New York, NY', directions: '', security: '', accessibility: '', directoryId: null, phone: '+1 212-555-0100', coordinates: null },
    ],
    participants: [
      { id: 'p-1', givenName: 'Ana', familyName: 'Lima', languages: [], phone: '', email: '', arrival: null, departure: null, internalNotes: '', passportName: '', country: 'Brazil', position: '', organization: '', interpretation: null, dietaryNotes: '', accessibilityNotes: '' },
    ],
    activities,
  };
}
