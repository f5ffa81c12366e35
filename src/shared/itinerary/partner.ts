/**
 * What a city's local partner receives, and what a meal's hosts receive, as data. The partner
 * packet holds that city's days for each visiting group, the participants (both name forms,
 * position, organization, languages, interpretation), the traveling staff (name, role, languages),
 * the hotels, the arrival and departure legs, and everyone's meal needs (dietary and accessibility
 * notes). Nothing a partner does not need: no phone, e-mail, passport or internal note of anyone,
 * and not the program's emergency contacts (planners' data in a shared program).
 */
import { latinName, personName, STAFF_ROLE_LABELS } from '../program/labels';
import type { Activity, Group, Participant, Program, Staff } from '../program/schema';
import { attendsThrough, contextOf, entriesOf, groupByDay, hotelsOf, namesMemberOf, period, programHeader, whoLabel, type Context } from './project';
import type { DayEntry, HotelStay, ItineraryDay, LocalTime, PlaceInfo, ProgramHeader, TravelEntry } from './types';

/** A participant as a partner or a meal host needs to know them. */
export interface GuestLine {
  id: string;
  name: string;
  /** Passport (Latin-script) name when it differs, else ''. */
  latinName: string;
  country: string;
  position: string;
  organization: string;
  languages: string[];
  /** The language they need interpretation into, or null. */
  interpretation: string | null;
  dietaryNotes: string;
  accessibilityNotes: string;
}

/** A staff member as a partner needs to know them: name, role, languages. */
export interface StaffGuestLine {
  id: string;
  name: string;
  role: string;
  languages: string[];
}

/** One visiting group in a partner's packet. */
export interface PartnerGroup {
  id: string;
  name: string;
  color: string;
  participants: GuestLine[];
  staff: StaffGuestLine[];
  /** Legs that bring the group (or some of it) into the city, and take it away. */
  arrivals: TravelEntry[];
  departures: TravelEntry[];
  hotels: HotelStay[];
  /** The group's days in the city (local dates, the city's zone), entries for part of it say who. */
  days: ItineraryDay[];
}

/** A meal or home-hospitality activity with its guests' needs. */
export interface MealLine {
  id: string;
  title: string;
  typeLabel: string;
  status: Activity['status'];
  start: LocalTime;
  end: LocalTime;
  place: PlaceInfo | null;
  city: string;
  /** The host organization (its contacts are the partner's own). */
  host: string;
  guests: GuestLine[];
  staff: StaffGuestLine[];
}

/** A local partner's packet for one city. */
export interface CityPacket {
  program: ProgramHeader;
  city: { id: string; name: string };
  period: { start: string; end: string; label: string };
  groups: PartnerGroup[];
  meals: MealLine[];
}

/** The meal host sheet of one city. */
export interface MealSheet {
  program: ProgramHeader;
  city: { id: string; name: string };
  meals: MealLine[];
}

function guestLine(p: Participant): GuestLine {
  return {
    id: p.id,
    name: personName(p),
    latinName: latinName(p),
    country: p.country,
    position: p.position,
    organization: p.organization,
    languages: [...p.languages],
    interpretation: p.interpretation,
    dietaryNotes: p.dietaryNotes,
    accessibilityNotes: p.accessibilityNotes,
  };
}

function staffLine(s: Staff): StaffGuestLine {
  return { id: s.id, name: personName(s), role: STAFF_ROLE_LABELS[s.role], languages: [...s.languages] };
}

function venueCity(ctx: Context, venueId: string): string | null {
  return ctx.venues.get(venueId)?.cityId ?? null;
}

/** Whether an activity happens in the city: at a place there, a stay at a hotel there, a leg touching it. */
function inCity(ctx: Context, a: Activity, cityId: string): boolean {
  if (a.type === 'travel') return venueCity(ctx, a.originVenueId) === cityId || venueCity(ctx, a.destinationVenueId) === cityId;
  if (a.type === 'hotel-stay') return venueCity(ctx, a.hotelVenueId) === cityId;
  return a.cityId === cityId;
}

function attendedBy(ctx: Context, a: Activity, g: Group): 'whole' | 'part' | null {
  if (a.attendees.everyone || a.attendees.groupIds.includes(g.id)) return 'whole';
  return namesMemberOf(a, g) ? 'part' : null;
}

