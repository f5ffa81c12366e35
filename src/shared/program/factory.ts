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
  };
}

export const NOBODY: Attendees = { everyone: false, groupIds: [], participantIds: [], staffIds: [] };
export const EVERYONE: Attendees = { everyone: true, groupIds: [], participantIds: [], staffIds: [] };

/** A place activity with every optional field blank. */
export function placeActivity(
  init: Pick<PlaceActivity, 'id' | 'title' | 'cityId' | 'timing'> & Partial<PlaceActivity>,
): PlaceActivity {
  return {
    type: 'meeting',
    status: 'confirmed',
    attendees: NOBODY,
    travelerNotes: '',
    internalNotes: '',
    venueId: null,
    host: null,
    dressCode: '',
    interpretation: 'none',
    mealsProvided: [],
    ...init,
  };
}
