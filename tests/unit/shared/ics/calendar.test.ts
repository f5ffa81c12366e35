import ICAL from 'ical.js';
import { describe, expect, test } from 'vitest';
import { foldLine, itineraryCalendar } from '../../../../src/shared/ics/index';
import { groupItinerary, participantItinerary, programBook, staffItinerary } from '../../../../src/shared/itinerary/index';
import type { Program } from '../../../../src/shared/program/schema';
import { applyCommand } from '../../../../src/shared/commands/apply';
import { issueSnapshot } from '../../../../src/shared/issuing/index';
import { epochMs, zoneOf } from '../../../../src/shared/time';
import { buildTmssw2024Sample } from '../../../../src/cli/sample/index';
import { dstProgram, phoenixTraveler, sampleWithSecrets, washingtonToPhoenix } from '../itinerary/fixture';

const STAMP = '2024-04-22T12:00:00Z';
const program = sampleWithSecrets();

/** Parses with ical.js, using ONLY the file's own VTIMEZONEs for zone rules. */
function parse(text: string): { cal: ICAL.Component; events: ICAL.Event[] } {
  const cal = new ICAL.Component(ICAL.parse(text));
  ICAL.TimezoneService.reset();
  for (const tz of cal.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(tz);
  return { cal, events: cal.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v)) };
}

const issue = (p: Program, at: string) => applyCommand(p, { type: 'program/issue', issued: issueSnapshot(p, { issuedAt: at, note: '' }) }).program;
const activityId = (e: ICAL.Event) => e.uid.split('.')[0] as string;

/** Every event's start and end instant equals the program's (exact, from the strings' offsets). */
function expectInstants(p: Program, events: readonly ICAL.Event[]): void {
  const byId = new Map(p.activities.map((a) => [a.id, a]));
  expect(events.length).toBeGreaterThan(0);
  for (const ev of events) {
    const a = byId.get(activityId(ev));
    if (!a || a.timing.kind !== 'scheduled') throw new Error(`unknown event ${ev.uid}`);
    expect(ev.startDate.toJSDate().getTime(), `${a.id} start`).toBe(epochMs(a.timing.start));
    expect(ev.endDate.toJSDate().getTime(), `${a.id} end`).toBe(epochMs(a.timing.end));
    expect(ev.startDate.zone.tzid, `${a.id} start zone`).toBe(zoneOf(a.timing.start));
    expect(ev.endDate.zone.tzid, `${a.id} end zone`).toBe(zoneOf(a.timing.end));
  }
}

