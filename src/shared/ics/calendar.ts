/**
 * iCalendar (RFC 5545) files for an itinerary: one VEVENT per activity, flight and hotel stay the
 * subject attends, every time with the TZID of its place (a flight starts in the origin's zone and
 * ends in the destination's), a VTIMEZONE for each zone used, and deterministic bytes for the same
 * program and stamp.
 *
 * UID: `<activity id>.<program id>@ivlp-planner`, so re-importing an updated file updates the
 * event instead of duplicating it, and the same activity in a participant's and a group's
 * calendar is the same event.
 *
 * SEQUENCE: the number of issued versions (program.issues) in which the activity's traveler-facing
 * snapshot changed, plus one while it has unissued changes (issuing/sequence.ts). It only ever
 * grows, so clients that ignore an update with a lower SEQUENCE (Google Calendar on import, for one)
 * take every update. Before anything is issued every event has SEQUENCE 0, and repeated exports
 * without issuing carry the same number even if the event changed in between: issue the
 * itineraries to move travelers' calendars forward reliably.
 */
import type { DayEntry, ItineraryDay, ItineraryKind, LocalTime, PlaceInfo, ProgramHeader } from '../itinerary/types';
import { durationLabel } from '../itinerary/format';
import { Temporal } from '../time';
import { escapeText, serializeLines } from './text';
import { icsLocal, vtimezoneLines } from './vtimezone';

/** What a calendar is made from: an Itinerary, or the program book's days (kind 'book'). */
export interface CalendarSource {
  kind: ItineraryKind | 'book';
  program: ProgramHeader;
  /** Whose calendar; a passport (Latin-script) name, when there is one, is named beside the name. */
  subject: { name: string; latinName?: string };
  days: readonly ItineraryDay[];
}

export interface CalendarOptions {
  /** DTSTAMP of every event: when the file was produced (an ISO 8601 instant). */
  stamp: string;
}

const PRODID = '-//IVLP Planner//Itinerary export//EN';

function dateTime(name: string, t: LocalTime): string {
  return `${name};TZID=${t.zoneId}:${icsLocal(Temporal.PlainDateTime.from(t.zoned.slice(0, 19)))}`;
}

function utcStamp(iso: string): string {
  const z = Temporal.Instant.from(iso).toZonedDateTimeISO('UTC');
  return `${icsLocal(z.toPlainDateTime())}Z`;
}

function placeText(p: PlaceInfo | null): string {
  if (!p) return '';
  const name = p.code ? `${p.code} ${p.name}` : p.name;
  return [name, p.address].filter((s) => s.trim() !== '').join(', ');
}

function statusOf(e: DayEntry): string {
  return e.status === 'cancelled' ? 'CANCELLED' : e.status === 'tentative' ? 'TENTATIVE' : 'CONFIRMED';
}

interface EventParts {
  start: LocalTime;
  end: LocalTime;
  summary: string;
  location: string;
  description: string[];
  transparent: boolean;
}

function parts(e: DayEntry): EventParts | null {
  const who = e.who ? [`For: ${e.who}`] : [];
  switch (e.kind) {
    case 'activity': {
      const host = e.host
        ? [[e.host.organization, e.host.contactName, e.host.phone].filter((s) => s.trim() !== '').join(', ')].filter((s) => s !== '').map((s) => `Host: ${s}`)
        : [];
      return {
        start: e.start,
        end: e.end,
        summary: e.title,
        location: placeText(e.place) || e.city,
        description: [...who, ...host, ...(e.dressCode ? [`Dress code: ${e.dressCode}`] : []), ...(e.notes ? [e.notes] : [])],
        transparent: e.type === 'free-time',
      };
    }
    case 'travel': {
      const flight = [e.carrier, e.number].filter((s) => s.trim() !== '').join(' ');
      const route = `${e.from.code || e.from.name} → ${e.to.code || e.to.name}`;
      return {
        start: e.depart,
        end: e.arrive,
        summary: e.mode === 'flight' && flight ? `Flight ${flight}: ${route}` : e.title,
        location: placeText(e.from),
        description: [
          ...who,
          `Depart ${e.depart.time} ${e.depart.abbreviation}: ${placeText(e.from)}`,
          `Arrive ${e.arrive.time} ${e.arrive.abbreviation}${e.arrive.date !== e.depart.date ? ` (${e.arrive.date})` : ''}: ${placeText(e.to)}`,
          `Duration: ${durationLabel(e.durationMinutes)}`,
          ...(e.pickupPoint ? [`Pick-up: ${e.pickupPoint}`] : []),
          ...(e.notes ? [e.notes] : []),
        ],
        transparent: false,
      };
    }
    case 'check-in':
      return {
        start: e.checkIn,
        end: e.checkOut,
        summary: `Hotel: ${e.hotel.name}`,
        location: placeText(e.hotel),
        description: [...who, ...(e.hotel.phone ? [`Phone: ${e.hotel.phone}`] : []), `Check-in ${e.checkIn.time} ${e.checkIn.abbreviation}, check-out ${e.checkOut.date} ${e.checkOut.time} ${e.checkOut.abbreviation}`, ...(e.notes ? [e.notes] : [])],
        // A stay spans days: shown, but not blocking the traveler's time.
        transparent: true,
      };
    case 'check-out':
      return null;
  }
}

/** The .ics text for an itinerary (CRLF line ends, folded lines). */
export function itineraryCalendar(itinerary: CalendarSource, options: CalendarOptions): string {
  const stamp = utcStamp(options.stamp);
  const events: string[][] = [];
  const zones = new Set<string>();
  let minYear = Number.POSITIVE_INFINITY;
  let maxYear = Number.NEGATIVE_INFINITY;
  for (const day of itinerary.days) {
    for (const e of day.entries) {
      // A staff member's calendar holds what they attend; the group's other sessions stay in the PDF.
      if (!e.attending && itinerary.kind === 'staff') continue;
      const p = parts(e);
      if (!p) continue;
      for (const t of [p.start, p.end]) {
        zones.add(t.zoneId);
        const year = Number(t.date.slice(0, 4));
        minYear = Math.min(minYear, year);
        maxYear = Math.max(maxYear, year);
      }
      const body = [
        dateTime('DTSTART', p.start),
        dateTime('DTEND', p.end),
        `SUMMARY:${escapeText(p.summary)}`,
        ...(p.location ? [`LOCATION:${escapeText(p.location)}`] : []),
        ...(p.description.length ? [`DESCRIPTION:${escapeText(p.description.join('\n'))}`] : []),
        `STATUS:${statusOf(e)}`,
        `TRANSP:${p.transparent ? 'TRANSPARENT' : 'OPAQUE'}`,
      ];
      events.push(['BEGIN:VEVENT', `UID:${e.id}.${itinerary.program.id}@ivlp-planner`, `DTSTAMP:${stamp}`, `SEQUENCE:${e.sequence}`, ...body, 'END:VEVENT']);
    }
  }
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:${PRODID}`,
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(`${itinerary.program.title}: ${itinerary.subject.name}${itinerary.subject.latinName ? ` (${itinerary.subject.latinName})` : ''}`)}`,
  ];
  for (const zone of [...zones].sort()) lines.push(...vtimezoneLines(zone, minYear, maxYear));
  for (const ev of events) lines.push(...ev);
  lines.push('END:VCALENDAR');
  return serializeLines(lines);
}
