/**
 * One way to write clock times and dates everywhere in the window: the calendar's blocks and axis,
 * the lanes, the inspector, the People tables and every time field. The hour cycle is the
 * planner's setting (24- or 12-hour), by default the computer's locale; dates are always in one
 * style, "Mon, May 6" and "Mon, May 6, 2024" (the window's words are English, so are its months).
 * Everything here works on wall clocks (hours and minutes as read at a place), never on instants.
 */
import type { ZonedString } from '../../shared/time';

export type HourCycle = 'h23' | 'h12';
export type TimeFormatSetting = 'system' | '24h' | '12h';

const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** The hour cycle of a locale (the computer's by default): 12-hour in en-US, 24-hour in most others. */
export function localeHourCycle(locale?: string): HourCycle {
  const cycle = new Intl.DateTimeFormat(locale, { hour: 'numeric' }).resolvedOptions().hourCycle;
  return cycle === 'h11' || cycle === 'h12' ? 'h12' : 'h23';
}

/** The setting made concrete. */
export function hourCycleOf(setting: TimeFormatSetting, locale?: string): HourCycle {
  if (setting === '24h') return 'h23';
  if (setting === '12h') return 'h12';
  return localeHourCycle(locale);
}

function pad(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

/** "14:05" or "2:05 PM". */
export function clockText(hours: number, minutes: number, cycle: HourCycle): string {
  if (cycle === 'h23') return `${pad(hours)}:${pad(minutes)}`;
  return `${hours % 12 || 12}:${pad(minutes)} ${hours < 12 ? 'AM' : 'PM'}`;
}

/** The clock of wall-as-UTC milliseconds (the calendar's Dates). */
export function wallClockText(ms: number, cycle: HourCycle): string {
  const d = new Date(ms);
  return clockText(d.getUTCHours(), d.getUTCMinutes(), cycle);
}

/** "09:00–10:30", "9:00–10:30 AM" (one meridiem when both ends share it), "11:30 AM–1:00 PM". */
export function wallRangeText(startMs: number, endMs: number, cycle: HourCycle): string {
  const start = wallClockText(startMs, cycle);
  const end = wallClockText(endMs, cycle);
  if (cycle === 'h12' && start.slice(-2) === end.slice(-2)) return `${start.slice(0, -3)}–${end}`;
  return `${start}–${end}`;
}

/** The clock of a zoned string, as read at its place: "09:00" / "9:00 AM". */
export function zonedClockText(value: ZonedString, cycle: HourCycle): string {
  return clockText(Number(value.slice(11, 13)), Number(value.slice(14, 16)), cycle);
}

/**
 * A typed clock time: "14:30", "1430", "2:30 pm", "2.30pm", "2 PM", "9" (09:00), "12 am" (00:00).
 * Null when it is not a time of day.
 */
export function parseClock(text: string): { hours: number; minutes: number } | null {
  const m = /^\s*(\d{1,2})(?:[:.h]?(\d{2}))?\s*(a|p|am|pm|a\.m\.|p\.m\.)?\s*$/i.exec(text);
  if (!m) return null;
  let hours = Number(m[1]);
  const minutes = m[2] ? Number(m[2]) : 0;
  const meridiem = m[3]?.[0]?.toLowerCase();
  if (minutes > 59) return null;
  if (meridiem) {
    if (hours < 1 || hours > 12) return null;
    hours = (hours % 12) + (meridiem === 'p' ? 12 : 0);
  } else if (hours > 23) return null;
  return { hours, minutes };
}

/** "HH:MM" of a parsed clock, for zoned strings. */
export function clockValue(clock: { hours: number; minutes: number }): string {
  return `${pad(clock.hours)}:${pad(clock.minutes)}`;
}

function dateParts(date: string): { y: number; m: number; d: number; weekday: number } {
  const y = Number(date.slice(0, 4));
  const m = Number(date.slice(5, 7));
  const d = Number(date.slice(8, 10));
  return { y, m, d, weekday: new Date(Date.UTC(y, m - 1, d)).getUTCDay() };
}

/** "Mon, May 6" for a YYYY-MM-DD date. */
export function dayText(date: string): string {
  const { m, d, weekday } = dateParts(date);
  return `${WEEKDAYS[weekday]}, ${MONTHS[m - 1]} ${d}`;
}

/** "Mon, May 6, 2024" for a YYYY-MM-DD date. */
export function dateText(date: string): string {
  return `${dayText(date)}, ${date.slice(0, 4)}`;
}

/** "May 6, 2024" (no weekday) for a YYYY-MM-DD date: tables, where the weekday is noise. */
export function shortDateText(date: string): string {
  const { y, m, d } = dateParts(date);
  return `${MONTHS[m - 1]} ${d}, ${y}`;
}

/**
 * A typed date: "2024-05-06", "May 6, 2024", "6 May 2024", "Mon, May 6, 2024", "5/6/2024" (month
 * first, as the window's English is US English), or without a year ("May 6") in `defaultYear`.
 * Null when it is not a real date.
 */
export function parseDate(text: string, defaultYear: number): string | null {
  // A leading weekday ("Mon, May 6") says nothing the date does not.
  const t = text.trim().replace(/^(sun|mon|tue|wed|thu|fri|sat)[a-z]*\.?,?\s+/i, '');
  let y: number;
  let m: number;
  let d: number;
  let match: RegExpExecArray | null;
  if ((match = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(t))) [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
  else if ((match = /^(\d{1,2})\/(\d{1,2})(?:\/(\d{4}))?$/.exec(t))) [m, d, y] = [Number(match[1]), Number(match[2]), match[3] ? Number(match[3]) : defaultYear];
  else if ((match = /^([A-Za-z]{3,9})\.?\s+(\d{1,2})(?:,?\s+(\d{4}))?$/.exec(t))) [m, d, y] = [monthOf(match[1] as string), Number(match[2]), match[3] ? Number(match[3]) : defaultYear];
  else if ((match = /^(\d{1,2})\s+([A-Za-z]{3,9})\.?(?:,?\s+(\d{4}))?$/.exec(t))) [d, m, y] = [Number(match[1]), monthOf(match[2] as string), match[3] ? Number(match[3]) : defaultYear];
  else return null;
  if (!m || m > 12 || d < 1) return null;
  const probe = new Date(Date.UTC(y, m - 1, d));
  if (probe.getUTCMonth() !== m - 1 || probe.getUTCDate() !== d) return null;
  return `${String(y).padStart(4, '0')}-${pad(m)}-${pad(d)}`;
}

function monthOf(name: string): number {
  const i = MONTHS.findIndex((mo) => name.toLowerCase().startsWith(mo.toLowerCase()));
  return i + 1;
}
