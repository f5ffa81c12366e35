/**
 * Times in a program file are RFC 9557 strings such as `2024-05-06T09:00:00-07:00[America/Phoenix]`.
 * One string carries the local wall time at the activity's place (what the planner and the traveler
 * read), the UTC offset (so the true instant is exact, even in the repeated hour of a DST fall-back)
 * and the IANA zone (so moves keep local meaning). Temporal checks that the three agree.
 */
import { Temporal } from 'temporal-polyfill';

export { Temporal };

/** A validated RFC 9557 zoned date-time string. */
export type ZonedString = string;

const ZONED_SHAPE =
  /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?([+-])(\d{2}):(\d{2})\[([A-Za-z0-9_+\-/]+)\]$/;

// Validating a zoned string needs Temporal's zone rules (~tens of microseconds). Programs repeat the
// same wall times (09:00 in four zones on twenty days), so results are memoized; the cap keeps a
// pathological file from growing the cache without bound.
const problemCache = new Map<string, string | null>();
const PROBLEM_CACHE_LIMIT = 100_000;

/** Parses a zoned string strictly: the offset must match the zone at that wall time. */
export function parseZoned(value: string): Temporal.ZonedDateTime {
  if (!ZONED_SHAPE.test(value)) {
    throw new RangeError(`"${value}" is not a zoned time like 2024-04-29T09:00:00-04:00[America/New_York]`);
  }
  return Temporal.ZonedDateTime.from(value, { offset: 'reject', disambiguation: 'reject' });
}

/** Why a zoned string is invalid, or null when it is valid. */
export function zonedProblem(value: string): string | null {
  const cached = problemCache.get(value);
  if (cached !== undefined) return cached;
  let problem: string | null = null;
  try {
    parseZoned(value);
  } catch (error) {
    problem = error instanceof Error ? error.message : String(error);
  }
  if (problemCache.size >= PROBLEM_CACHE_LIMIT) problemCache.clear();
  problemCache.set(value, problem);
  return problem;
}

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
  const m = ZONED_SHAPE.exec(value);
  if (!m) throw new RangeError(`"${value}" is not a zoned time`);
  const [, y, mo, d, h, mi, sec, sign, oh, om] = m;
  const wall = Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(sec ?? 0));
  const offsetMs = (Number(oh) * 60 + Number(om)) * 60_000 * (sign === '-' ? -1 : 1);
  return wall - offsetMs;
}

/** The zone id of a zoned string, read without zone rules. */
export function zoneOf(value: ZonedString): string {
  const m = ZONED_SHAPE.exec(value);
  if (!m) throw new RangeError(`"${value}" is not a zoned time`);
  return m[10] as string;
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

/** Whether a string names an IANA time zone this runtime knows. */
export function isTimeZone(id: string): boolean {
  try {
    Temporal.Now.instant().toZonedDateTimeISO(id);
    return true;
  } catch {
    return false;
  }
}

/** Whether a YYYY-MM-DD string is a real calendar date. */
export function isPlainDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  try {
    Temporal.PlainDate.from(value, { overflow: 'reject' });
    return true;
  } catch {
    return false;
  }
}

/** Local calendar date (YYYY-MM-DD) of a zoned string at its own place. */
export function localDate(value: ZonedString): string {
  return value.slice(0, 10);
}