describe('iCalendar files parsed by ical.js', () => {
  test('every instant of every participant, group and staff calendar is exact', () => {
    const sources = [
      ...program.participants.map((p) => participantItinerary(program, p.id)),
      ...program.groups.map((g) => groupItinerary(program, g.id)),
      ...program.staff.map((s) => staffItinerary(program, s.id)),
    ];
    for (const it of sources) expectInstants(program, parse(itineraryCalendar(it, { stamp: STAMP })).events);
  });

  test('Washington to Phoenix: departs in Eastern time, lands in Arizona time (no DST there)', () => {
    const flight = washingtonToPhoenix(program);
    const text = itineraryCalendar(participantItinerary(program, phoenixTraveler(program)), { stamp: STAMP });
    const ev = parse(text).events.find((e) => activityId(e) === flight.id);
    if (!ev || flight.timing.kind !== 'scheduled') throw new Error('flight not in the calendar');
    expect(ev.startDate.zone.tzid).toBe('America/New_York');
    expect(ev.endDate.zone.tzid).toBe('America/Phoenix');
    expect(ev.startDate.toJSDate().getTime()).toBe(epochMs(flight.timing.start));
    expect(ev.endDate.toJSDate().getTime()).toBe(epochMs(flight.timing.end));
    // Wall times as printed on the boarding pass.
    expect(ev.startDate.toString().slice(11, 16)).toBe(flight.timing.start.slice(11, 16));
    expect(ev.endDate.toString().slice(11, 16)).toBe(flight.timing.end.slice(11, 16));
    expect(text).toMatch(/BEGIN:VTIMEZONE\r\nTZID:America\/Phoenix\r\nBEGIN:STANDARD\r\nDTSTART:20240101T000000\r\nTZOFFSETFROM:-0700\r\nTZOFFSETTO:-0700\r\nTZNAME:MST\r\nEND:STANDARD\r\nEND:VTIMEZONE/);
  });

  test('events across both DST changes keep their exact instants and durations', () => {
    const p = dstProgram();
    const text = itineraryCalendar(participantItinerary(p, 'p-1'), { stamp: STAMP });
    const { events } = parse(text);
    expectInstants(p, events);
    const spring = events.find((e) => activityId(e) === 'a-spring');
    expect(spring?.duration.toSeconds()).toBe(3600); // 01:30 EST to 03:30 EDT is one hour
    const fall = events.find((e) => activityId(e) === 'a-fall');
    expect(((fall?.endDate.toJSDate().getTime() ?? 0) - (fall?.startDate.toJSDate().getTime() ?? 0)) / 60_000).toBe(210); // 23:00 EDT to 01:30 EST
    const hotel = events.find((e) => activityId(e) === 'a-hotel');
    expect(hotel?.startDate.toString()).toBe('2024-03-08T15:00:00');
    expect(hotel?.endDate.toString()).toBe('2024-03-12T11:00:00');
    // Phoenix the same morning stays UTC-7.
    const phx = events.find((e) => activityId(e) === 'a-phx');
    expect(phx?.startDate.toJSDate().toISOString()).toBe('2024-03-10T16:00:00.000Z');
    // Notes survive escaping and folding exactly.
    expect(hotel?.description).toContain('Breakfast included; call ahead, late arrival.\nSecond line; with, commas\\and a backslash');
    expect(text).not.toContain('secret rate code');
  });

  test('a VTIMEZONE for every zone used, and only those', () => {
    const { cal, events } = parse(itineraryCalendar(participantItinerary(program, phoenixTraveler(program)), { stamp: STAMP }));
    const used = new Set(events.flatMap((e) => [e.startDate.zone.tzid, e.endDate.zone.tzid]));
    const declared = cal.getAllSubcomponents('vtimezone').map((tz) => tz.getFirstPropertyValue('tzid'));
    expect(new Set(declared)).toEqual(used);
  });

  test('status, location with address, traveler notes only, stable UIDs', () => {
    // A meeting travelers received and the host then declined reaches their calendars as CANCELLED.
    const declined = program.activities.find((a) => a.type === 'meeting' && a.status === 'confirmed') as Program['activities'][number];
    const current = applyCommand(issue(program, STAMP), { type: 'activity/set-status', id: declined.id, status: 'declined' }).program;
    const it = programBook(current);
    const text = itineraryCalendar({ ...it, kind: 'book', subject: { name: 'Program calendar' } }, { stamp: STAMP });
    const { events } = parse(text);
    const byId = new Map(current.activities.map((a) => [a.id, a]));
    for (const ev of events) {
      const a = byId.get(activityId(ev));
      expect(ev.uid).toBe(`${a?.id}.${program.id}@ivlp-planner`);
      const status = ev.component.getFirstPropertyValue('status');
      expect(status).toBe(a?.status === 'tentative' ? 'TENTATIVE' : a?.status === 'confirmed' ? 'CONFIRMED' : 'CANCELLED');
      if (a?.travelerNotes) expect(ev.description).toContain(a.travelerNotes);
    }
    expect(events.some((e) => e.component.getFirstPropertyValue('status') === 'CANCELLED')).toBe(true);
    const withVenue = program.activities.find((a) => 'venueId' in a && a.venueId && a.timing.kind === 'scheduled');
    const venue = program.venues.find((v) => withVenue && 'venueId' in withVenue && v.id === withVenue.venueId);
    expect(events.find((e) => activityId(e) === withVenue?.id)?.location).toContain(venue?.address);
    expect(text).not.toContain('INTERNAL-ONLY');
  });

  test('SEQUENCE counts issued versions in which the activity changed: it only grows, and only for that activity', () => {
    const pid = phoenixTraveler(program);
    const target = washingtonToPhoenix(program);
    const sequences = (p: Program) => new Map(parse(itineraryCalendar(participantItinerary(p, pid), { stamp: STAMP })).events.map((e) => [activityId(e), e.sequence]));
    const withNotes = (p: Program, notes: string): Program => ({ ...p, activities: p.activities.map((a) => (a.id === target.id ? { ...a, travelerNotes: notes } : a)) });

    const before = sequences(program);
    expect([...before.values()].every((n) => n === 0)).toBe(true);
    const v1 = issue(program, '2024-04-22T12:00:00Z');
    expect(sequences(v1)).toEqual(before);
    // Each step: [program, SEQUENCE of the target]. Reverting to the first content still counts up.
    const edited = withNotes(v1, 'Gate changed: B12');
    const v2 = issue(edited, '2024-04-25T08:00:00Z');
    const again = withNotes(v2, 'Gate changed: C3');
    const v3 = issue(again, '2024-04-26T08:00:00Z');
    const reverted = withNotes(v3, target.travelerNotes);
    const steps: [Program, number][] = [[edited, 1], [v2, 1], [again, 2], [v3, 2], [reverted, 3], [issue(reverted, '2024-04-27T08:00:00Z'), 3]];
    for (const [p, expected] of steps) {
      const seq = sequences(p);
      expect([...seq.keys()]).toEqual([...before.keys()]);
      for (const [id, n] of seq) expect(n, id).toBe(id === target.id ? expected : 0);
    }
  });
});

describe('content lines', () => {
  test('CRLF only, no physical line over 75 octets, continuation lines start with one space', () => {
    const text = itineraryCalendar(participantItinerary(program, program.participants.find((p) => /[^ -~]/.test(p.familyName))?.id as string), { stamp: STAMP });
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    for (const line of text.split('\r\n')) expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
  });

  test('folding never splits a multi-byte character and unfolds to the original', () => {
    const value = `SUMMARY:${'ليلى الحداد — Олена Коваленко — Thị Thu Hương Nguyễn 🌍 '.repeat(6)}`;
    const folded = foldLine(value);
    for (const line of folded.split('\r\n')) {
      expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
      expect(line).not.toContain('\ufffd');
    }
    expect(folded.replace(/\r\n /g, '')).toBe(value);
  });
});

describe('names in both scripts', () => {
  test('the calendar name and an event\'s "For:" text carry the passport name beside the name', () => {
    const sample = buildTmssw2024Sample();
    const mine = parse(itineraryCalendar(participantItinerary(sample, 'p-ua-kovalenko'), { stamp: STAMP }));
    expect(mine.cal.getFirstPropertyValue('x-wr-calname')).toContain('Олена Коваленко (Olena Kovalenko)');
    // The interpreter at the Ohio Cyber Range session (a split of the group) reads who goes, both name forms.
    const interpreter = parse(itineraryCalendar(staffItinerary(sample, 's-int-antonov'), { stamp: STAMP }));
    const range = interpreter.events.find((e) => activityId(e) === 'a-cyb-024');
    expect(range?.description).toContain('Олена Коваленко (Olena Kovalenko)');
  });
});
