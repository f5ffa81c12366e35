/** Blank objects that satisfy the schema, for "New program" and for building activities in the UI. */
import { CURRENT_SCHEMA_VERSION, type Attendees, type PlaceActivity, type Program } from './schema';

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
    settings: { maxAppointmentsPerDay: 4 },
    cities: [],
    venues: [],
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
    host: null,
    dressCode: '',
    interpretation: 'none',
    mealsProvided: [],
    ...rest,
  };
}
