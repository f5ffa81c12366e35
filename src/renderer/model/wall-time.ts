/**
 * The calendar shows every activity at the wall-clock time of its own place, whatever the zone of
 * the computer. FullCalendar runs in 'UTC' and is fed wall times as if they were UTC instants, so
 * "09:00 in Phoenix" and "09:00 in New York" both sit on the 09:00 line. These helpers convert
 * between zoned strings and those wall-as-UTC milliseconds without touching zone rules.
 */
import type { ZonedString } from '../../shared/time';

const WALL_SHAPE = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?/;
export const DAY_MS = 86_400_000;

/** The wall time of a zoned string as if it were UTC, in milliseconds. */
export function wallMs(value: ZonedString): number {
  const m = WALL_SHAPE.exec(value);
  if (!m) throw new RangeError(`"${value}" is not a zoned time`);
  return Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]), Number(m[4]), Number(m[5]), Number(m[6] ?? 0));
}

/** A calendar Date (UTC fields = wall time) as a local date-time string for zonedFromLocal. */
export function wallStringOf(date: Date): string {
  return date.toISOString().slice(0, 19);
}

/** A calendar Date of an all-day slot as YYYY-MM-DD. */
export function dateStringOf(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** Milliseconds at UTC midnight of a YYYY-MM-DD date. */
export function dateMs(date: string): number {
  return Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10)));
}

/** YYYY-MM-DD of wall-as-UTC milliseconds. */
export function dateOfMs(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

/** The HH:MM:SS part of a zoned string's wall time. */
export function wallClock(value: ZonedString): string {
  const m = WALL_SHAPE.exec(value);
  if (!m) throw new RangeError(`"${value}" is not a zoned time`);
  return `${m[4]}:${m[5]}:${m[6] ?? '00'}`;
}

/** The first day of the week (Monday) that contains a YYYY-MM-DD date, as milliseconds. */
export function weekStartMs(date: string): number {
  const ms = dateMs(date);
  const weekday = (new Date(ms).getUTCDay() + 6) % 7; // Monday = 0
  return ms - weekday * DAY_MS;
}
