/**
 * The itinerary projection: from a program to what one participant, one group or one staff member
 * receives, and to the whole program book. Pure; reads only what travelers may see (never
 * `internalNotes` of an activity or a person, nor dietary or accessibility notes, nor how an
 * appointment is being arranged).
 *
 * Only what is on for travelers goes in (visibility.ts): confirmed activities as they are, tentative
 * ones marked; ideas, requests and what a host declined stay out. An activity a traveler already
 * received in an issued version stays in their documents when it is off, marked cancelled, so they
 * learn that it is off: exactly what "changes since version N" tells them too.
 *
 * Who attends what, as the conflict engine counts it: an activity for everyone reaches every
 * participant and staff member; a group's activity reaches its participants and its staff; an
 * activity naming people reaches them. "Everyone" means everyone on the roster (no check of arrival
 * and departure dates yet: a shared presence helper will refine that).
 */
import { listNames } from '../conflicts/format';
import { activitySequences } from './sequence';
import type { Activity, Group, Participant, Program, Staff, TravelActivity, TravelerStatus, Venue } from '../program/schema';
import { ACTIVITY_TYPE_LABELS, latinName, personName, personNameBoth } from '../program/labels';
import { departureBufferMinutes, departureKind, departureLookups, type DepartureLookups } from '../program/departures';
import { resolveVersions } from '../program/issued-versions';
import { addMinutes, epochMs, minutesBetween } from '../time';
import { travelerStatus } from './visibility';
import { dayLabel, daysBetween, localTime, periodLabel } from './format';
import {
  STAFF_ROLE_LABELS,
  type ActivityEntry,
  type DayEntry,
  type DayZone,
  type GroupDirectory,
  type HotelEntry,
  type HotelStay,
  type Itinerary,
  type ItineraryDay,
  type PersonLine,
  type PlaceInfo,
  type ProgramHeader,
  type TravelEntry,
} from './types';

/**
 * Lookups shared by every projection of one program (the batch projects 56 from one). Exported,
 * with the helpers below, for the other projections of this folder (book.ts, partner.ts).
 */
export interface Context {
  program: Program;
  venues: Map<string, Venue>;
  cityLabels: Map<string, string>;
  groups: Map<string, Group>;
  people: Map<string, Participant | Staff>;
  /** Person id -> ids of the groups they belong to (as participant or staff). */
  groupsOf: Map<string, Set<string>>;
  /** Scheduled activities in time order. */
  scheduled: Activity[];
  /** Activity id -> iCalendar SEQUENCE (absent: 0). */
  sequences: Map<string, number>;
  departures: DepartureLookups;
  /** What issued versions gave whom; built on first need (most programs have none). */
  issued: IssuedRecord | null;
}

/** Every activity each traveler ever received, and every activity anyone did. */
interface IssuedRecord {
  /** `${kind}:${personId}` -> ids of activities in any issued version of their itinerary. */
  byTraveler: Map<string, Set<string>>;
  all: Set<string>;
}

const contexts = new WeakMap<Program, Context>();

