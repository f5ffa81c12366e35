/**
 * The hand-written reader of zoned strings and the arithmetic fast path of zonedProblem must agree
 * exactly with what they replace: the ZONED_SHAPE regex and Temporal's strict parse.
 */
import * as fc from 'fast-check';
import { beforeEach, describe, expect, test } from 'vitest';
import { epochMs, isPlainDate, parseZoned, readZoned, resetTimeCaches, Temporal, zonedProblem, zoneOf } from '../../../src/shared/time';

const SHAPE = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?([+-])(\d{2}):(\d{2})\[([A-Za-z0-9_+\-/]+)\]$/;

/** The regex-based readers as they were before the scanner, kept here as the oracle. */
function oracle(value: string): { zone: string; epochMs: number } | null {
  const m = SHAPE.exec(value);
  if (!m) return null;
  const [, y, mo, d, h, mi, sec, sign, oh, om, zone] = m;
  const wall = Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(sec ?? 0));
  return { zone: zone as string, epochMs: wall - (Number(oh) * 60 + Number(om)) * 60_000 * (sign === '-' ? -1 : 1) };
}

/** Temporal's strict parse, plus the one zone rule (timeZoneProblem): the zone as Temporal writes it, not a fixed offset. */
function temporalProblem(value: string): boolean {
  try {
    const zone = value.slice(value.lastIndexOf('[') + 1, -1);
    return parseZoned(value).timeZoneId !== zone || /^[+-]/.test(zone);
  } catch {
    return true;
  }
}

const ZONES = ['America/New_York', 'America/Phoenix', 'America/Chicago', 'America/Los_Angeles', 'Europe/London', 'Australia/Lord_Howe', 'Asia/Kolkata', 'Pacific/Chatham', 'UTC', 'Etc/GMT+5', 'america/new_york', 'America/Atlantis', 'Mars/Base'];
const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** Mostly well-formed zoned strings around DST changes, with every field sometimes out of range. */
const zonedLike = fc
  .record({
    year: fc.oneof(fc.constantFrom(2023, 2024, 2025, 1900, 1883, 2100), fc.integer({ min: 0, max: 9999 })),
    month: fc.oneof(fc.constantFrom(3, 10, 11, 4), fc.integer({ min: 0, max: 13 })),
    day: fc.oneof(fc.constantFrom(10, 3, 31, 6, 29, 30), fc.integer({ min: 0, max: 32 })),
    hour: fc.oneof(fc.constantFrom(1, 2, 3, 9), fc.integer({ min: 0, max: 25 })),
    minute: fc.oneof(fc.constantFrom(0, 30, 45), fc.integer({ min: 0, max: 61 })),
    second: fc.option(fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 61 }))),
    offset: fc.oneof(fc.constantFrom(-300, -240, -420, -360, -480, -420, 0, 60, 330, 630, 660, 765, 825), fc.integer({ min: -1500, max: 1500 })),
    negativeZero: fc.boolean(),
    zone: fc.constantFrom(...ZONES),
  })
  .map(({ year, month, day, hour, minute, second, offset, negativeZero, zone }) => {
    const sign = offset < 0 || (offset === 0 && negativeZero) ? '-' : '+';
    const abs = Math.abs(offset);
    const sec = second === null ? '' : `:${pad(second)}`;
    return `${pad(year, 4)}-${pad(month)}-${pad(day)}T${pad(hour)}:${pad(minute)}${sec}${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}[${zone}]`;
  });

/** Arbitrary damage to a valid string: any character replaced, removed or added. */
const damaged = fc
  .tuple(fc.constantFrom('2024-05-06T09:00:00-07:00[America/Phoenix]', '2024-11-03T01:30-05:00[America/New_York]'), fc.nat(60), fc.string({ maxLength: 2 }), fc.nat(2))
  .map(([value, at, text, remove]) => value.slice(0, at % value.length) + text + value.slice((at % value.length) + remove));