/** The participants and staff who attend an activity (everyone, their group, or by name), in roster order. */
function attendees(ctx: Context, a: Activity): { guests: GuestLine[]; staff: StaffGuestLine[] } {
  const attends = (id: string) => attendsThrough(a, id, ctx.groupsOf.get(id));
  return { guests: ctx.program.participants.filter((p) => attends(p.id)).map(guestLine), staff: ctx.program.staff.filter((s) => attends(s.id)).map(staffLine) };
}

function mealLines(ctx: Context, cityId: string): MealLine[] {
  return ctx.scheduled
    .filter((a) => (a.type === 'meal' || a.type === 'home-hospitality') && a.cityId === cityId)
    .flatMap((a) => {
      const [entry] = entriesOf(ctx, a, null, true);
      if (!entry || entry.kind !== 'activity') return [];
      return [{ id: a.id, title: a.title, typeLabel: entry.typeLabel, status: a.status, start: entry.start, end: entry.end, place: entry.place, city: entry.city, host: entry.host?.organization ?? '', ...attendees(ctx, a) }];
    });
}

function cityOf(program: Program, cityId: string): { id: string; name: string } {
  const city = program.cities.find((c) => c.id === cityId);
  if (!city) throw new RangeError(`no city with id "${cityId}"`);
  return { id: city.id, name: city.region ? `${city.name}, ${city.region}` : city.name };
}

/** The packet for the local partner of one city. Throws RangeError for an unknown city. */
export function cityPacket(program: Program, cityId: string): CityPacket {
  const ctx = contextOf(program);
  const city = cityOf(program, cityId);
  const groups: PartnerGroup[] = [];
  for (const g of program.groups) {
    const entries: DayEntry[] = [];
    const arrivals: TravelEntry[] = [];
    const departures: TravelEntry[] = [];
    for (const a of ctx.scheduled) {
      if (!inCity(ctx, a, cityId)) continue;
      const how = attendedBy(ctx, a, g);
      if (!how) continue;
      const list = entriesOf(ctx, a, how === 'whole' ? null : whoLabel(ctx, a), true).map((e) => ({ ...e, notes: '' }));
      // A partner's schedule carries no traveler notes meant for the visitors (dress codes stay).
      entries.push(...list);
      if (a.type === 'travel') {
        const from = venueCity(ctx, a.originVenueId);
        const to = venueCity(ctx, a.destinationVenueId);
        const leg = list[0];
        if (leg?.kind === 'travel' && to === cityId && from !== cityId) arrivals.push(leg);
        if (leg?.kind === 'travel' && from === cityId && to !== cityId) departures.push(leg);
      }
    }
    // Only groups that spend time in the city: a leg through its airport alone does not make a visit.
    if (!entries.some((e) => e.kind === 'activity' || e.kind === 'check-in')) continue;
    const days = groupByDay(entries).map((d) => ({ ...d, entries: d.entries.filter((e) => e.kind !== 'travel' || e.mode === 'ground' || arrivals.includes(e) || departures.includes(e)) }));
    groups.push({
      id: g.id,
      name: g.name,
      color: g.color,
      participants: g.participantIds.map((id) => program.participants.find((p) => p.id === id)).filter((p): p is Participant => p !== undefined).map(guestLine),
      staff: g.staffIds.map((id) => program.staff.find((s) => s.id === id)).filter((s): s is Staff => s !== undefined).map(staffLine),
      arrivals,
      departures,
      hotels: hotelsOf(days),
      days,
    });
  }
  const allDays = groups.flatMap((g) => g.days);
  const sorted = [...allDays].sort((a, b) => (a.date < b.date ? -1 : 1));
  return { program: programHeader(program), city, period: period(program, sorted), groups, meals: mealLines(ctx, cityId) };
}

/** The meal host sheet of one city: each meal and home-hospitality activity, its guests and their needs. */
export function mealSheet(program: Program, cityId: string): MealSheet {
  const ctx = contextOf(program);
  return { program: programHeader(program), city: cityOf(program, cityId), meals: mealLines(ctx, cityId) };
}

/** Ids of the cities a partner packet is useful for: where some group spends time (in program order). */
export function partnerCityIds(program: Program): string[] {
  return program.cities.filter((c) => cityPacket(program, c.id).groups.length > 0).map((c) => c.id);
}

/** Ids of the cities with at least one meal or home-hospitality activity. */
export function mealCityIds(program: Program): string[] {
  const ctx = contextOf(program);
  return program.cities.filter((c) => mealLines(ctx, c.id).length > 0).map((c) => c.id);
}
