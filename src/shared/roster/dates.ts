/**
 * Dates as rosters write them: ISO (2024-03-04), slashes (US m/d/yyyy or d/m/yyyy), dots (d.m.yyyy,
 * always day first) and Excel serial numbers in the 1900 system (with Lotus's phantom 29 Feb 1900)
 * or the 1904 system. A slash date whose day and month could both be either is ambiguous: the
 * file's other slash dates may settle it, otherwise the planner must (`dayFirst`).
 */
import { Temporal } from '../time';

export type DateReading =
  | { kind: 'empty' }
  | { kind: 'date'; date: string }
  | { kind: 'ambiguous'; dayFirst: string; monthFirst: string }
  | { kind: 'invalid'; reason: string };

const ISO = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ][0-9:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/;
const SLASH = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/;
const DOTS = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/;
const SERIAL = /^\d{1,7}(?:\.\d+)?$/;
/** 9999-12-31 in the 1900 system: the largest serial Excel shows as a date. */
const MAX_SERIAL = 2_958_465;

function plainDate(year: number, month: number, day: number): string | null {
  try {
    return Temporal.PlainDate.from({ year, month, day }, { overflow: 'reject' }).toString();
  } catch {
    return null;
  }
}

/** The calendar date an Excel serial number stands for (time of day dropped). */
export function excelSerialToDate(serial: number, date1904: boolean): string | null {
  const days = Math.floor(serial);
  if (!Number.isFinite(serial) || days < (date1904 ? 0 : 1) || days > MAX_SERIAL) return null;
  if (date1904) return Temporal.PlainDate.from('1904-01-01').add({ days }).toString();
  // Excel (after Lotus 1-2-3) counts 29 Feb 1900, which never was: serial 60 is no date, and from 61
  // on the count is one ahead, so the epoch is 30 Dec 1899 there and 31 Dec 1899 before it.
  if (days === 60) return null;
  const epoch = Temporal.PlainDate.from(days < 60 ? '1899-12-31' : '1899-12-30');
  return epoch.add({ days }).toString();
}

/** What a slash date says about the file's order: 'day' when the first part is > 12, 'month' when the second is. */
export function slashOrderHint(value: string): 'day' | 'month' | null {
  const m = SLASH.exec(value.trim());
  if (!m) return null;
  const first = Number(m[1]);
  const second = Number(m[2]);
  if (first > 12 && second <= 12) return 'day';
  if (second > 12 && first <= 12) return 'month';
  return null;
}

/** Reads one date cell. `dayFirst` null means nobody has settled the slash order yet. */
export function readDate(raw: string, options: { dayFirst: boolean | null; date1904: boolean }): DateReading {
  const value = raw.trim();
  if (value === '') return { kind: 'empty' };
  let m = ISO.exec(value);
  if (m) return dateOrInvalid(plainDate(Number(m[1]), Number(m[2]), Number(m[3])), value);
  m = DOTS.exec(value);
  if (m) return dateOrInvalid(plainDate(Number(m[3]), Number(m[2]), Number(m[1])), value);
  m = SLASH.exec(value);
  if (m) {
    const [first, second, year] = [Number(m[1]), Number(m[2]), Number(m[3])];
    const dayFirst = plainDate(year, second, first);
    const monthFirst = plainDate(year, first, second);
    if (options.dayFirst === true) return dateOrInvalid(dayFirst, value, 'as day/month/year');
    if (options.dayFirst === false) return dateOrInvalid(monthFirst, value, 'as month/day/year');
    if (dayFirst && monthFirst && dayFirst !== monthFirst) return { kind: 'ambiguous', dayFirst, monthFirst };
    return dateOrInvalid(dayFirst ?? monthFirst, value);
  }
  if (SERIAL.test(value)) {
    const date = excelSerialToDate(Number(value), options.date1904);
    return date ? { kind: 'date', date } : { kind: 'invalid', reason: `${value} is not an Excel date serial number` };
  }
  return { kind: 'invalid', reason: `"${value}" is not a date (use YYYY-MM-DD, m/d/yyyy, d/m/yyyy or d.m.yyyy)` };
}

function dateOrInvalid(date: string | null, value: string, how = ''): DateReading {
  return date ? { kind: 'date', date } : { kind: 'invalid', reason: `"${value}" is not a real date${how ? ` ${how}` : ''}` };
}
