/**
 * Turns one inspector field edit into the activity it would produce, or the reason it cannot.
 * Pure, so the rules are unit-tested without a DOM; nothing invalid ever reaches a command: every
 * result passes the shared schema and the same per-activity checks main runs (references, zones,
 * time order) before it is offered.
 */
import type { z } from 'zod';
import { activitySchema, TRANSLATION_LANGUAGES, type Activity, type PlaceActivity, type Program, type TranslationLanguage } from '../../shared/program/schema';
import { activityContext, activityIssues } from '../../shared/program/validate';
import { addMinutes, epochMs, inZone, localDateTime, zoneOf, zonedFromLocal } from '../../shared/time';
import { changeCity, changeDestination, changeHotel, changeOrigin, venueZone } from './place-change';

export type EditField =
  | 'title'
  | 'status'
  | 'type'
  | 'start'
  | 'end'
  | 'cityId'
  | 'venueId'
  | 'dressCode'
  | 'interpretation'
  | 'travelerNotes'
  | 'internalNotes'
  | 'host.organization'
  | 'host.contactName'
  | 'host.phone'
  | 'host.email'
  | 'mode'
  | 'carrier'
  | 'number'
  | 'pickupPoint'
  | 'originVenueId'
  | 'destinationVenueId'
  | 'hotelVenueId';

const EMPTY_HOST = { organization: '', contactName: '', phone: '', email: '' };

export const MEALS = ['breakfast', 'lunch', 'dinner'] as const;
export type Meal = (typeof MEALS)[number];

export type EditResult = { ok: true; activity: Activity } | { ok: false; error: string };

/** The zone an activity's start (or end) is written in, or null when it is unscheduled. */
export function editZone(activity: Activity, which: 'start' | 'end'): string | null {
  return activity.timing.kind === 'scheduled' ? zoneOf(activity.timing[which]) : null;
}

/** The local wall time (YYYY-MM-DDTHH:MM) the time inputs show. */
export function editLocal(activity: Activity, which: 'start' | 'end'): string {
  return activity.timing.kind === 'scheduled' ? localDateTime(activity.timing[which]) : '';
}

/** What each end of the timing is called for this activity type, for messages. */
function endNames(activity: Activity): { start: string; end: string } {
  if (activity.type === 'travel') return { start: 'departure', end: 'arrival' };
  if (activity.type === 'hotel-stay') return { start: 'check-in', end: 'check-out' };
  return { start: 'start', end: 'end' };
}

function withTime(activity: Activity, which: 'start' | 'end', raw: string): EditResult {
  if (activity.timing.kind !== 'scheduled') return { ok: false, error: 'Schedule the activity first' };
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/.test(raw)) return { ok: false, error: 'Enter a date and time' };
  // Each end keeps the zone it is written in: its place's (a journey's departure at the origin,
  // its arrival at the destination), which validation guarantees.
  const zone = zoneOf(activity.timing[which]);
  let zoned: string;
  try {
    zoned = zonedFromLocal(raw, zone);
  } catch {
    return { ok: false, error: `${raw.replace('T', ' ')} does not exist in ${zone} (daylight saving time skips it)` };
  }
  const timing = { ...activity.timing, [which]: zoned };
  if (epochMs(timing.end) <= epochMs(timing.start)) {
    const names = endNames(activity);
    return { ok: false, error: `The ${names.end} must be after the ${names.start}` };
  }
  return { ok: true, activity: { ...activity, timing } };
}

const NOT_USED: EditResult = { ok: false, error: 'Not used by this activity type' };

function isPlace(activity: Activity): activity is PlaceActivity {
  return activity.type !== 'travel' && activity.type !== 'hotel-stay';
}

/** The edit of a field only place activities have. */
function placeEdit(activity: PlaceActivity, field: EditField, raw: string, program: Program): EditResult {
  switch (field) {
    case 'type':
      return { ok: true, activity: { ...activity, type: raw as PlaceActivity['type'] } };
    case 'cityId':
      return changeCity(activity, program, raw);
    case 'venueId':
      return { ok: true, activity: { ...activity, venueId: raw || null } };
    case 'dressCode':
      return { ok: true, activity: { ...activity, dressCode: raw.trim() } };
    case 'interpretation':
      return { ok: true, activity: { ...activity, interpretation: raw as PlaceActivity['interpretation'] } };
    case 'host.organization':
    case 'host.contactName':
    case 'host.phone':
    case 'host.email': {
      const key = field.slice('host.'.length) as keyof typeof EMPTY_HOST;
      const host = { ...(activity.host ?? EMPTY_HOST), [key]: raw.trim() };
      // A host with every field blank is no host, so the file does not fill up with empty objects.
      return { ok: true, activity: { ...activity, host: Object.values(host).some(Boolean) ? host : null } };
    }
    default:
      return NOT_USED;
  }
}

/** The edit of a field only journeys have. */
function travelEdit(activity: Activity & { type: 'travel' }, field: EditField, raw: string, program: Program): EditResult {
  switch (field) {
    case 'mode':
      return { ok: true, activity: { ...activity, mode: raw as typeof activity.mode } };
    case 'carrier':
    case 'number':
    case 'pickupPoint':
      return { ok: true, activity: { ...activity, [field]: raw.trim() } };
    case 'originVenueId':
      return changeOrigin(activity, program, raw);
    case 'destinationVenueId':
      return changeDestination(activity, program, raw);
    default:
      return NOT_USED;
  }
}