export function contextOf(program: Program): Context {
  let ctx = contexts.get(program);
  if (ctx) return ctx;
  const cityLabels = new Map(program.cities.map((c) => [c.id, c.region ? `${c.name}, ${c.region}` : c.country ? `${c.name}, ${c.country}` : c.name]));
  const groupsOf = new Map<string, Set<string>>();
  for (const g of program.groups) {
    for (const id of [...g.participantIds, ...g.staffIds]) {
      let set = groupsOf.get(id);
      if (!set) groupsOf.set(id, (set = new Set()));
      set.add(g.id);
    }
  }
  const scheduled = program.activities
    .filter((a) => a.timing.kind === 'scheduled')
    .sort((a, b) => startMs(a) - startMs(b) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  ctx = {
    program,
    venues: new Map(program.venues.map((v) => [v.id, v])),
    cityLabels,
    groups: new Map(program.groups.map((g) => [g.id, g])),
    people: new Map<string, Participant | Staff>([...program.participants.map((p) => [p.id, p] as const), ...program.staff.map((s) => [s.id, s] as const)]),
    groupsOf,
    scheduled,
    sequences: activitySequences(program),
    departures: departureLookups(program),
    issued: null,
  };
  contexts.set(program, ctx);
  return ctx;
}

function startMs(a: Activity): number {
  return a.timing.kind === 'scheduled' ? epochMs(a.timing.start) : Number.POSITIVE_INFINITY;
}

export { personName };

function issuedRecord(ctx: Context): IssuedRecord {
  if (ctx.issued) return ctx.issued;
  const byTraveler = new Map<string, Set<string>>();
  const all = new Set<string>();
  for (const version of resolveVersions(ctx.program.issues)) {
    for (const [key, traveler] of version.travelers) {
      let held = byTraveler.get(key);
      if (!held) byTraveler.set(key, (held = new Set()));
      for (const id of traveler.ids) held.add(id);
    }
    for (const id of version.activities.keys()) all.add(id);
  }
  return (ctx.issued = { byTraveler, all });
}

/**
 * Whether an activity belongs in a traveler's documents: it is on for travelers, or this traveler
 * (`travelerKey`, "participant:p-1") received it before; for group documents and the program book
 * (no key), anyone did.
 */
export function shown(ctx: Context, a: Activity, travelerKey: string | null): boolean {
  if (travelerStatus(a) !== null) return true;
  if (ctx.program.issues.length === 0) return false;
  const record = issuedRecord(ctx);
  return travelerKey === null ? record.all.has(a.id) : (record.byTraveler.get(travelerKey)?.has(a.id) ?? false);
}

/** Whether a person (participant or staff) attends an activity. */
export function personAttends(ctx: Context, a: Activity, personId: string): boolean {
  return attendsThrough(a, personId, ctx.groupsOf.get(personId));
}

/**
 * Whether a person attends an activity, given the ids of the groups they belong to: everyone's
 * activities, their groups', and those naming them. The one rule itineraries and the calendar's
 * person lenses share.
 */
export function attendsThrough(a: Activity, personId: string, groupIds: ReadonlySet<string> | undefined): boolean {
  const at = a.attendees;
  if (at.everyone || at.participantIds.includes(personId) || at.staffIds.includes(personId)) return true;
  return groupIds !== undefined && at.groupIds.some((g) => groupIds.has(g));
}

/** Whether anyone of a group is named on an activity (a split session, a home-hospitality dinner). */
export function namesMemberOf(a: Activity, group: Group): boolean {
  const at = a.attendees;
  return at.participantIds.some((id) => group.participantIds.includes(id)) || at.staffIds.some((id) => group.staffIds.includes(id));
}

/** "Everyone", "Maritime Security and IUU Fishing", "Ana Costa, Julián Ortega". */
export function whoLabel(ctx: Context, a: Activity): string {
  const at = a.attendees;
  if (at.everyone) return 'Everyone';
  const parts = at.groupIds.map((id) => ctx.groups.get(id)?.name ?? id);
  const names = [...at.participantIds, ...at.staffIds].map((id) => {
    const p = ctx.people.get(id);
    return p ? personNameBoth(p) : id;
  });
  if (names.length) parts.push(parts.length ? `also ${listNames(names, 50)}` : listNames(names, 50));
  return parts.join('; ');
}

export function place(ctx: Context, venueId: string | null): PlaceInfo | null {
  if (venueId === null) return null;
  const v = ctx.venues.get(venueId);
  if (!v) return null;
  return {
    id: v.id,
    name: v.name,
    code: v.code,
    address: v.address,
    phone: v.phone,
    directions: v.directions,
    security: v.security,
    accessibility: v.accessibility,
    city: ctx.cityLabels.get(v.cityId) ?? '',
  };
}

function requirePlace(ctx: Context, venueId: string): PlaceInfo {
  return place(ctx, venueId) ?? { id: venueId, name: venueId, code: '', address: '', phone: '', directions: '', security: '', accessibility: '', city: '' };
}

/** When to be at the airport or station for a flight or train (connections are cleared in assemble). */
function checkInOf(ctx: Context, a: TravelActivity, start: string): TravelEntry['checkIn'] {
  const kind = departureKind(ctx.departures, a);
  if (kind === null) return null;
  const minutes = departureBufferMinutes(ctx.program.settings, kind);
  return minutes > 0 ? { kind, minutes, by: localTime(addMinutes(start, -minutes)) } : null;
}

/** The day entries of one activity (a hotel stay gives a check-in and a check-out). */
export function entriesOf(ctx: Context, a: Activity, who: string | null, attending: boolean): DayEntry[] {
  if (a.timing.kind !== 'scheduled') return [];
  const { start, end } = a.timing;
  // Only an activity that is off for travelers but was received before gets here without a status of its own.
  const status: TravelerStatus = travelerStatus(a) ?? 'cancelled';
  const base = { id: a.id, title: a.title, status, notes: a.travelerNotes, who, attending, sequence: ctx.sequences.get(a.id) ?? 0, translations: a.translations };
  switch (a.type) {
    case 'travel': {
      const entry: TravelEntry = {
        ...base,
        kind: 'travel',
        mode: a.mode,
        carrier: a.carrier,
        number: a.number,
        depart: localTime(start),
        arrive: localTime(end),
        from: requirePlace(ctx, a.originVenueId),
        to: requirePlace(ctx, a.destinationVenueId),
        pickupPoint: a.pickupPoint,
        durationMinutes: minutesBetween(start, end),
        checkIn: checkInOf(ctx, a, start),
      };
      return [entry];
    }
    case 'hotel-stay': {
      const hotel = requirePlace(ctx, a.hotelVenueId);
      const checkIn = localTime(start);
      const checkOut = localTime(end);
      const nights = daysBetween(checkIn.date, checkOut.date);
      const stay = { ...base, hotel, checkIn, checkOut, nights };
      const inEntry: HotelEntry = { ...stay, kind: 'check-in', at: checkIn };
      const outEntry: HotelEntry = { ...stay, kind: 'check-out', at: checkOut };
      return [inEntry, outEntry];
    }
    default: {
      const entry: ActivityEntry = {
        ...base,
        kind: 'activity',
        type: a.type,
        typeLabel: ACTIVITY_TYPE_LABELS[a.type],
        start: localTime(start),
        end: localTime(end),
        place: place(ctx, a.venueId),
        city: ctx.cityLabels.get(a.cityId) ?? '',
        host: a.host ? { ...a.host } : null,
        dressCode: a.dressCode,
        interpretation: a.interpretation,
        mealsProvided: [...a.mealsProvided],
      };
      return [entry];
    }
  }
}

function entryTime(e: DayEntry): { date: string; ms: number; zoneId: string; abbreviation: string; zoneName: string; city: string } {
  const t = e.kind === 'activity' ? e.start : e.kind === 'travel' ? e.depart : e.at;
  const city = e.kind === 'activity' ? e.city : e.kind === 'travel' ? e.from.city : e.hotel.city;
  return { date: t.date, ms: epochMs(t.zoned), zoneId: t.zoneId, abbreviation: t.abbreviation, zoneName: t.zoneName, city };
}

// Same instant: check-outs first (you leave before the next thing), check-ins last.
const KIND_ORDER: Readonly<Record<DayEntry['kind'], number>> = { 'check-out': 0, travel: 1, activity: 1, 'check-in': 2 };

/** Groups entries into local days (the local date at each entry's place), each in time order. */
export function groupByDay(entries: readonly DayEntry[]): ItineraryDay[] {
  const byDate = new Map<string, DayEntry[]>();
  for (const e of entries) {
    const date = entryTime(e).date;
    const list = byDate.get(date);
    if (list) list.push(e);
    else byDate.set(date, [e]);
  }
  return [...byDate.keys()].sort().map((date) => {
    const list = (byDate.get(date) as DayEntry[]).sort((a, b) => {
      const ta = entryTime(a);
      const tb = entryTime(b);
      return ta.ms - tb.ms || KIND_ORDER[a.kind] - KIND_ORDER[b.kind] || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
    });
    const zones = new Map<string, DayZone>();
    const addZone = (t: { zoneId: string; abbreviation: string; zoneName: string }, city: string) => {
      const key = `${t.zoneId}|${t.abbreviation}`;
      let z = zones.get(key);
      if (!z) zones.set(key, (z = { zoneId: t.zoneId, abbreviation: t.abbreviation, zoneName: t.zoneName, cities: [] }));
      if (city && !z.cities.includes(city)) z.cities.push(city);
    };
    for (const e of list) {
      if (e.status === 'cancelled') continue;
      const t = entryTime(e);
      addZone(t, t.city);
      if (e.kind === 'travel' && e.arrive.date === date) addZone(e.arrive, e.to.city);
    }
    if (zones.size === 0) for (const e of list) addZone(entryTime(e), entryTime(e).city);
    return { date, label: dayLabel(date), zones: [...zones.values()], entries: list };
  });
}

export function programHeader(program: Program): ProgramHeader {
  return { id: program.id, title: program.title, startDate: program.startDate, endDate: program.endDate, dates: periodLabel(program.startDate, program.endDate) };
}

export function personLine(ctx: Context, p: Participant | Staff): PersonLine {
  const detail = 'role' in p ? STAFF_ROLE_LABELS[p.role] : p.country;
  return { id: p.id, name: personName(p), latinName: latinName(p), detail, organization: p.organization, phone: p.phone, email: p.email, languages: [...p.languages] };
}

export function byFamilyName(a: Participant | Staff, b: Participant | Staff): number {
  return a.familyName.localeCompare(b.familyName, 'en') || a.givenName.localeCompare(b.givenName, 'en') || (a.id < b.id ? -1 : 1);
}

export function groupDirectory(ctx: Context, g: Group): GroupDirectory {
  const people = (ids: readonly string[]) =>
    ids
      .map((id) => ctx.people.get(id))
      .filter((p): p is Participant | Staff => p !== undefined)
      .sort(byFamilyName)
      .map((p) => personLine(ctx, p));
  return { id: g.id, name: g.name, color: g.color, members: people(g.participantIds), staff: people(g.staffIds) };
}

export function hotelsOf(days: readonly ItineraryDay[]): HotelStay[] {
  const stays: HotelStay[] = [];
  for (const d of days) {
    for (const e of d.entries) {
      if (e.kind !== 'check-in') continue;
      stays.push({ id: e.id, status: e.status, hotel: e.hotel, checkIn: e.checkIn, checkOut: e.checkOut, nights: e.nights, notes: e.notes, who: e.who });
    }
  }
  return stays;
}

export function period(program: Program, days: readonly ItineraryDay[]): Itinerary['period'] {
  const start = days[0]?.date ?? program.startDate;
  const end = days.at(-1)?.date ?? program.endDate;
  return { start, end, label: periodLabel(start, end) };
}

/**
 * A flight that leaves from the airport the traveler's previous flight or train landed at is a
 * connection: they are already through security, so no "be at the airport by" for it.
 */
function clearConnections(days: readonly ItineraryDay[]): void {
  let last: TravelEntry | null = null;
  for (const day of days) {
    for (const e of day.entries) {
      if (e.kind !== 'travel' || e.status === 'cancelled') continue;
      // In group documents and the book, legs of different people follow each other: only the same people's legs connect.
      const connects = last && last.mode !== 'ground' && last.who === e.who && last.to.id === e.from.id && epochMs(last.arrive.zoned) <= epochMs(e.depart.zoned);
      if (e.checkIn && connects) e.checkIn = null;
      last = e;
    }
  }
}

function assemble(ctx: Context, kind: Itinerary['kind'], subject: Itinerary['subject'], entries: DayEntry[], groupIds: Iterable<string>): Itinerary {
  const days = groupByDay(entries);
  clearConnections(days);
  const groups = [...groupIds].map((id) => ctx.groups.get(id)).filter((g): g is Group => g !== undefined).map((g) => groupDirectory(ctx, g));
  return {
    kind,
    subject,
    program: programHeader(ctx.program),
    period: period(ctx.program, days),
    days,
    hotels: hotelsOf(days),
    groups,
    emergencyContacts: ctx.program.emergencyContacts.map((c) => ({ ...c })),
  };
}

function groupNames(ctx: Context, personId: string): string[] {
  return [...(ctx.groupsOf.get(personId) ?? [])].map((id) => ctx.groups.get(id)?.name ?? id);
}

/** A participant's personal itinerary. Throws RangeError for an unknown id. */
export function participantItinerary(program: Program, participantId: string): Itinerary {
  const ctx = contextOf(program);
  const p = program.participants.find((x) => x.id === participantId);
  if (!p) throw new RangeError(`no participant with id "${participantId}"`);
  const key = `participant:${p.id}`;
  const entries = ctx.scheduled.filter((a) => personAttends(ctx, a, p.id) && shown(ctx, a, key)).flatMap((a) => entriesOf(ctx, a, null, true));
  const lines = [p.position, p.organization, p.country].filter((s) => s.trim() !== '');
  const groups = groupNames(ctx, p.id);
  return assemble(ctx, 'participant', { kind: 'participant', id: p.id, name: personName(p), latinName: latinName(p), lines, groups }, entries, ctx.groupsOf.get(p.id) ?? []);
}

/**
 * A staff member's itinerary: what they attend, plus every session of the groups they travel with
 * that they do not attend (marked, with who goes), since interpreters and escorts need the whole
 * group's schedule.
 */
export function staffItinerary(program: Program, staffId: string): Itinerary {
  const ctx = contextOf(program);
  const s = program.staff.find((x) => x.id === staffId);
  if (!s) throw new RangeError(`no staff member with id "${staffId}"`);
  const myGroups = [...(ctx.groupsOf.get(s.id) ?? [])].map((id) => ctx.groups.get(id)).filter((g): g is Group => g !== undefined);
  const entries: DayEntry[] = [];
  const key = `staff:${s.id}`;
  for (const a of ctx.scheduled) {
    if (!shown(ctx, a, key)) continue;
    // "For: ..." only where it tells the staff member something: not for everyone's or their group's sessions.
    const whole = a.attendees.everyone || a.attendees.groupIds.some((g) => myGroups.some((m) => m.id === g));
    if (personAttends(ctx, a, s.id)) entries.push(...entriesOf(ctx, a, whole ? null : whoLabel(ctx, a), true));
    else if (myGroups.some((g) => namesMemberOf(a, g))) entries.push(...entriesOf(ctx, a, whoLabel(ctx, a), false));
  }
  const lines = [STAFF_ROLE_LABELS[s.role], s.organization, s.languages.length ? `Languages: ${s.languages.join(', ')}` : ''].filter((x) => x !== '');
  return assemble(ctx, 'staff', { kind: 'staff', id: s.id, name: personName(s), latinName: latinName(s), lines, groups: groupNames(ctx, s.id) }, entries, ctx.groupsOf.get(s.id) ?? []);
}

/**
 * A group's itinerary: everything the group does together, plus what some of its members do
 * apart (split sessions, home-hospitality dinners, individual appointments), each with who goes.
 */
export function groupItinerary(program: Program, groupId: string): Itinerary {
  const ctx = contextOf(program);
  const g = ctx.groups.get(groupId);
  if (!g) throw new RangeError(`no group with id "${groupId}"`);
  const entries: DayEntry[] = [];
  for (const a of ctx.scheduled) {
    if (!shown(ctx, a, null)) continue;
    const whole = a.attendees.everyone || a.attendees.groupIds.includes(g.id);
    if (whole || namesMemberOf(a, g)) entries.push(...entriesOf(ctx, a, whole ? null : whoLabel(ctx, a), whole));
  }
  const staffCount = g.staffIds.length;
  const lines = [`${g.participantIds.length} participants, ${staffCount} traveling staff`];
  return assemble(ctx, 'group', { kind: 'group', id: g.id, name: g.name, latinName: '', lines, groups: [] }, entries, [g.id]);
}
