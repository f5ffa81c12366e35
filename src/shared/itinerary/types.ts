/**
 * What a traveler's document holds, as plain data: the projection (project.ts) decides what goes
 * in, the print templates and the iCalendar writer only lay it out. Nothing here carries a
 * planner's internal notes, so no output built from it can leak them.
 */
import type { DepartureKind } from '../program/departures';
import type { ActivityTranslation, ActivityType, TravelActivity, TravelerStatus } from '../program/schema';
import type { ZonedString } from '../time';

export type ItineraryKind = 'participant' | 'group' | 'staff';

/** One local time as a traveler reads it at the place: "09:00 MST". */
export interface LocalTime {
  /** The exact zoned string it came from. */
  zoned: ZonedString;
  /** Local date YYYY-MM-DD at the place. */
  date: string;
  /** Local wall time HH:MM. */
  time: string;
  /** Abbreviation in force then: EDT, MST, GMT+3. */
  abbreviation: string;
  /** IANA zone, e.g. America/Phoenix. */
  zoneId: string;
  /** Long name in force then: "Mountain Standard Time". */
  zoneName: string;
}

/** A venue, hotel or airport as printed. */
export interface PlaceInfo {
  /** The venue's id (tells a connection from a new departure). */
  id: string;
  name: string;
  /** IATA code for airports, empty otherwise. */
  code: string;
  address: string;
  phone: string;
  directions: string;
  /** Security screening at the entrance (what to bring, how long it takes). */
  security: string;
  /** Step-free access, elevators, seating. */
  accessibility: string;
  /** "Phoenix, AZ". */
  city: string;
}

export interface HostInfo {
  organization: string;
  contactName: string;
  phone: string;
  email: string;
}

interface EntryBase {
  /** Activity id. */
  id: string;
  title: string;
  /** Tentative entries are marked; cancelled ones are activities this traveler received before that are off now. */
  status: TravelerStatus;
  /** Traveler notes (never internal notes). */
  notes: string;
  /**
   * Who attends, for documents that show more than one person's schedule ("Everyone",
   * "Border Security and Narcotics", "Ruiz, Zelaya and 2 others"); null in a personal itinerary.
   */
  who: string | null;
  /** False when the subject does not attend (a staff member's view of a session of their group). */
  attending: boolean;
  /** Issued versions in which this activity changed for travelers (iCalendar SEQUENCE; see issuing/sequence.ts). */
  sequence: number;
  /** The title and notes in other languages, as entered (bilingual documents pick one). */
  translations: readonly ActivityTranslation[];
}

export interface ActivityEntry extends EntryBase {
  kind: 'activity';
  type: Exclude<ActivityType, 'travel' | 'hotel-stay'>;
  /** "Meeting", "Site visit". */
  typeLabel: string;
  start: LocalTime;
  end: LocalTime;
  place: PlaceInfo | null;
  /** City of the activity, "Tucson, AZ" (also when it has no venue). */
  city: string;
  host: HostInfo | null;
  dressCode: string;
  interpretation: 'none' | 'consecutive' | 'simultaneous';
  mealsProvided: ('breakfast' | 'lunch' | 'dinner')[];
}

export interface TravelEntry extends EntryBase {
  kind: 'travel';
  mode: TravelActivity['mode'];
  carrier: string;
  number: string;
  depart: LocalTime;
  arrive: LocalTime;
  from: PlaceInfo;
  to: PlaceInfo;
  pickupPoint: string;
  durationMinutes: number;
  /**
   * When to be at the airport or station: the program's buffer before this kind of departure, and
   * the local time that makes. Null for ground transport and for a connection (the previous flight
   * or train arrived at the same airport).
   */
  checkIn: { kind: DepartureKind; minutes: number; by: LocalTime } | null;
}

export interface HotelEntry extends EntryBase {
  kind: 'check-in' | 'check-out';
  at: LocalTime;
  hotel: PlaceInfo;
  checkIn: LocalTime;
  checkOut: LocalTime;
  nights: number;
}

