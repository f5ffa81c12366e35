/**
 * Drops and resizes -> commands. The calendar reports wall times (it runs in UTC, see wall-time.ts);
 * each is turned back into a zoned time in the zone the activity's time was written in. A wall
 * time that does not exist there (the spring-forward gap) is refused with the reason, not shifted.
 */
import type { Command } from '../../../shared/commands/types';
import type { Activity } from '../../../shared/program/schema';
import { inZone, zonedFromLocal, zoneOf, type ZonedString } from '../../../shared/time';
import { DAY_MS, dateMs, dateOfMs, dateStringOf, wallClock, wallStringOf } from '../../model/wall-time';

export type EditOutcome = { ok: true; command: Command } | { ok: false; message: string };

/** Where FullCalendar put the event. */
export interface DroppedEvent {
  start: Date | null;
  end: Date | null;
  allDay: boolean;
}

function refuse(activity: Activity, verb: string, why: string): EditOutcome {
  return { ok: false, message: `Cannot ${verb} “${activity.title}”: ${why}` };
}

/**
 * Zoned time from a wall time in a zone, or the reason it does not exist. With a display zone (the
 * calendar shows home time) the wall time is read in that zone and the instant written in `zone`.
 */
function zoned(wall: string, zone: string, displayZone: string | null = null): { value: ZonedString } | { error: string } {
  try {
    return { value: displayZone ? inZone(zonedFromLocal(wall, displayZone), zone) : zonedFromLocal(wall, zone) };
  } catch (error) {
    return { error: error instanceof Error ? error.message : String(error) };
  }
}

function scheduled(activity: Activity): { start: ZonedString; end: ZonedString } | null {
  return activity.timing.kind === 'scheduled' ? activity.timing : null;
}

/** The command for an event dropped at a new place on the calendar. */
export function commandForDrop(activity: Activity, dropped: DroppedEvent, displayZone: string | null = null): EditOutcome {
  const timing = scheduled(activity);
  if (!timing || !dropped.start) return refuse(activity, 'move', 'it has no time on the calendar');
  const isStay = activity.type === 'hotel-stay';
  if (dropped.allDay !== isStay) {
    return refuse(activity, 'move', isStay ? 'a hotel stay belongs in the all-day row' : 'timed activities cannot go in the all-day row');
  }
  if (isStay) {
    const zone = zoneOf(timing.start);
    const newStartDate = dateStringOf(dropped.start);
    const shift = dateMs(newStartDate) - dateMs(timing.start.slice(0, 10));
    const newEndDate = dateOfMs(dateMs(timing.end.slice(0, 10)) + shift);
    // Whole days, keeping check-in and check-out clock times (an exact shift would move them by an
    // hour across a DST change).
    const start = zoned(`${newStartDate}T${wallClock(timing.start)}`, zone);
    const end = zoned(`${newEndDate}T${wallClock(timing.end)}`, zoneOf(timing.end));
    if ('error' in start) return refuse(activity, 'move', start.error);
    if ('error' in end) return refuse(activity, 'move', end.error);
    return { ok: true, command: { type: 'activity/set-times', id: activity.id, start: start.value, end: end.value } };
  }
  const start = zoned(wallStringOf(dropped.start), zoneOf(timing.start), displayZone);
  if ('error' in start) return refuse(activity, 'move', start.error);
  return { ok: true, command: { type: 'activity/move', id: activity.id, start: start.value } };
}

/** The command for an event resized on the calendar. */
export function commandForResize(activity: Activity, resized: DroppedEvent, displayZone: string | null = null): EditOutcome {
  const timing = scheduled(activity);
  if (!timing || !resized.start || !resized.end) return refuse(activity, 'resize', 'it has no time on the calendar');
  if (activity.type === 'travel') return refuse(activity, 'resize', 'a journey lasts as long as its timetable says');
  if (activity.type === 'hotel-stay') {
    // The all-day end is exclusive and the block includes the check-out day.
    const checkOut = dateOfMs(resized.end.getTime() - DAY_MS);
    if (checkOut < timing.start.slice(0, 10)) return refuse(activity, 'resize', 'check-out would be before check-in');
    const end = zoned(`${checkOut}T${wallClock(timing.end)}`, zoneOf(timing.end));
    if ('error' in end) return refuse(activity, 'resize', end.error);
    return { ok: true, command: { type: 'activity/set-times', id: activity.id, start: timing.start, end: end.value } };
  }
  const start = zoned(wallStringOf(resized.start), zoneOf(timing.start), displayZone);
  const end = zoned(wallStringOf(resized.end), zoneOf(timing.end), displayZone);
  if ('error' in start) return refuse(activity, 'resize', start.error);
  if ('error' in end) return refuse(activity, 'resize', end.error);
  return { ok: true, command: { type: 'activity/set-times', id: activity.id, start: start.value, end: end.value } };
}
