/**
 * U.S. federal holidays (5 U.S.C. 6103), computed for any year: fixed dates move to the Friday
 * before when they fall on a Saturday and to the Monday after when they fall on a Sunday, which is
 * when federal offices (most hosts of IVLP meetings) are closed. Inauguration Day, a holiday only
 * around Washington, is left out.
 */
import { dateOfDay, dayNumber, weekday } from './format';

const cache = new Map<number, ReadonlyMap<string, string>>();

/** Holiday name by YYYY-MM-DD for the days federal offices close in `year` (observed dates included). */
export function federalHolidays(year: number): ReadonlyMap<string, string> {
  let holidays = cache.get(year);
  if (!holidays) {
    holidays = compute(year);
    cache.set(year, holidays);
  }
  return holidays;
}

/** The federal holiday on a date, or null. */
export function federalHoliday(date: string): string | null {
  const year = Number(date.slice(0, 4));
  return federalHolidays(year).get(date) ?? (date.endsWith('-12-31') ? (federalHolidays(year + 1).get(date) ?? null) : null);
}

function compute(year: number): Map<string, string> {
  const result = new Map<string, string>();
  const fixed = (month: number, day: number, name: string) => {
    const date = iso(year, month, day);
    result.set(date, name);
    const dow = weekday(date);
    if (dow === 6) result.set(dateOfDay(dayNumber(date) - 1), `${name} (observed)`);
    if (dow === 0) result.set(dateOfDay(dayNumber(date) + 1), `${name} (observed)`);
  };
  const nth = (month: number, dow: number, n: number, name: string) => result.set(nthWeekday(year, month, dow, n), name);
  fixed(1, 1, 'New Year’s Day');
  nth(1, 1, 3, 'Martin Luther King Jr. Day');
  nth(2, 1, 3, 'Washington’s Birthday');
  nth(5, 1, -1, 'Memorial Day');
  if (year >= 2021) fixed(6, 19, 'Juneteenth');
  fixed(7, 4, 'Independence Day');
  nth(9, 1, 1, 'Labor Day');
  nth(10, 1, 2, 'Columbus Day');
  fixed(11, 11, 'Veterans Day');
  nth(11, 4, 4, 'Thanksgiving Day');
  fixed(12, 25, 'Christmas Day');
  return result;
}

/** The n-th (1-based; -1 = last) weekday `dow` (0 = Sunday) of a month. */
function nthWeekday(year: number, month: number, dow: number, n: number): string {
  if (n > 0) {
    const first = iso(year, month, 1);
    const offset = (dow - weekday(first) + 7) % 7;
    return dateOfDay(dayNumber(first) + offset + (n - 1) * 7);
  }
  const last = dayNumber(iso(year, month + 1, 1)) - 1;
  const offset = (weekday(dateOfDay(last)) - dow + 7) % 7;
  return dateOfDay(last - offset);
}

function iso(year: number, month: number, day: number): string {
  return new Date(Date.UTC(year, month - 1, day)).toISOString().slice(0, 10);
}
