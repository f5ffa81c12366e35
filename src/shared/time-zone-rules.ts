/**
 * What the zone rules say, asked of Temporal as rarely as possible: whether a zone id is known, and
 * the exact fast check behind zonedProblem (is a well-shaped string's offset the zone's offset at
 * the instant it names), answered from one cached offset span per zone.
 */
import { Temporal } from 'temporal-polyfill';
import { daysInMonth, digitAt, twoDigits } from './time-scan';

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

// Every validation asks about the same few zones (each city's, the program's); Temporal answers in
// ~20-50 us, and the answer cannot change while the app runs. Capped like the zoned-string cache.
const zoneIdCache = new Map<string, string | null>();
const ZONE_ID_CACHE_LIMIT = 1_000;

/** Forgets every memoized zone answer (part of resetTimeCaches). */
export function resetZoneCaches(): void {
  zoneRules.clear();
  zoneIdCache.clear();
}

/**
 * Why `id` cannot be the time zone of a place or a program, or null when it can. This is the one
 * check for every zone a file or a command names: a city's, the program's home zone, the zone in
 * brackets of every zoned time. It must be an IANA zone the runtime knows, written as the runtime
 * writes it: Temporal reads "america/new_york" as America/New_York, but the file would keep the
 * lowercase name, which then never equals the zone its times are written in. A fixed offset such
 * as "+05:00" is refused: it knows no daylight saving time, so a place's times would be an hour off
 * for half the year.
 */
export function timeZoneProblem(id: string): string | null {
  const cached = zoneIdCache.get(id);
  if (cached !== undefined) return cached;
  let problem: string | null;
  try {
    const known = Temporal.Now.instant().toZonedDateTimeISO(id).timeZoneId;
    if (/^[+\-\u2212]/.test(known)) problem = `"${id}" is a fixed UTC offset; give the place's IANA time zone (such as America/New_York), which knows daylight saving time`;
    else if (known !== id) problem = `write the time zone as "${known}", not "${id}"`;
    else problem = null;
  } catch {
    problem = `"${id}" is not an IANA time zone (such as America/New_York)`;
  }
  if (zoneIdCache.size >= ZONE_ID_CACHE_LIMIT) zoneIdCache.clear();
  zoneIdCache.set(id, problem);
  return problem;
}

/** Whether a string names an IANA time zone this runtime knows, written as it writes it (timeZoneProblem). */
export function isTimeZone(id: string): boolean {
  return timeZoneProblem(id) === null;
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
export function plainlyValid(value: string, sign: number, zone: string, offset: number, epoch: number): boolean {
  const year = digitAt(value, 0) * 1000 + digitAt(value, 1) * 100 + twoDigits(value, 2);
  const month = twoDigits(value, 5);
  const day = twoDigits(value, 8);
  if (year < 1000 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return false;
  if (twoDigits(value, 11) > 23 || twoDigits(value, 14) > 59 || (sign === 19 && twoDigits(value, 17) > 59)) return false;
  if (twoDigits(value, sign + 1) > 23 || twoDigits(value, sign + 4) > 59) return false;
  return offsetMinutesOf(zone, epoch) === offset;
}