function shapeEdit(activity: Activity, field: EditField, raw: string, program: Program): EditResult {
  switch (field) {
    case 'title':
      if (!raw.trim()) return { ok: false, error: 'The title cannot be empty' };
      return { ok: true, activity: { ...activity, title: raw.trim() } };
    case 'status':
      return { ok: true, activity: { ...activity, status: raw as Activity['status'] } };
    case 'start':
    case 'end':
      return withTime(activity, field, raw);
    case 'travelerNotes':
      return { ok: true, activity: { ...activity, travelerNotes: raw } };
    case 'internalNotes':
      return { ok: true, activity: { ...activity, internalNotes: raw } };
    case 'hotelVenueId':
      return activity.type === 'hotel-stay' ? changeHotel(activity, program, raw) : NOT_USED;
    default:
      if (activity.type === 'travel') return travelEdit(activity, field, raw, program);
      if (isPlace(activity)) return placeEdit(activity, field, raw, program);
      return NOT_USED;
  }
}

/** A schema problem in planner words; zod's own wording for the rest. */
function schemaProblem(error: z.ZodError): string {
  const issue = error.issues[0];
  if (!issue) return 'Invalid value';
  if (issue.code === 'too_big' && issue.origin === 'string') return `Too long: at most ${String(issue.maximum)} characters`;
  if (issue.code === 'too_small' && issue.origin === 'string') return 'This cannot be empty';
  return issue.message;
}

/**
 * The final gate for any edited activity: the shared schema, then the per-activity checks of the
 * program validator (what main will check again before saving).
 */
export function checkActivity(next: Activity, program: Program): EditResult {
  const checked = activitySchema.safeParse(next);
  if (!checked.success) return { ok: false, error: schemaProblem(checked.error) };
  const problems: string[] = [];
  activityIssues(checked.data, activityContext(program), [], (_path, message) => problems.push(message));
  if (problems.length) return { ok: false, error: problems[0] as string };
  return { ok: true, activity: checked.data };
}

/** Applies one field's raw input to an activity; the result is fully checked before it is offered. */
export function applyFieldEdit(activity: Activity, field: EditField, raw: string, program: Program): EditResult {
  const shaped = shapeEdit(activity, field, raw, program);
  return shaped.ok ? checkActivity(shaped.activity, program) : shaped;
}

/** Ticks one provided meal on or off, keeping the day's order (breakfast, lunch, dinner). */
export function toggleMeal(activity: Activity, meal: Meal, on: boolean, program: Program): EditResult {
  if (!isPlace(activity)) return NOT_USED;
  const chosen = new Set(activity.mealsProvided);
  if (on) chosen.add(meal);
  else chosen.delete(meal);
  return checkActivity({ ...activity, mealsProvided: MEALS.filter((m) => chosen.has(m)) }, program);
}

/**
 * Sets an activity's title or traveler notes in another language (for bilingual itineraries). A
 * translation with both fields empty is removed; entries stay in the order of TRANSLATION_LANGUAGES
 * so the saved file does not depend on the order they were typed in.
 */
export function setTranslation(activity: Activity, language: TranslationLanguage, field: 'title' | 'notes', raw: string, program: Program): EditResult {
  const text = field === 'title' ? raw.trim() : raw.replace(/^\s+|\s+$/g, '');
  const current = activity.translations.find((t) => t.language === language) ?? { language, title: '', notes: '' };
  const next = { ...current, [field]: text };
  const others = activity.translations.filter((t) => t.language !== language);
  const list = next.title === '' && next.notes === '' ? others : [...others, next];
  const translations = TRANSLATION_LANGUAGES.flatMap((code) => list.filter((t) => t.language === code));
  return checkActivity({ ...activity, translations }, program);
}

/** Toggles one attendee (everyone, a group, a participant or a staff member) on or off. */
export function toggleAttendee(
  activity: Activity,
  kind: 'everyone' | 'groupIds' | 'participantIds' | 'staffIds',
  id: string,
  on: boolean,
): Activity {
  const attendees = activity.attendees;
  if (kind === 'everyone') return { ...activity, attendees: { ...attendees, everyone: on } };
  const current = attendees[kind].filter((x) => x !== id);
  return { ...activity, attendees: { ...attendees, [kind]: on ? [...current, id] : current } };
}

/** The zone an unscheduled activity would be scheduled in: its city's (the origin's, for a journey). */
export function zoneForScheduling(activity: Activity, program: Program): string {
  const venueCity = (venueId: string) => program.venues.find((v) => v.id === venueId)?.cityId;
  const cityId =
    activity.type === 'travel' ? venueCity(activity.originVenueId) : activity.type === 'hotel-stay' ? venueCity(activity.hotelVenueId) : activity.cityId;
  return program.cities.find((c) => c.id === cityId)?.timeZone ?? program.homeTimeZone;
}

/**
 * Puts an unscheduled activity at a local start time, keeping the duration it was given. With a
 * display zone (the calendar shows home time) the wall time is read there and written in the
 * activity's own zone.
 */
export function scheduleAt(activity: Activity, program: Program, raw: string, displayZone: string | null = null): EditResult {
  if (activity.timing.kind !== 'unscheduled') return { ok: false, error: 'Already on the calendar' };
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/.test(raw)) return { ok: false, error: 'Enter a date and time' };
  const zone = zoneForScheduling(activity, program);
  let start: string;
  try {
    start = displayZone ? inZone(zonedFromLocal(raw, displayZone), zone) : zonedFromLocal(raw, zone);
  } catch {
    return { ok: false, error: `${raw.replace('T', ' ')} does not exist in ${displayZone ?? zone} (daylight saving time skips it)` };
  }
  // A journey's arrival is written at its destination, the same instant the duration gives.
  const arrivalZone = activity.type === 'travel' ? venueZone(program, activity.destinationVenueId) : null;
  const after = addMinutes(start, activity.timing.durationMinutes);
  const end = arrivalZone ? inZone(after, arrivalZone) : after;
  return checkActivity({ ...activity, timing: { kind: 'scheduled' as const, start, end } }, program);
}
