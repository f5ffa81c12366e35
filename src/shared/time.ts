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

// Validating a zoned string with Temporal costs ~4 us after warm-up (~40 ms for the ~10,000
// distinct times of a 20,000-activity program, paid on every first open). Almost every string is
// an ordinary wall time in a known zone, which the exact check below settles with arithmetic and
// one cached offset span per zone; only what it cannot vouch for goes to Temporal.
// What was learned is memoized per string (programs repeat wall times, and validation reads every
// time twice: the schema, then programIssues for zones and order); the cap keeps a pathological
// file from growing the cache without bound.
const zonedCache = new Map<string, ZonedFacts>();
const ZONED_CACHE_LIMIT = 100_000;

/** What validation learned about one string: its problem (null: valid), zone and instant. */
interface ZonedFacts {
  readonly problem: string | null;
  /** The zone as written, or '' when the string is not shaped like a zoned time. */
  readonly zone: string;
  /** The instant its wall time and offset name, or NaN when it is not shaped like a zoned time. */
  readonly epochMs: number;
}

/** Forgets every memoized time result (for tests and cold-start benchmarks). */
export function resetTimeCaches(): void {
  zonedCache.clear();
  zoneRules.clear();
  zoneIdCache.clear();
}

/** Parses a zoned string strictly: the offset must match the zone at that wall time. */
export function parseZoned(value: string): Temporal.ZonedDateTime {
  if (!ZONED_SHAPE.test(value)) {
    throw new RangeError(`"${value}" is not a zoned time like 2024-04-29T09:00:00-04:00[America/New_York]`);
  }
  return Temporal.ZonedDateTime.from(value, { offset: 'reject', disambiguation: 'reject' });
}

/** Why a zoned string is invalid, or null when it is valid. */
export function zonedProblem(value: string): string | null {
  return zonedFacts(value).problem;
}

/**
 * The zone and instant of a zoned string, memoized with its validity (validation reads each time
 * twice). Read without zone rules, so a well-shaped string whose offset is wrong still has both;
 * throws on a string that is not shaped like a zoned time.
 */
export function readZoned(value: ZonedString): { readonly zone: string; readonly epochMs: number } {
  const facts = zonedFacts(value);
  if (facts.zone === '') throw notZoned(value);
  return facts;
}

function zonedFacts(value: string): ZonedFacts {
  let facts = zonedCache.get(value);
  if (facts !== undefined) return facts;
  const sign = offsetSignAt(value);
  if (sign < 0) facts = { problem: temporalProblem(value), zone: '', epochMs: Number.NaN };
  else {
    const zone = value.slice(sign + 7, -1);
    const offset = offsetMinutesAt(value, sign);
    const epoch = wallMsAt(value, sign) - offset * MS_PER_MINUTE;
    facts = { problem: plainlyValid(value, sign, zone, offset, epoch) ? null : temporalProblem(value), zone, epochMs: epoch };
  }
  if (zonedCache.size >= ZONED_CACHE_LIMIT) zonedCache.clear();
  zonedCache.set(value, facts);
  return facts;
}

