/**
 * Message text: local wall times read straight from the zoned strings, with the zone abbreviation a
 * traveler sees on a clock there ("09:00 MST", "09:00 EDT"). Abbreviations come from Intl once per
 * zone and offset, so formatting thousands of messages costs string slicing only.
 */
import { epochMs, zoneOf, type ZonedString } from '../time';

const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
export const DAY_MS = 86_400_000;

const abbreviations = new Map<string, string>();

/** The zone abbreviation in force at a zoned time: EDT, EST, MST, PDT, or GMT+3 where none exists. */
export function zoneAbbreviation(value: ZonedString): string {
  const bracket = value.indexOf('[');
  const offset = value.slice(bracket - 6, bracket); // always ±HH:MM
  const zone = zoneOf(value);
  const key = `${zone}${offset}`;
  let abbreviation = abbreviations.get(key);
  if (abbreviation === undefined) {
    const parts = new Intl.DateTimeFormat('en-US', { timeZone: zone, timeZoneName: 'short' }).formatToParts(new Date(epochMs(value)));
    abbreviation = parts.find((p) => p.type === 'timeZoneName')?.value ?? `UTC${offset}`;
    abbreviations.set(key, abbreviation);
  }
  return abbreviation;
}

/** Day number (days since 1970-01-01) of a YYYY-MM-DD date. */
export function dayNumber(date: string): number {
  return Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))) / DAY_MS;
}

/** The YYYY-MM-DD date of a day number. */
export function dateOfDay(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** 0 = Sunday .. 6 = Saturday. */
export function weekday(date: string): number {
  return new Date(dayNumber(date) * DAY_MS).getUTCDay();
}

/** "Tue May 7". */
export function formatDate(date: string): string {
  return `${WEEKDAYS[weekday(date)]} ${MONTHS[Number(date.slice(5, 7)) - 1]} ${Number(date.slice(8, 10))}`;
}

/** "09:00 EDT". */
export function formatTime(value: ZonedString): string {
  return `${value.slice(11, 16)} ${zoneAbbreviation(value)}`;
}

/** "Tue May 7, 09:00 EDT". */
export function formatWhen(value: ZonedString): string {
  return `${formatDate(value.slice(0, 10))}, ${formatTime(value)}`;
}

/** "Tue May 7, 09:00–10:30 EDT", or both ends in full when they differ in day or zone. */
export function formatRange(start: ZonedString, end: ZonedString): string {
  const sameDay = start.slice(0, 10) === end.slice(0, 10);
  const startZone = zoneAbbreviation(start);
  if (sameDay && startZone === zoneAbbreviation(end)) return `${formatDate(start.slice(0, 10))}, ${start.slice(11, 16)}–${end.slice(11, 16)} ${startZone}`;
  return `${formatWhen(start)} – ${sameDay ? formatTime(end) : formatWhen(end)}`;
}

/** Minutes since local midnight of a zoned string's wall time. */
export function wallMinutes(value: ZonedString): number {
  return Number(value.slice(11, 13)) * 60 + Number(value.slice(14, 16));
}

/** Minutes since midnight of "HH:MM". */
export function clockMinutes(hhmm: string): number {
  return Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));
}

/** “Title” in typographic quotes. */
export function quote(title: string): string {
  return `“${title}”`;
}

/** "A", "A and B", "A, B and C", "A, B, C and 4 others". */
export function listNames(names: readonly string[], max = 3): string {
  if (names.length === 0) return 'nobody';
  if (names.length === 1) return names[0] as string;
  if (names.length <= max) return `${names.slice(0, -1).join(', ')} and ${names.at(-1) as string}`;
  const rest = names.length - max;
  return `${names.slice(0, max).join(', ')} and ${rest} ${rest === 1 ? 'other' : 'others'}`;
}

/** "45 min", "2 h", "1 h 05 min". */
export function formatMinutes(minutes: number): string {
  const m = Math.round(minutes);
  if (Math.abs(m) < 60) return `${m} min`;
  const sign = m < 0 ? '-' : '';
  const a = Math.abs(m);
  return a % 60 === 0 ? `${sign}${a / 60} h` : `${sign}${Math.floor(a / 60)} h ${String(a % 60).padStart(2, '0')} min`;
}
