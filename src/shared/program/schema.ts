/**
 * The program file (schema version 6; history in docs/program-file.md). Every object is strict: an unknown key is an error, never silently
 * dropped, so a typo in a hand-edited file or a file from a newer app cannot lose data on save.
 * Cross-references (a venue's city, a group's members, an activity's attendees) are checked by
 * `programIssues` in validate.ts, which reports each with its path.
 */
import { z } from 'zod';
import { isPlainDate, timeZoneProblem, zonedProblem } from '../time';

export const CURRENT_SCHEMA_VERSION = 6;

const id = z.string().regex(/^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$/, 'ids are 1-64 letters, digits, - or _');
const text = (max: number) => z.string().max(max);
const shortText = text(300);
const longText = text(20_000);

export const plainDateSchema = z.string().refine(isPlainDate, { message: 'expected a date as YYYY-MM-DD' });
/** Every zone field (a city's, the program's home zone) goes through timeZoneProblem, as do the zones of zoned times. */
export const timeZoneSchema = z.string().check((ctx) => {
  const problem = timeZoneProblem(ctx.value);
  if (problem) ctx.issues.push({ code: 'custom', message: problem, input: ctx.value });
});
export const zonedSchema = z.string().check((ctx) => {
  const problem = zonedProblem(ctx.value);
  if (problem) ctx.issues.push({ code: 'custom', message: problem, input: ctx.value });
});

export const colorSchema = z.string().regex(/^#[0-9a-fA-F]{6}$/, 'expected a color like #1f6feb');

export const phaseSchema = z.strictObject({
  id,
  name: shortText.min(1),
  startDate: plainDateSchema,
  endDate: plainDateSchema,
  cityIds: z.array(id),
});

export const emergencyContactSchema = z.strictObject({
  name: shortText.min(1),
  role: shortText,
  phone: shortText.min(1),
});

export const citySchema = z.strictObject({
  id,
  name: shortText.min(1),
  region: shortText, // state or territory, e.g. "FL"
  country: shortText,
  timeZone: timeZoneSchema,
});

export const venueKindSchema = z.enum(['venue', 'hotel', 'airport', 'station']);
export const venueSchema = z.strictObject({
  id,
  /** The organization directory's entry this venue is a copy of (schema 6), or null. */
  directoryId: id.nullable(),
  cityId: id,
  kind: venueKindSchema,
  name: shortText.min(1),
  code: text(10), // IATA code for airports, empty otherwise
  address: text(1000),
  directions: longText,
  /** Security screening a visitor meets: ID to bring, what may not be carried in, how long it takes (schema 6). */
  security: text(2000),
  /** Step-free access, elevators, seating, hearing loops (schema 6). */
  accessibility: text(2000),
  phone: shortText,
  coordinates: z.strictObject({ lat: z.number().min(-90).max(90), lon: z.number().min(-180).max(180) }).nullable(),
});

export const hostKindSchema = z.enum(['organization', 'family']);

/** One person to call at a host. */
export const hostContactSchema = z.strictObject({
  name: shortText.min(1),
  /** "Public affairs officer", "Host mother". */
  role: shortText,
  phone: shortText,
  email: shortText,
});

/**
 * A host the program works with (schema 6): an organization that receives the group (an agency, a
 * court, a company) or a family that offers home hospitality. Usually a copy of an entry in the
 * organization's directory (`directoryId`), kept in the file so the program opens on its own.
 */
export const programHostSchema = z.strictObject({
  id,
  directoryId: id.nullable(),
  kind: hostKindSchema,
  /** The organization, or the family as it is addressed ("The Alvarez family"). */
  name: shortText.min(1),
  cityId: id.nullable(),
  address: text(1000),
  contacts: z.array(hostContactSchema).max(50),
  /** Languages spoken: a home-hospitality guest needs one of them in common, or an interpreter. */
  languages: z.array(shortText),
  /** What the host offers and asks: diets it cooks for, pets, stairs, parking. */
  notes: longText,
});

const personBase = {
  id,
  givenName: shortText,
  familyName: shortText.min(1),
  languages: z.array(shortText),
  phone: shortText,
  email: shortText,
  arrival: plainDateSchema.nullable(),
  departure: plainDateSchema.nullable(),
  internalNotes: longText,
};

export const participantSchema = z.strictObject({
  ...personBase,
  /**
   * The name as in the passport, in Latin script (schema version 5): what airlines, drivers and
   * hosts read when the name above is written in Arabic, Cyrillic or another script. Empty when the
   * name above is already how the passport spells it.
   */
  passportName: shortText,
  country: shortText.min(1),
  position: shortText,
  organization: shortText,
  /** Language the participant needs interpretation into, or null when they work in English. */
  interpretation: shortText.nullable(),
  dietaryNotes: text(2000),
  accessibilityNotes: text(2000),
});

export const staffRoleSchema = z.enum([
  'program-officer',
  'program-associate',
  'interpreter',
  'english-language-officer',
  'escort',
  'other',
]);
/** Two languages a staff member interprets between, in either direction, e.g. ["English", "French"]. */
export const languagePairSchema = z.tuple([shortText.min(1), shortText.min(1)]);

export const staffSchema = z.strictObject({
  ...personBase,
  role: staffRoleSchema,
  organization: shortText,
  /** The language pairs they interpret (schema 6); interpreter coverage is checked against these. */
  languagePairs: z.array(languagePairSchema).max(20),
});

export const groupSchema = z.strictObject({
  id,
  name: shortText.min(1),
  color: colorSchema,
  participantIds: z.array(id),
  staffIds: z.array(id),
});

export const attendeesSchema = z.strictObject({
  everyone: z.boolean(),
  groupIds: z.array(id),
  participantIds: z.array(id),
  staffIds: z.array(id),
});

export const timingSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('scheduled'), start: zonedSchema, end: zonedSchema }),
  z.strictObject({ kind: z.literal('unscheduled'), durationMinutes: z.int().min(1).max(60 * 24 * 31) }),
]);