/** Temporal's verdict: why parseZoned refuses `value`, or null. */
function temporalProblem(value: string): string | null {
  try {
    parseZoned(value);
    return null;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}

// ---- Reading zoned strings without regular expressions or Temporal -------------------------------
// Hot paths (validation, sorting, overlap checks) read thousands of these strings; a regex match
// allocates an array and ten substrings each time, this scan allocates nothing.

const MS_PER_MINUTE = 60_000;

/** The digit at `i` as a number, or -1. */
function digitAt(value: string, i: number): number {
  const code = value.charCodeAt(i) - 48;
  return code >= 0 && code <= 9 ? code : -1;
}

/** The two-digit number at `i`, or -1. */
function twoDigits(value: string, i: number): number {
  const tens = digitAt(value, i);
  const ones = digitAt(value, i + 1);
  return tens < 0 || ones < 0 ? -1 : tens * 10 + ones;
}

function isZoneChar(code: number): boolean {
  return (
    (code >= 65 && code <= 90) || // A-Z
    (code >= 97 && code <= 122) || // a-z
    (code >= 48 && code <= 57) || // 0-9
    code === 95 || // _
    code === 43 || // +
    code === 45 || // -
    code === 47 // /
  );
}

/**
 * Where the offset sign is (16 without seconds, 19 with) when `value` has exactly the shape
 * ZONED_SHAPE accepts, else -1. Kept equivalent to the regex: tests/unit/shared/time-scan.test.ts.
 */
function offsetSignAt(value: string): number {
  const length = value.length;
  if (length < 25) return -1; // the shortest: YYYY-MM-DDTHH:MM+HH:MM[Z]
  if (digitAt(value, 0) < 0 || digitAt(value, 1) < 0 || twoDigits(value, 2) < 0) return -1;
  if (value.charCodeAt(4) !== 45 || twoDigits(value, 5) < 0 || value.charCodeAt(7) !== 45 || twoDigits(value, 8) < 0) return -1;
  if (value.charCodeAt(10) !== 84 || twoDigits(value, 11) < 0 || value.charCodeAt(13) !== 58 || twoDigits(value, 14) < 0) return -1;
  let sign = 16;
  if (value.charCodeAt(16) === 58) {
    if (twoDigits(value, 17) < 0) return -1;
    sign = 19;
  }
  const signCode = value.charCodeAt(sign);
  if (signCode !== 43 && signCode !== 45) return -1;
  if (twoDigits(value, sign + 1) < 0 || value.charCodeAt(sign + 3) !== 58 || twoDigits(value, sign + 4) < 0) return -1;
  if (value.charCodeAt(sign + 6) !== 91 || value.charCodeAt(length - 1) !== 93 || length - 1 <= sign + 7) return -1;
  for (let i = sign + 7; i < length - 1; i++) if (!isZoneChar(value.charCodeAt(i))) return -1;
  return sign;
}

/** The offset in minutes east of UTC written at `sign`. */
function offsetMinutesAt(value: string, sign: number): number {
  const minutes = twoDigits(value, sign + 1) * 60 + twoDigits(value, sign + 4);
  return value.charCodeAt(sign) === 45 ? -minutes : minutes;
}

/**
 * The wall time as if it were UTC, in ms: Date.UTC's result, by day arithmetic (Hinnant's
 * days_from_civil) where that is exact, which is ~3x faster. Date.UTC stays for months out of range
 * (it rolls them over) and years below 100 (it reads them as 19xx).
 */
function wallMsAt(value: string, sign: number): number {
  const year = digitAt(value, 0) * 1000 + digitAt(value, 1) * 100 + twoDigits(value, 2);
  const month = twoDigits(value, 5);
  const day = twoDigits(value, 8);
  const seconds = (twoDigits(value, 11) * 60 + twoDigits(value, 14)) * 60 + (sign === 19 ? twoDigits(value, 17) : 0);
  if (month < 1 || month > 12 || year < 100) return Date.UTC(year, month - 1, day) + seconds * 1000;
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month > 2 ? month - 3 : month + 9) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return (era * 146_097 + dayOfEra - 719_468) * 86_400_000 + seconds * 1000;
}

function notZoned(value: string): RangeError {
  return new RangeError(`"${value}" is not a zoned time`);
}

// ---- The exact fast check behind zonedProblem ------------------------------------------------------

/** One span of a zone's history with a constant UTC offset: [from, to) in epoch ms. */
interface OffsetSpan {
  from: number;
  to: number;
  /** Whole minutes east of UTC, or NaN for an offset with seconds (left to Temporal). */
  minutes: number;
}

/** Per zone id as written: its spans so far, or null when Temporal does not know the zone. */
const zoneRules = new Map<string, OffsetSpan[] | null>();
const SPANS_PER_ZONE_LIMIT = 1_000;

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function daysInMonth(year: number, month: number): number {
  if (month === 2 && year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0)) return 29;
  return DAYS_IN_MONTH[month - 1] as number;
}

/** The UTC offset (minutes, or NaN) of `zone` at `epochMs`, from the zone's cached spans. */
function offsetMinutesOf(zone: string, epochMs: number): number | null {
  let spans = zoneRules.get(zone);
  if (spans === undefined) {
    spans = isTimeZone(zone) ? [] : null;
    zoneRules.set(zone, spans);
  }
  if (spans === null) return null;
  for (const span of spans) if (epochMs >= span.from && epochMs < span.to) return span.minutes;
  if (spans.length >= SPANS_PER_ZONE_LIMIT) spans.length = 0;
  const span = offsetSpanAt(zone, epochMs);
  spans.push(span);
  return span.minutes;
}

