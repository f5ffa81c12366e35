/**
 * Times in a program file are RFC 9557 strings such as `2024-05-06T09:00:00-07:00[America/Phoenix]`.
 * One string carries the local wall time at the activity's place (what the planner and the traveler
 * read), the UTC offset (so the true instant is exact, even in the repeated hour of a DST fall-back)
 * and the IANA zone (so moves keep local meaning). Temporal checks that the three agree.
 *
 * This is the one entry point: formatting and arithmetic live here; parsing and validation in
 * time-parse.ts, the allocation-free scan in time-scan.ts, zone rules in time-zone-rules.ts.
 */
import { Temporal } from 'temporal-polyfill';
import { parseZoned } from './time-parse';
import { MS_PER_MINUTE, notZoned, offsetMinutesAt, offsetSignAt, wallMsAt, type ZonedString } from './time-scan';

export { Temporal };
export type { ZonedString } from './time-scan';
export { isPlainDate, parseZoned, readZoned, resetTimeCaches, zonedProblem } from './time-parse';
export { isTimeZone, timeZoneProblem } from './time-zone-rules';

/** The canonical string for a ZonedDateTime: seconds always shown, no fractional part. */
export function formatZoned(zdt: Temporal.ZonedDateTime): ZonedString {
  return zdt.toString({ smallestUnit: 'second', timeZoneName: 'auto', offset: 'auto' });
}

/**
 * Builds a zoned string from a local wall time in a zone. A wall time that does not exist (the
 * spring-forward gap) is an error rather than silently shifted; an ambiguous one (fall-back) takes
 * the earlier instant, which is what a planner writing "01:30" on that night usually means.
 */
export function zonedFromLocal(localDateTime: string, timeZone: string): ZonedString {
  const plain = Temporal.PlainDateTime.from(localDateTime);
  const zdt = plain.toZonedDateTime(timeZone, { disambiguation: 'earlier' });
  if (!zdt.toPlainDateTime().equals(plain)) {
    throw new RangeError(`${localDateTime} does not exist in ${timeZone} (clocks skip it for daylight saving time)`);
  }
  return formatZoned(zdt);
}

/**
 * Milliseconds since the epoch of a zoned string. The string's own offset makes this exact without
 * zone rules, so it is cheap enough for hot paths (sorting, overlap checks over thousands of events).
 * Assumes a string that passed validation; throws on a malformed one.
 */
export function epochMs(value: ZonedString): number {
  const sign = offsetSignAt(value);
  if (sign < 0) throw notZoned(value);
  return wallMsAt(value, sign) - offsetMinutesAt(value, sign) * MS_PER_MINUTE;
}

/** The zone id of a zoned string, read without zone rules. */
export function zoneOf(value: ZonedString): string {
  const sign = offsetSignAt(value);
  if (sign < 0) throw notZoned(value);
  return value.slice(sign + 7, -1);
}

/** The local wall date-time (YYYY-MM-DDTHH:MM) of a zoned string, read without zone rules. */
export function localDateTime(value: ZonedString): string {
  return value.slice(0, 16);
}

/** The same instant shown in another zone. */
export function inZone(value: ZonedString, timeZone: string): ZonedString {
  return formatZoned(parseZoned(value).withTimeZone(timeZone));
}

/** Shifts an instant by exact minutes, keeping its zone (exact time, so durations survive DST). */
export function addMinutes(value: ZonedString, minutes: number): ZonedString {
  return formatZoned(parseZoned(value).add({ minutes }));
}

/** Exact minutes from a to b. */
export function minutesBetween(a: ZonedString, b: ZonedString): number {
  return (epochMs(b) - epochMs(a)) / 60_000;
}

/** Local calendar date (YYYY-MM-DD) of a zoned string at its own place. */
export function localDate(value: ZonedString): string {
  return value.slice(0, 10);
}