export type DayEntry = ActivityEntry | TravelEntry | HotelEntry;

/** A zone in use on a day, with the city that puts it there. */
export interface DayZone {
  zoneId: string;
  abbreviation: string;
  zoneName: string;
  /** Cities in this zone that day, in order of appearance. */
  cities: string[];
}

/** One local calendar date: every entry whose local start date at its place is this date. */
export interface ItineraryDay {
  date: string;
  /** "Monday, May 6, 2024". */
  label: string;
  zones: DayZone[];
  entries: DayEntry[];
}

/** A hotel stay in the summary list. */
export interface HotelStay {
  id: string;
  status: TravelerStatus;
  hotel: PlaceInfo;
  checkIn: LocalTime;
  checkOut: LocalTime;
  nights: number;
  notes: string;
  who: string | null;
}

export interface PersonLine {
  id: string;
  name: string;
  /** The passport (Latin-script) name when it differs from `name`, else ''. */
  latinName: string;
  /** Country (participants) or role (staff). */
  detail: string;
  organization: string;
  phone: string;
  email: string;
  languages: string[];
}

export interface GroupDirectory {
  id: string;
  name: string;
  color: string;
  members: PersonLine[];
  staff: PersonLine[];
}

export interface ContactLine {
  name: string;
  role: string;
  phone: string;
}

export interface ProgramHeader {
  id: string;
  title: string;
  startDate: string;
  endDate: string;
  /** "April 29 – May 17, 2024". */
  dates: string;
}

/** Who the document is for, as printed on its cover. */
export interface Subject {
  kind: ItineraryKind;
  id: string;
  /** Display name: "Daniela Quesada Jiménez" or a group's name. */
  name: string;
  /** The passport (Latin-script) name when it differs from `name`, else ''. */
  latinName: string;
  /** Cover lines under the name: position, organization, country / staff role / member count. */
  lines: string[];
  /** Names of the person's groups (empty for a group document). */
  groups: string[];
}

/** A personal, group or staff itinerary. */
export interface Itinerary {
  kind: ItineraryKind;
  subject: Subject;
  program: ProgramHeader;
  /** First and last local dates with entries; the program's dates when there are none. */
  period: { start: string; end: string; label: string };
  days: ItineraryDay[];
  hotels: HotelStay[];
  /** The subject's groups with members and traveling staff. */
  groups: GroupDirectory[];
  emergencyContacts: ContactLine[];
}

export interface PhaseOverview {
  name: string;
  dates: string;
  cities: { name: string; zoneId: string; abbreviation: string }[];
  /** Where each group is during the phase: group name -> city names in order. */
  groupCities: { group: string; cities: string[] }[];
}

/** A part of the book's daily schedule: a phase, or one group's days in a phase where groups split up. */
export interface BookSection {
  /** "City visits: Maritime Security and IUU Fishing". */
  title: string;
  /** The group's color for a group's section, else null. */
  color: string | null;
  days: ItineraryDay[];
}

/** A staff member in the book's staff directory. */
export interface StaffLine extends PersonLine {
  /** Names of the groups they travel with. */
  groups: string[];
}

/** The whole program book: overview, the schedule in sections, roster by group, staff directory. */
export interface ProgramBook {
  program: ProgramHeader;
  description: string;
  phases: PhaseOverview[];
  /** Every day of the program with every entry (the program calendar). */
  days: ItineraryDay[];
  /** The printed schedule: by phase, and by group where the groups split up. */
  sections: BookSection[];
  staffDirectory: StaffLine[];
  groups: GroupDirectory[];
  /** Staff not in any group (program officer, associate). */
  programStaff: PersonLine[];
  emergencyContacts: ContactLine[];
  counts: { participants: number; countries: number; groups: number; staff: number; activities: number };
}

/** Role labels for staff (defined with the program's other labels). */
export { STAFF_ROLE_LABELS } from '../program/labels';