describe('zoned strings without regex or Temporal', () => {
  beforeEach(() => resetTimeCaches());

  test('epochMs, zoneOf and readZoned agree with the regex on shaped and damaged strings', () => {
    fc.assert(
      fc.property(fc.oneof(zonedLike, damaged, fc.string()), (value) => {
        const expected = oracle(value);
        if (expected === null) {
          expect(() => epochMs(value)).toThrow(RangeError);
          expect(() => zoneOf(value)).toThrow(RangeError);
          expect(() => readZoned(value)).toThrow(RangeError);
        } else {
          expect(epochMs(value)).toBe(expected.epochMs);
          expect(zoneOf(value)).toBe(expected.zone);
          const read = readZoned(value);
          expect({ zone: read.zone, epochMs: read.epochMs }).toEqual(expected);
        }
      }),
      { numRuns: 5_000 },
    );
  });

  test('zonedProblem says valid exactly when Temporal accepts the string', () => {
    fc.assert(
      fc.property(fc.oneof(zonedLike, damaged), (value) => {
        expect(zonedProblem(value) === null).toBe(!temporalProblem(value));
      }),
      { numRuns: 8_000 },
    );
  });

  test('both offsets of a fall-back hour are valid, a spring-forward gap never is', () => {
    for (const value of ['2024-11-03T01:30:00-04:00[America/New_York]', '2024-11-03T01:30:00-05:00[America/New_York]', '2024-11-03T01:00-05:00[America/New_York]', '2024-03-10T03:00-04:00[America/New_York]']) {
      expect(zonedProblem(value), value).toBeNull();
    }
    for (const value of ['2024-03-10T02:30:00-05:00[America/New_York]', '2024-03-10T02:30:00-04:00[America/New_York]', '2024-03-10T03:00-05:00[America/New_York]']) {
      expect(zonedProblem(value), value).not.toBeNull();
    }
  });

  test('every minute across transitions matches Temporal, whatever order the spans are learned in', () => {
    // Walk the minutes around each 2024 transition backwards, so the cache is filled from the far side.
    for (const zone of ['America/New_York', 'Australia/Lord_Howe', 'Europe/London']) {
      const start = Temporal.ZonedDateTime.from(`2024-01-01T00:00[${zone}]`);
      for (let at = start.getTimeZoneTransition('next'); at && at.year === 2024; at = at.getTimeZoneTransition('next')) {
        for (let minutes = 90; minutes >= -90; minutes -= 15) {
          const instant = at.add({ minutes });
          for (const offsetMinutes of [instant.offsetNanoseconds / 60e9, instant.offsetNanoseconds / 60e9 + 30, instant.offsetNanoseconds / 60e9 - 60]) {
            const sign = offsetMinutes < 0 ? '-' : '+';
            const abs = Math.abs(offsetMinutes);
            const wall = instant.toPlainDateTime().toString({ smallestUnit: 'minute' });
            const value = `${wall}${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}[${zone}]`;
            expect(zonedProblem(value) === null, value).toBe(!temporalProblem(value));
          }
        }
      }
    }
  });

  test('isPlainDate says yes exactly when Temporal.PlainDate.from accepts the date strictly', () => {
    const dateLike = fc
      .tuple(fc.oneof(fc.integer({ min: 0, max: 9999 }), fc.constantFrom(1900, 2000, 2024, 2100, 0)), fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 32 }))
      .map(([y, m, d]) => `${pad(y, 4)}-${pad(m)}-${pad(d)}`);
    fc.assert(
      fc.property(fc.oneof(dateLike, fc.string({ maxLength: 12 }), dateLike.map((d) => `${d} `), dateLike.map((d) => d.replace('-', '/'))), (value) => {
        let temporal = /^\d{4}-\d{2}-\d{2}$/.test(value);
        if (temporal) {
          try {
            Temporal.PlainDate.from(value, { overflow: 'reject' });
          } catch {
            temporal = false;
          }
        }
        expect(isPlainDate(value), value).toBe(temporal);
      }),
      { numRuns: 5_000 },
    );
  });
});
