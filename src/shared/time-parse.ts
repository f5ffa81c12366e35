/**
 * Parsing and validating zoned strings and plain dates. Temporal is the authority; the scan in
 * time-scan.ts and the zone-rule check in time-zone-rules.ts answer the common case without it.
 */
import { Temporal } from 'temporal-polyfill';
import { daysInMonth, digitAt, MS_PER_MINUTE, notZoned, offsetMinutesAt, offsetSignAt, twoDigits, wallMsAt, ZONED_SHAPE, type ZonedString } from './time-scan';
import { plainlyValid, resetZoneCaches, timeZoneProblem } from './time-zone-rules';

// Validating a zoned string with Temporal costs ~4 us after warm-up (~40 ms for the ~10,000
// distinct times of a 20,000-activity program, paid on every first open). Almost every string is
// an ordinary wall time in a known zone, which the exact check (plainlyValid) settles with
// arithmetic and one cached offset span per zone; only what it cannot vouch for goes to Temporal.
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
  resetZoneCaches();
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
    // Temporal reads zone names in any letter case; the file's zone must be written as a city's is.
    const zoneProblem = timeZoneProblem(zone);
    const problem = zoneProblem ?? (plainlyValid(value, sign, zone, offset, epoch) ? null : temporalProblem(value));
    facts = { problem, zone, epochMs: epoch };
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
