/**
 * Dates and times as printed for travelers. Wall times are read straight from the zoned strings
 * (they are already local to the place); zone names come from Intl once per zone and offset.
 */
import { zoneAbbreviation } from '../conflicts/format';
import { epochMs, zoneOf, type ZonedString } from '../time';
import type { LocalTime } from './types';

const longNames = new Map<string, string>();

/** The long zone name in force at a zoned time: "Mountain Standard Time", "GMT+03:00". */
export function zoneLongName(value: ZonedString): string {
  const bracket = value.indexOf('[');
  const zone = zoneOf(value);
  const key = `${zone}${value.slice(bracket - 6, bracket)}`;
  let name = longNames.get(key);
  if (name === undefined) {
    const parts = new Intl.DateTimeFormat('en-US', { timeZone: zone, timeZoneName: 'long' }).formatToParts(new Date(epochMs(value)));
    name = parts.find((p) => p.type === 'timeZoneName')?.value ?? zone;
    longNames.set(key, name);
  }
  return name;
}

/** A zoned string as a traveler reads it at the place. */
export function localTime(value: ZonedString): LocalTime {
  return {
    zoned: value,
    date: value.slice(0, 10),
    time: value.slice(11, 16),
    abbreviation: zoneAbbreviation(value),
    zoneId: zoneOf(value),
    zoneName: zoneLongName(value),
  };
}

const DAY_FORMAT = new Intl.DateTimeFormat('en-US', { timeZone: 'UTC', weekday: 'long', month: 'long', day: 'numeric', year: 'numeric' });
const SHORT_FORMAT = new Intl.DateTimeFormat('en-US', { timeZone: 'UTC', weekday: 'short', month: 'short', day: 'numeric' });
const MONTH_DAY = new Intl.DateTimeFormat('en-US', { timeZone: 'UTC', month: 'long', day: 'numeric' });

function utcDate(date: string): Date {
  return new Date(Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))));
}

/** "Monday, May 6, 2024". */
export function dayLabel(date: string): string {
  return DAY_FORMAT.format(utcDate(date));
}

/** "Mon, May 6". */
export function shortDayLabel(date: string): string {
  return SHORT_FORMAT.format(utcDate(date));
}

/** "April 29 – May 17, 2024", or across years "December 30, 2024 – January 3, 2025". */
export function periodLabel(start: string, end: string): string {
  const sy = start.slice(0, 4);
  const ey = end.slice(0, 4);
  if (start === end) return `${MONTH_DAY.format(utcDate(start))}, ${sy}`;
  if (sy !== ey) return `${MONTH_DAY.format(utcDate(start))}, ${sy} – ${MONTH_DAY.format(utcDate(end))}, ${ey}`;
  return `${MONTH_DAY.format(utcDate(start))} – ${MONTH_DAY.format(utcDate(end))}, ${ey}`;
}

/** "22 April 2024": unambiguous for readers on every continent. */
export function issuedDateLabel(date: string): string {
  const d = utcDate(date);
  return `${d.getUTCDate()} ${new Intl.DateTimeFormat('en-US', { timeZone: 'UTC', month: 'long' }).format(d)} ${d.getUTCFullYear()}`;
}

/** "1 h 35 min", "45 min", "2 h". */
export function durationLabel(minutes: number): string {
  const m = Math.max(0, Math.round(minutes));
  if (m < 60) return `${m} min`;
  return m % 60 === 0 ? `${m / 60} h` : `${Math.floor(m / 60)} h ${m % 60} min`;
}

/** Local calendar days between two local dates (check-in to check-out = nights). */
export function daysBetween(a: string, b: string): number {
  return Math.round((utcDate(b).getTime() - utcDate(a).getTime()) / 86_400_000);
}
