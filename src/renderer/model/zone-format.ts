/**
 * Local times the way a program book prints them: "Mon May 6, 09:00–10:00 MST (America/Phoenix)".
 * Abbreviations come from Intl for the true instant, so a zone shows MST or MDT as it really is
 * on that day (Arizona stays on MST all year).
 */
import { epochMs, zoneOf, type ZonedString } from '../../shared/time';
import { wallMs } from './wall-time';

const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

// Building an Intl.DateTimeFormat costs far more than using one; a program has a handful of zones.
const abbreviationFormats = new Map<string, Intl.DateTimeFormat>();

/** The short name of a zone at an instant, e.g. "MST", "EDT" (or "GMT+2" where none exists). */
export function zoneAbbreviation(timeZone: string, instantMs: number): string {
  let format = abbreviationFormats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'short' });
    abbreviationFormats.set(timeZone, format);
  }
  return format.formatToParts(new Date(instantMs)).find((part) => part.type === 'timeZoneName')?.value ?? timeZone;
}

/** "Mon May 6" for wall-as-UTC milliseconds. */
export function formatDay(ms: number): string {
  const d = new Date(ms);
  return `${WEEKDAYS[d.getUTCDay()]} ${MONTHS[d.getUTCMonth()]} ${d.getUTCDate()}`;
}

/** "Mon Apr 29, 2024" for a YYYY-MM-DD date. */
export function formatDate(date: string): string {
  const ms = Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10)));
  return `${formatDay(ms)}, ${date.slice(0, 4)}`;
}

/** "Apr 29" for a YYYY-MM-DD date. */
function monthDay(date: string): string {
  return `${MONTHS[Number(date.slice(5, 7)) - 1]} ${Number(date.slice(8, 10))}`;
}

/** "Apr 29 – May 17, 2024" for a date range within one year (the year shown on both ends otherwise). */
export function formatDateRange(start: string, end: string): string {
  if (start.slice(0, 4) === end.slice(0, 4)) return `${monthDay(start)} – ${monthDay(end)}, ${end.slice(0, 4)}`;
  return `${monthDay(start)}, ${start.slice(0, 4)} – ${monthDay(end)}, ${end.slice(0, 4)}`;
}

/** "09:00" of a zoned string. */
export function formatClock(value: ZonedString): string {
  return value.slice(11, 16);
}

/** "09:00 MST" of a zoned string. */
export function clockWithZone(value: ZonedString): string {
  return `${formatClock(value)} ${zoneAbbreviation(zoneOf(value), epochMs(value))}`;
}

/**
 * The local time span of an activity with its zone named. Same zone and day: "Mon May 6,
 * 09:00–10:00 MST (America/Phoenix)". Other cases spell out both ends, each with its own zone.
 */
export function formatLocalSpan(start: ZonedString, end: ZonedString): string {
  const startZone = zoneOf(start);
  const endZone = zoneOf(end);
  const startDay = formatDay(wallMs(start));
  const endDay = formatDay(wallMs(end));
  const startAbbr = zoneAbbreviation(startZone, epochMs(start));
  const endAbbr = zoneAbbreviation(endZone, epochMs(end));
  if (startZone === endZone && startDay === endDay && startAbbr === endAbbr) {
    return `${startDay}, ${formatClock(start)}–${formatClock(end)} ${startAbbr} (${startZone})`;
  }
  if (startZone === endZone) {
    return `${startDay}, ${formatClock(start)} ${startAbbr} – ${endDay}, ${formatClock(end)} ${endAbbr} (${startZone})`;
  }
  return `${startDay}, ${formatClock(start)} ${startAbbr} (${startZone}) → ${endDay}, ${formatClock(end)} ${endAbbr} (${endZone})`;
}

/** "1 h 30 min" of exact minutes. */
export function formatDuration(minutes: number): string {
  const h = Math.floor(minutes / 60);
  const m = Math.round(minutes % 60);
  if (!h) return `${m} min`;
  return m ? `${h} h ${m} min` : `${h} h`;
}