/**
 * Where an activity stands (schema 6 adds idea, requested and declined). An appointment moves from
 * an idea through requested (asked of the host) and tentative to confirmed, or is declined by the
 * host or cancelled. Travelers see only confirmed and tentative activities (itinerary/visibility.ts).
 */
export const STATUSES = ['idea', 'requested', 'tentative', 'confirmed', 'declined', 'cancelled'] as const;
export const statusSchema = z.enum(STATUSES);

/** The statuses a traveler's document can show; schema 3's statuses, which issued snapshots keep. */
export const travelerStatusSchema = z.enum(['tentative', 'confirmed', 'cancelled']);

/**
 * How an appointment is being arranged (schema 6): who asks the host, when they were asked and last
 * contacted, a note, and the guests whose dietary needs the host has confirmed it can meet.
 */
export const arrangementSchema = z.strictObject({
  /** The program officer's office, or the local partner of the activity's city. */
  arrangedBy: z.enum(['program-officer', 'local-partner']),
  askedOn: plainDateSchema.nullable(),
  lastContactOn: plainDateSchema.nullable(),
  note: text(2000),
  /** Participants whose dietary needs the host confirmed (meals and home hospitality). */
  dietConfirmedIds: z.array(id),
});

export const hostSchema = z.strictObject({
  organization: shortText,
  contactName: shortText,
  phone: shortText,
  email: shortText,
});

/**
 * Languages an itinerary can be printed in beside English (schema version 5): ISO 639-1 codes, each
 * with a label catalog in src/main/print/i18n.
 */
export const TRANSLATION_LANGUAGES = ['ar', 'zh', 'fr', 'pt', 'ru', 'es'] as const;
export const translationLanguageSchema = z.enum(TRANSLATION_LANGUAGES);
export type TranslationLanguage = z.infer<typeof translationLanguageSchema>;

/** An activity's title and traveler notes in one other language; an empty field prints the English. */
export const activityTranslationSchema = z.strictObject({
  language: translationLanguageSchema,
  title: shortText,
  notes: longText,
});

const activityBase = {
  id,
  title: shortText.min(1),
  status: statusSchema,
  timing: timingSchema,
  attendees: attendeesSchema,
  /** Shown to travelers in itineraries. */
  travelerNotes: longText,
  /** Planner-only: never exported to anything a traveler receives. */
  internalNotes: longText,
  /** Title and traveler notes in other languages, one entry per language at most (schema version 5). */
  translations: z.array(activityTranslationSchema).max(TRANSLATION_LANGUAGES.length),
};

/** Activity types that happen at one place. */
export const PLACE_ACTIVITY_TYPES = [
  'plenary',
  'meeting',
  'site-visit',
  'conference-session',
  'meal',
  'home-hospitality',
  'cultural',
  'briefing',
  'free-time',
] as const;

