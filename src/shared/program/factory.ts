/** Blank objects that satisfy the schema, for "New program" and for building activities in the UI. */
import { CURRENT_SCHEMA_VERSION, type Arrangement, type Attendees, type PlaceActivity, type Program, type ProgramSettings } from './schema';

/**
 * Settings of a new program: four appointments a day at most (local partners' usual ceiling),
 * appointments confirmed a week ahead, three hours at the airport before an international flight
 * (what airlines and the sample's own itineraries ask), 90 minutes before a domestic one and half an
 * hour before a train, consecutive interpretation doubling a 45-minute meeting, two to five guests
 * per host family.
 */
export const DEFAULT_PROGRAM_SETTINGS: ProgramSettings = {
  maxAppointmentsPerDay: 4,
  confirmDaysBefore: 7,
  departureBuffers: { internationalMinutes: 180, domesticMinutes: 90, trainMinutes: 30 },
  interpretation: { consecutiveFactor: 2, meetingMinutes: 45 },
  homeHospitalityGuests: { min: 2, max: 5 },
};

/** A fresh arranging record: the city's partner asks the host, nothing asked yet. */
export function newArrangement(init: Partial<Arrangement> = {}): Arrangement {
  return { arrangedBy: 'local-partner', askedOn: null, lastContactOn: null, note: '', dietConfirmedIds: [], ...init };
}

/** A new, empty program. */
export function emptyProgram(init: { id: string; title: string; startDate: string; endDate: string; homeTimeZone: string }): Program {
  return {
    schemaVersion: CURRENT_SCHEMA_VERSION,
    id: init.id,
    title: init.title,
    startDate: init.startDate,
    endDate: init.endDate,
    homeTimeZone: init.homeTimeZone,
    description: '',
    phases: [],
    emergencyContacts: [],
    settings: DEFAULT_PROGRAM_SETTINGS,
    cities: [],
    venues: [],
    hosts: [],
    participants: [],
    staff: [],
    groups: [],
    activities: [],
    dismissals: [],
    issues: [],
    shared: null,
  };
}

export const NOBODY: Attendees = { everyone: false, groupIds: [], participantIds: [], staffIds: [] };
export const EVERYONE: Attendees = { everyone: true, groupIds: [], participantIds: [], staffIds: [] };

/** A place activity with every optional field blank. */
export function placeActivity(
  init: Pick<PlaceActivity, 'id' | 'title' | 'cityId' | 'timing'> & Partial<PlaceActivity>,
): PlaceActivity {
  // Keys in schema order (id, title, ... as in placeActivitySchema) so files written from these
  // objects are byte-identical to files written after a round trip through the schema.
  const { id, title, timing, cityId, ...rest } = init;
  return {
    id,
    title,
    status: 'confirmed',
    timing,
    attendees: NOBODY,
    travelerNotes: '',
    internalNotes: '',
    translations: [],
    type: 'meeting',
    cityId,
    venueId: null,
    hostId: null,
    host: null,
    arrangement: null,
    dressCode: '',
    interpretation: 'none',
    mealsProvided: [],
    ...rest,
  };
}
