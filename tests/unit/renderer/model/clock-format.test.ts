/** One way to write and read clock times and dates: the hour cycle from the setting or the locale. */
import { describe, expect, it } from 'vitest';
import { clockText, dateText, dayText, hourCycleOf, localeHourCycle, parseClock, parseDate, shortDateText, wallRangeText } from '../../../../src/renderer/model/clock-format';

const wall = (hhmm: string) => Date.UTC(2024, 4, 6, Number(hhmm.slice(0, 2)), Number(hhmm.slice(3, 5)));

describe('clock format', () => {
  it('takes the cycle from the setting, or from the locale for "system"', () => {
    expect(localeHourCycle('en-US')).toBe('h12');
    expect(localeHourCycle('en-GB')).toBe('h23');
    expect(localeHourCycle('de-DE')).toBe('h23');
    expect(hourCycleOf('system', 'en-US')).toBe('h12');
    expect(hourCycleOf('24h', 'en-US')).toBe('h23');
    expect(hourCycleOf('12h', 'de-DE')).toBe('h12');
  });

  it('writes times and ranges in either cycle', () => {
    expect([clockText(0, 5, 'h23'), clockText(0, 5, 'h12'), clockText(12, 0, 'h12'), clockText(23, 59, 'h12')]).toEqual(['00:05', '12:05 AM', '12:00 PM', '11:59 PM']);
    expect(wallRangeText(wall('09:00'), wall('10:30'), 'h23')).toBe('09:00–10:30');
    expect(wallRangeText(wall('09:00'), wall('10:30'), 'h12')).toBe('9:00–10:30 AM');
    expect(wallRangeText(wall('11:30'), wall('13:00'), 'h12')).toBe('11:30 AM–1:00 PM');
  });

  it('reads the times planners type', () => {
    expect(['14:30', '1430', '2:30 pm', '2.30pm', '2 PM', '9', '12 am', '12:15 p.m.'].map(parseClock)).toEqual([
      { hours: 14, minutes: 30 },
      { hours: 14, minutes: 30 },
      { hours: 14, minutes: 30 },
      { hours: 14, minutes: 30 },
      { hours: 14, minutes: 0 },
      { hours: 9, minutes: 0 },
      { hours: 0, minutes: 0 },
      { hours: 12, minutes: 15 },
    ]);
    expect(['24:00', '13 pm', '9:75', 'noonish', ''].map(parseClock)).toEqual([null, null, null, null, null]);
  });

  it('writes dates in one style and reads the common ones', () => {
    expect([dayText('2024-05-06'), dateText('2024-05-06'), shortDateText('2024-05-06')]).toEqual(['Mon, May 6', 'Mon, May 6, 2024', 'May 6, 2024']);
    for (const typed of ['2024-05-06', 'May 6, 2024', 'Mon, May 6, 2024', '6 May 2024', '5/6/2024', 'May 6', 'may 6']) expect(parseDate(typed, 2024)).toBe('2024-05-06');
    expect(['Feb 30, 2024', '13/1/2024', 'someday', '2024-02-30'].map((t) => parseDate(t, 2024))).toEqual([null, null, null, null]);
  });
});
