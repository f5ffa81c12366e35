/**
 * Turns one inspector field edit into the activity it would produce, or the reason it cannot.
 * Pure, so the rules are unit-tested without a DOM; nothing invalid ever reaches a command.
 */
import { activitySchema, type Activity, type Program } from '../../../shared/program/schema';
import { addMinutes, epochMs, inZone, localDateTime, zoneOf, zonedFromLocal } from '../../../shared/time';

export type EditField =
  | 'title'
  | 'status'
  | 'type'
  | 'start'
  | 'end'
  | 'venueId'
  | 'dressCode'
  | 'travelerNotes'
  | 'internalNotes'
  | 'host.organization'
  | 'host.contactName'
  | 'host.phone'
  | 'host.email';

const EMPTY_HOST = { organization: '', contactName: '', phone: '', email: '' };

export type EditResult = { ok: true; activity: Activity } | { ok: false; error: string };

/** The zone an activity's start (or end) is written in, or null when it is unscheduled. */
export function editZone(activity: Activity, which: 'start' | 'end'): string | null {
  return activity.timing.kind === 'scheduled' ? zoneOf(activity.timing[which]) : null;
}

/** The local wall time (YYYY-MM-DDTHH:MM) the time inputs show. */
export function editLocal(activity: Activity, which: 'start' | 'end'): string {
  return activity.timing.kind === 'scheduled' ? localDateTime(activity.timing[which]) : '';
}

function withTime(activity: Activity, which: 'start' | 'end', raw: string): EditResult {
  if (activity.timing.kind !== 'scheduled') return { ok: false, error: 'Schedule the activity first' };
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/.test(raw)) return { ok: false, error: 'Enter a date and time' };
  const zone = zoneOf(activity.timing[which]);
  let zoned: string;
  try {
    zoned = zonedFromLocal(raw, zone);
  } catch {
    return { ok: false, error: `${raw.replace('T', ' ')} does not exist in ${zone} (daylight saving time skips it)` };
  }
  const timing = { ...activity.timing, [which]: zoned };
  if (epochMs(timing.end) <= epochMs(timing.start)) return { ok: false, error: 'The end must be after the start' };
  return { ok: true, activity: { ...activity, timing } };
}

/** Applies one field's raw input to an activity; the result is schema-checked before it is offered. */
export function applyFieldEdit(activity: Activity, field: EditField, raw: string): EditResult {
  let next: Activity;
  switch (field) {
    case 'title':
      if (!raw.trim()) return { ok: false, error: 'The title cannot be empty' };
      next = { ...activity, title: raw.trim() };
      break;
    case 'status':
      next = { ...activity, status: raw as Activity['status'] };
      break;
    case 'start':
    case 'end': {
      const result = withTime(activity, field, raw);
      if (!result.ok) return result;
      next = result.activity;
      break;
    }
    case 'type':
    case 'venueId':
    case 'dressCode':
      if (activity.type === 'travel' || activity.type === 'hotel-stay') return { ok: false, error: 'Not used by this activity type' };
      if (field === 'type') next = { ...activity, type: raw as typeof activity.type };
      else if (field === 'venueId') next = { ...activity, venueId: raw || null };
      else next = { ...activity, dressCode: raw };
      break;
    case 'host.organization':
    case 'host.contactName':
    case 'host.phone':
    case 'host.email': {
      if (activity.type === 'travel' || activity.type === 'hotel-stay') return { ok: false, error: 'Not used by this activity type' };
      const key = field.slice('host.'.length) as keyof typeof EMPTY_HOST;
      const host = { ...(activity.host ?? EMPTY_HOST), [key]: raw.trim() };
      // A host with every field blank is no host, so the file does not fill up with empty objects.
      next = { ...activity, host: Object.values(host).some(Boolean) ? host : null };
      break;
    }
    case 'travelerNotes':
      next = { ...activity, travelerNotes: raw };
      break;
    case 'internalNotes':
      next = { ...activity, internalNotes: raw };
      break;
    default: {
      const never: never = field;
      throw new Error(`unknown field ${String(never)}`);
    }
  }
  const checked = activitySchema.safeParse(next);
  if (!checked.success) return { ok: false, error: checked.error.issues[0]?.message ?? 'Invalid value' };
  return { ok: true, activity: checked.data };
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
  const end = addMinutes(start, activity.timing.durationMinutes);
  const next = { ...activity, timing: { kind: 'scheduled' as const, start, end } };
  const checked = activitySchema.safeParse(next);
  if (!checked.success) return { ok: false, error: checked.error.issues[0]?.message ?? 'Invalid value' };
  return { ok: true, activity: checked.data };
}
