/**
 * When a person is present in the program: "everyone" activities include only the people present
 * at that time, and activities a person attends through a group or by name must fall inside it.
 *
 * Start of presence, the first that applies:
 * 1. their own travel brings them in: the arrival instant of their first individual leg (the
 *    person is named on it, not just in a group) that arrives in a program city, when that leg
 *    comes from outside the program cities (Istanbul to Washington, not Washington to Tampa);
 * 2. their roster arrival date, from 00:00 of that date in the program's home zone;
 * 3. otherwise open: the whole program (and beyond, so an activity outside the program's dates is
 *    still checked for everyone; outside-program-dates reports it).
 * End of presence, symmetrically: the departure instant of their last individual leg leaving a
 * program city, when it goes outside the program cities; else 24:00 of their roster departure
 * date in the home zone; else open.
 *
 * Program cities are the cities the phases list; a program without phase cities counts every city
 * with a hotel or a meeting venue (so airports abroad, with nothing else, are not program cities).
 */
import type { Participant, Program, Staff } from '../program/schema';
import { Temporal } from '../time';
import type { Entry } from './entry';

/** One end of a person's presence. */
export interface Bound {
  /** The instant presence starts or ends. */
  readonly ms: number;
  /** The local date of that end (at the leg's program-city end, or the roster date), for hotel nights. */
  readonly date: string;
  /** The individual leg that brings them or takes them away; null for a roster date. */
  readonly leg: Entry | null;
}

/** From `from` (inclusive) to `until` (exclusive); null ends are open. */
export interface Presence {
  readonly from: Bound | null;
  readonly until: Bound | null;
}

export const ALWAYS: Presence = { from: null, until: null };

/** What presence needs from the program; built once per check (a phase or city edit rebuilds it). */
export class PresenceRules {
  private readonly cities: ReadonlySet<string>;
  private readonly zone: string;
  private readonly dayStarts = new Map<string, number>();

  constructor(program: Program) {
    const phaseCities = new Set(program.phases.flatMap((p) => p.cityIds));
    this.cities = phaseCities.size ? phaseCities : new Set(program.venues.filter((v) => v.kind === 'hotel' || v.kind === 'venue').map((v) => v.cityId));
    this.zone = program.homeTimeZone;
  }

  isProgramCity(cityId: string | null): boolean {
    return cityId !== null && this.cities.has(cityId);
  }

  /** A person's presence from their roster dates and the legs that name them individually. */
  presenceOf(person: Participant | Staff, named: Iterable<Entry>): Presence {
    let firstIn: Entry | null = null;
    let lastOut: Entry | null = null;
    for (const e of named) {
      // A leg for everyone that also lists names is still everyone's, not the person's own.
      if (e.kind !== 'travel' || e.activity.attendees.everyone) continue;
      if (this.isProgramCity(e.endCityId) && (!firstIn || e.endMs < firstIn.endMs || (e.endMs === firstIn.endMs && e.id < firstIn.id))) firstIn = e;
      if (this.isProgramCity(e.startCityId) && (!lastOut || e.startMs > lastOut.startMs || (e.startMs === lastOut.startMs && e.id > lastOut.id))) lastOut = e;
    }
    // Only a leg that crosses the program's edge moves presence; one between program cities does not.
    if (firstIn && this.isProgramCity(firstIn.startCityId)) firstIn = null;
    if (lastOut && this.isProgramCity(lastOut.endCityId)) lastOut = null;
    const from = firstIn
      ? { ms: firstIn.endMs, date: firstIn.end.slice(0, 10), leg: firstIn }
      : person.arrival
        ? { ms: this.dayStart(person.arrival, 0), date: person.arrival, leg: null }
        : null;
    const until = lastOut
      ? { ms: lastOut.startMs, date: lastOut.start.slice(0, 10), leg: lastOut }
      : person.departure
        ? { ms: this.dayStart(person.departure, 1), date: person.departure, leg: null }
        : null;
    return from || until ? { from, until } : ALWAYS;
  }

  /** 00:00 of `date` + `days` in the home zone (days are not always 24 hours there). */
  private dayStart(date: string, days: number): number {
    const key = `${date}+${days}`;
    let ms = this.dayStarts.get(key);
    if (ms === undefined) {
      ms = Temporal.PlainDate.from(date).add({ days }).toZonedDateTime({ timeZone: this.zone }).epochMilliseconds;
      this.dayStarts.set(key, ms);
    }
    return ms;
  }
}

/** Whether an "everyone" entry includes a person with this presence: they are there for some of it. */
export function presentFor(p: Presence, e: Entry): boolean {
  // A zero-length activity counts as the instant it happens.
  const end = Math.max(e.endMs, e.startMs + 1);
  return (p.from === null || end > p.from.ms) && (p.until === null || e.startMs < p.until.ms);
}

/** Whether two presences are the same (so a re-check can skip rebuilding the person). */
export function samePresence(a: Presence, b: Presence): boolean {
  return sameBound(a.from, b.from) && sameBound(a.until, b.until);
}

function sameBound(a: Bound | null, b: Bound | null): boolean {
  if (a === null || b === null) return a === b;
  return a.ms === b.ms && a.date === b.date && a.leg === b.leg;
}