const YEAR_MS = 366 * 86_400_000;

/**
 * Asks Temporal for the offset at an instant and the span around it without a change of offset.
 * The span starts at the last transition at or before the instant, looked for forwards from a year
 * earlier (or a year earlier if there is none): searching backwards ('previous') costs ~10 ms for a
 * zone that last changed decades ago, such as Phoenix or Tokyo.
 */
function offsetSpanAt(zone: string, epochMs: number): OffsetSpan {
  const at = Temporal.Instant.fromEpochMilliseconds(epochMs).toZonedDateTimeISO(zone);
  const nanos = at.offsetNanoseconds;
  const minutes = nanos % 60_000_000_000 === 0 ? nanos / 60_000_000_000 : Number.NaN;
  const next = at.getTimeZoneTransition('next');
  let from = epochMs - YEAR_MS;
  let cursor = Temporal.Instant.fromEpochMilliseconds(from).toZonedDateTimeISO(zone);
  for (;;) {
    const transition = cursor.getTimeZoneTransition('next');
    if (!transition || transition.epochMilliseconds > epochMs) break;
    from = transition.epochMilliseconds;
    cursor = transition;
  }
  return { from, to: next ? next.epochMilliseconds : Infinity, minutes };
}

/**
 * True only when Temporal would accept `value` with offset 'reject': the shape is right, the wall
 * time is an ordinary real one (no leap second, year 1000-9999), the zone is known, and the written
 * offset is the zone's offset at the instant it names. That instant then shows exactly this wall
 * time in the zone, so it is one of the wall time's possible instants. False means "ask Temporal",
 * not "invalid".
 */
function plainlyValid(value: string, sign: number, zone: string, offset: number, epoch: number): boolean {
  const year = digitAt(value, 0) * 1000 + digitAt(value, 1) * 100 + twoDigits(value, 2);
  const month = twoDigits(value, 5);
  const day = twoDigits(value, 8);
  if (year < 1000 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return false;
  if (twoDigits(value, 11) > 23 || twoDigits(value, 14) > 59 || (sign === 19 && twoDigits(value, 17) > 59)) return false;
  if (twoDigits(value, sign + 1) > 23 || twoDigits(value, sign + 4) > 59) return false;
  return offsetMinutesOf(zone, epoch) === offset;
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

// Every validation asks about the same few zones (each city's, the program's); Temporal answers in
// ~20-50 us, and the answer cannot change while the app runs. Capped like the zoned-string cache.
const zoneIdCache = new Map<string, boolean>();
const ZONE_ID_CACHE_LIMIT = 1_000;

/** Whether a string names an IANA time zone this runtime knows. */
export function isTimeZone(id: string): boolean {
  const cached = zoneIdCache.get(id);
  if (cached !== undefined) return cached;
  let known = true;
  try {
    Temporal.Now.instant().toZonedDateTimeISO(id);
  } catch {
    known = false;
  }
  if (zoneIdCache.size >= ZONE_ID_CACHE_LIMIT) zoneIdCache.clear();
  zoneIdCache.set(id, known);
  return known;
}

/**
 * Whether a YYYY-MM-DD string is a real calendar date. Every four-digit year is inside Temporal's
 * range, so this is Temporal.PlainDate.from(value, { overflow: 'reject' }) by arithmetic (tested
 * against it in time-scan.test.ts), without its ~5-10 us per call.
 */
export function isPlainDate(value: string): boolean {
  if (value.length !== 10 || value.charCodeAt(4) !== 45 || value.charCodeAt(7) !== 45) return false;
  if (digitAt(value, 0) < 0 || digitAt(value, 1) < 0 || twoDigits(value, 2) < 0) return false;
  const year = digitAt(value, 0) * 1000 + digitAt(value, 1) * 100 + twoDigits(value, 2);
  const month = twoDigits(value, 5);
  const day = twoDigits(value, 8);
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/** Local calendar date (YYYY-MM-DD) of a zoned string at its own place. */
export function localDate(value: ZonedString): string {
  return value.slice(0, 10);
}