export const placeActivitySchema = z.strictObject({
  ...activityBase,
  type: z.enum(PLACE_ACTIVITY_TYPES),
  cityId: id,
  venueId: id.nullable(),
  /** The program's host (hosts[]) this appointment is with, or null (schema 6). */
  hostId: id.nullable(),
  /** The contact for this appointment as travelers see it. */
  host: hostSchema.nullable(),
  /** Planner and local-partner arranging record, or null when nobody started one (schema 6). */
  arrangement: arrangementSchema.nullable(),
  dressCode: shortText,
  interpretation: z.enum(['none', 'consecutive', 'simultaneous']),
  mealsProvided: z.array(z.enum(['breakfast', 'lunch', 'dinner'])),
});

export const travelActivitySchema = z.strictObject({
  ...activityBase,
  type: z.literal('travel'),
  mode: z.enum(['flight', 'train', 'ground']),
  carrier: shortText,
  number: shortText,
  /** Start time is local to the origin, end time local to the destination. */
  originVenueId: id,
  destinationVenueId: id,
  pickupPoint: text(1000),
  /** The booking must be made again (a cloned program's flights), schema 6. */
  rebook: z.boolean(),
});

export const hotelStayActivitySchema = z.strictObject({
  ...activityBase,
  type: z.literal('hotel-stay'),
  /** Start is check-in, end is check-out, both local to the hotel. */
  hotelVenueId: id,
  /** The booking must be made again (a cloned program's hotel nights), schema 6. */
  rebook: z.boolean(),
});

export const activitySchema = z.discriminatedUnion('type', [
  placeActivitySchema,
  travelActivitySchema,
  hotelStayActivitySchema,
]);

/**
 * A problem the planner looked at and decided is fine (schema version 2). Problem ids are stable
 * (rule, local day, activities, people), so a dismissal holds until the situation itself changes.
 */
export const dismissalSchema = z.strictObject({
  problemId: z.string().min(1).max(2000),
  reason: z.string().trim().min(1, 'say why this is fine').max(2000),
  /** When it was dismissed (ISO 8601 instant), for the record. */
  dismissedAt: z.iso.datetime({ offset: true }),
});

/**
 * One activity as a traveler received it in an issued version (schema version 3): only the fields
 * a traveler reads, so a later program can be compared with it. `place` is the venue (or, without
 * one, the city) as "name, address"; `travel` and `hotel` are set for those activity types only.
 */
export const activitySnapshotSchema = z.strictObject({
  id,
  title: shortText.min(1),
  status: travelerStatusSchema,
  start: zonedSchema,
  end: zonedSchema,
  place: text(1400),
  travel: z
    .strictObject({ mode: z.enum(['flight', 'train', 'ground']), carrier: shortText, number: shortText, origin: text(1400), destination: text(1400) })
    .nullable(),
  hotel: text(1400).nullable(),
  /** Hash of the other printed details (traveler notes, host, dress code, pick-up point...): a change shows, its content is not kept. */
  details: z.string().regex(/^[0-9a-f]{8}$/),
});

/** What one traveler received in an issued version. */
export const issuedTravelerSchema = z.strictObject({
  kind: z.enum(['participant', 'staff']),
  /** May name a person deleted since: the record of what they received stays as history. */
  personId: id,
  /**
   * The ids of the activities in their itinerary, in order, separated by single spaces (compact:
   * 56 itineraries hold thousands of ids); null when exactly as in this traveler's record in the
   * previous version.
   */
  digest: z.string().max(200_000).regex(/^([A-Za-z0-9][A-Za-z0-9_-]{0,63}( [A-Za-z0-9][A-Za-z0-9_-]{0,63})*)?$/, 'expected activity ids separated by single spaces').nullable(),
});

/**
 * A numbered version of the itineraries as issued to travelers (schema version 3). To keep files
 * small, a version records only the activity snapshots that are new or differ from the latest one
 * recorded in an earlier version, and null digests for travelers whose list is unchanged; what a
 * version holds is resolved by walking the versions in order (shared/issuing/resolve.ts).
 */
export const issuedVersionSchema = z.strictObject({
  version: z.int().min(1).max(1_000_000),
  issuedAt: z.iso.datetime({ offset: true }),
  note: text(2000),
  activities: z.array(activitySnapshotSchema),
  travelers: z.array(issuedTravelerSchema),
});

const minutes = z.int().min(0).max(24 * 60);

/**
 * The shared program this file is a copy of (schema version 4), or null for a planner's own file.
 * The address names the sync server and the shared program; the role and city say what this copy
 * may change. Never a secret: invitation tokens are kept in the user's app data, not in the file.
 */
export const sharedProgramSchema = z.strictObject({
  /** e.g. "ws://192.168.1.20:4711/programs/4NMNnkMhL8jXrkKItk3kHKQd7e8V" (shared/sync/address.ts). */
  address: z.string().min(1).max(1000),
  role: z.enum(['planner', 'partner', 'viewer']),
  /** The partner's city; null for planners and viewers. */
  cityId: id.nullable(),
  /** The member this copy edits as, as the invitation named them ("Tucson partner"). */
  member: shortText,
});

