/**
 * The words the app and the printed itineraries use for a program's codes: activity types, staff
 * roles, a person's name. One place, so the calendar, the inspector, the People tables and the
 * PDFs a traveler receives never call the same thing two names.
 */
import type { Activity, ActivityStatus, Arrangement, HostKind, Participant, Staff, StaffRole } from './schema';

export const ACTIVITY_TYPE_LABELS: Readonly<Record<Activity['type'], string>> = {
  plenary: 'Plenary',
  meeting: 'Meeting',
  'site-visit': 'Site visit',
  'conference-session': 'Conference session',
  meal: 'Meal',
  'home-hospitality': 'Home hospitality',
  cultural: 'Cultural activity',
  briefing: 'Briefing',
  'free-time': 'Free time',
  travel: 'Travel',
  'hotel-stay': 'Hotel stay',
};

/** The arranging statuses, in the order an appointment moves through them. */
export const STATUS_LABELS: Readonly<Record<ActivityStatus, string>> = {
  idea: 'Idea',
  requested: 'Requested',
  tentative: 'Tentative',
  confirmed: 'Confirmed',
  declined: 'Declined',
  cancelled: 'Cancelled',
};

export const ARRANGED_BY_LABELS: Readonly<Record<Arrangement['arrangedBy'], string>> = {
  'program-officer': 'Program officer',
  'local-partner': 'Local partner',
};

export const HOST_KIND_LABELS: Readonly<Record<HostKind, string>> = {
  organization: 'Organization',
  family: 'Host family',
};

/** How a staff member's role reads beside their name ("other" is just "Staff" there). */
export const STAFF_ROLE_LABELS: Readonly<Record<StaffRole, string>> = {
  'program-officer': 'Program officer',
  'program-associate': 'Program associate',
  interpreter: 'Interpreter',
  'english-language-officer': 'English Language Officer',
  escort: 'Escort',
  other: 'Staff',
};

/** A person's display name: given name then family name, or whichever of them there is. */
export function personName(person: Pick<Participant | Staff, 'givenName' | 'familyName'>): string {
  return `${person.givenName} ${person.familyName}`.trim();
}

/** The passport (Latin-script) name when it says something the display name does not; else ''. */
export function latinName(person: Participant | Staff): string {
  const passport = 'passportName' in person ? person.passportName.trim() : '';
  return passport !== '' && passport !== personName(person) ? passport : '';
}

/** Both name forms, for one line of text: "Олена Коваленко (Olena Kovalenko)", or the name alone. */
export function personNameBoth(person: Participant | Staff): string {
  const latin = latinName(person);
  return latin ? `${personName(person)} (${latin})` : personName(person);
}
