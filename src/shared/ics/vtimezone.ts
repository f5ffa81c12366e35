/**
 * VTIMEZONE components generated from the runtime's own zone rules (Temporal over Intl/ICU), for
 * exactly the years an export covers: one STANDARD/DAYLIGHT onset per real transition, plus the
 * offset in force at the start of the range. Why generate rather than ship a library of VTIMEZONE
 * texts: such libraries are static snapshots that go stale when a country changes its rules, while
 * the runtime's ICU data is updated with Node and Electron; and explicit onsets (no RRULE) are the
 * form every client reads the same way, including zones without DST (America/Phoenix).
 */
import { Temporal } from '../time';

function offsetText(ns: number): string {
  const totalMinutes = Math.round(ns / 60e9);
  const sign = totalMinutes < 0 ? '-' : '+';
  const a = Math.abs(totalMinutes);
  return `${sign}${String(Math.floor(a / 60)).padStart(2, '0')}${String(a % 60).padStart(2, '0')}`;
}

const p = (n: number, w = 2) => String(n).padStart(w, '0');

/** Local wall time as an iCalendar DATE-TIME without zone: 20240310T020000. */
export function icsLocal(dt: Temporal.PlainDateTime): string {
  return `${p(dt.year, 4)}${p(dt.month)}${p(dt.day)}T${p(dt.hour)}${p(dt.minute)}${p(dt.second)}`;
}

function abbreviation(zone: string, epochMs: number): string {
  const parts = new Intl.DateTimeFormat('en-US', { timeZone: zone, timeZoneName: 'short' }).formatToParts(new Date(epochMs));
  return parts.find((p) => p.type === 'timeZoneName')?.value ?? zone;
}

interface Onset {
  kind: 'STANDARD' | 'DAYLIGHT';
  /** Wall time of the onset in the offset before it. */
  start: Temporal.PlainDateTime;
  from: number;
  to: number;
  name: string;
}

/**
 * The VTIMEZONE content lines for `zone` covering every instant from January 1 of `fromYear` to the
 * end of `toYear`. Throws RangeError for a zone the runtime does not know.
 */
export function vtimezoneLines(zone: string, fromYear: number, toYear: number): string[] {
  const begin = Temporal.ZonedDateTime.from({ timeZone: zone, year: fromYear, month: 1, day: 1 });
  const endNs = Temporal.ZonedDateTime.from({ timeZone: zone, year: toYear + 1, month: 1, day: 1 }).epochNanoseconds;
  const transitions: Temporal.ZonedDateTime[] = [];
  let cursor: Temporal.ZonedDateTime | null = begin;
  while (cursor) {
    cursor = cursor.getTimeZoneTransition('next');
    if (!cursor || cursor.epochNanoseconds >= endNs) break;
    transitions.push(cursor);
  }
  const onsets: Onset[] = [];
  const first = transitions[0];
  // Before the first transition: the offset at the range start. It is daylight time when the first
  // change lowers the offset (fall back), standard otherwise (including zones with no changes).
  onsets.push({
    kind: first && first.offsetNanoseconds < begin.offsetNanoseconds ? 'DAYLIGHT' : 'STANDARD',
    start: begin.toPlainDateTime(),
    from: begin.offsetNanoseconds,
    to: begin.offsetNanoseconds,
    name: abbreviation(zone, begin.epochMilliseconds),
  });
  for (const t of transitions) {
    const from = t.subtract({ nanoseconds: 1 }).offsetNanoseconds;
    onsets.push({
      kind: t.offsetNanoseconds > from ? 'DAYLIGHT' : 'STANDARD',
      // The onset's DTSTART is the wall time at the instant of change, read in the old offset.
      start: t.toInstant().toZonedDateTimeISO('UTC').toPlainDateTime().add({ nanoseconds: from }),
      from,
      to: t.offsetNanoseconds,
      name: abbreviation(zone, t.epochMilliseconds),
    });
  }
  const lines = ['BEGIN:VTIMEZONE', `TZID:${zone}`];
  for (const o of onsets) {
    lines.push(`BEGIN:${o.kind}`, `DTSTART:${icsLocal(o.start)}`, `TZOFFSETFROM:${offsetText(o.from)}`, `TZOFFSETTO:${offsetText(o.to)}`, `TZNAME:${o.name}`, `END:${o.kind}`);
  }
  lines.push('END:VTIMEZONE');
  return lines;
}