export const programSettingsSchema = z.strictObject({
  maxAppointmentsPerDay: z.int().min(1).max(20),
  /** Appointments not confirmed this many days before they happen are flagged (schema 6). */
  confirmDaysBefore: z.int().min(0).max(120),
  /** Time at the airport or station before a departure, by kind of departure (schema 6). */
  departureBuffers: z.strictObject({ internationalMinutes: minutes, domesticMinutes: minutes, trainMinutes: minutes }),
  /**
   * Consecutive interpretation needs about `consecutiveFactor` times the time of a meeting without
   * it; an interpreted appointment shorter than factor x `meetingMinutes` is flagged (schema 6).
   */
  interpretation: z.strictObject({ consecutiveFactor: z.number().min(1).max(4), meetingMinutes: z.int().min(5).max(480) }),
  /** Guests per host family at home hospitality (schema 6). */
  homeHospitalityGuests: z.strictObject({ min: z.int().min(1).max(20), max: z.int().min(1).max(20) }),
});

export const programSchema = z.strictObject({
  schemaVersion: z.literal(CURRENT_SCHEMA_VERSION),
  id,
  title: shortText.min(1),
  startDate: plainDateSchema,
  endDate: plainDateSchema,
  homeTimeZone: timeZoneSchema,
  description: longText,
  phases: z.array(phaseSchema),
  emergencyContacts: z.array(emergencyContactSchema),
  settings: programSettingsSchema,
  cities: z.array(citySchema),
  venues: z.array(venueSchema),
  hosts: z.array(programHostSchema),
  participants: z.array(participantSchema),
  staff: z.array(staffSchema),
  groups: z.array(groupSchema),
  activities: z.array(activitySchema),
  dismissals: z.array(dismissalSchema),
  issues: z.array(issuedVersionSchema),
  shared: sharedProgramSchema.nullable(),
});

export type Phase = z.infer<typeof phaseSchema>;
export type City = z.infer<typeof citySchema>;
export type Venue = z.infer<typeof venueSchema>;
export type VenueKind = z.infer<typeof venueKindSchema>;
export type Participant = z.infer<typeof participantSchema>;
export type Staff = z.infer<typeof staffSchema>;
export type StaffRole = z.infer<typeof staffRoleSchema>;
export type Group = z.infer<typeof groupSchema>;
export type Attendees = z.infer<typeof attendeesSchema>;
export type Timing = z.infer<typeof timingSchema>;
export type ActivityStatus = z.infer<typeof statusSchema>;
export type TravelerStatus = z.infer<typeof travelerStatusSchema>;
export type Arrangement = z.infer<typeof arrangementSchema>;
export type ProgramHost = z.infer<typeof programHostSchema>;
export type HostKind = z.infer<typeof hostKindSchema>;
export type HostContact = z.infer<typeof hostContactSchema>;
export type ProgramSettings = z.infer<typeof programSettingsSchema>;
export type PlaceActivity = z.infer<typeof placeActivitySchema>;
export type TravelActivity = z.infer<typeof travelActivitySchema>;
export type HotelStayActivity = z.infer<typeof hotelStayActivitySchema>;
export type Activity = z.infer<typeof activitySchema>;
export type ActivityType = Activity['type'];
export type Program = z.infer<typeof programSchema>;
export type Dismissal = z.infer<typeof dismissalSchema>;
export type ActivityTranslation = z.infer<typeof activityTranslationSchema>;
export type ActivitySnapshot = z.infer<typeof activitySnapshotSchema>;
export type IssuedTraveler = z.infer<typeof issuedTravelerSchema>;
export type IssuedVersion = z.infer<typeof issuedVersionSchema>;
export type SharedProgram = z.infer<typeof sharedProgramSchema>;

/** The collections of a program whose members have ids; commands address entities through these. */
export const COLLECTIONS = ['cities', 'venues', 'hosts', 'participants', 'staff', 'groups', 'activities', 'phases'] as const;
export type CollectionName = (typeof COLLECTIONS)[number];
export type EntityOf<C extends CollectionName> = Program[C][number];

export const entitySchemas = {
  cities: citySchema,
  venues: venueSchema,
  hosts: programHostSchema,
  participants: participantSchema,
  staff: staffSchema,
  groups: groupSchema,
  activities: activitySchema,
  phases: phaseSchema,
} as const satisfies Record<CollectionName, z.ZodType>;
