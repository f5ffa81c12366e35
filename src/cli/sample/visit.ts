/**
 * A compact notation for a group's days in a city: one line per activity, with the defaults a
 * planner would apply (consecutive interpretation for groups that need it, business attire for
 * meetings, which meal a meal provides) so the plan files read like an itinerary draft.
 */
import type { Attendees, PlaceActivity } from '../../shared/program/schema';
import { attendees, type PlaceInit, type SampleBuilder } from './builder';
import { dietaryIds, membersOf, needing, type GroupKey } from './roster';
import { GROUP_STAFF, GROUPS, staffFor } from './staff';

/** Where a group is and how its activities default. */
export interface VisitContext {
  b: SampleBuilder;
  group: GroupKey;
  who: Attendees;
  city: string;
  /** Area code for the invented phone numbers of this city's hosts. */
  area: string;
  /** The group's hotel: days that start or end away from it get a coach leg. */
  hotel: string | null;
  /** Coach minutes between the hotel and the day's venues. */
  drive: number;
}

/** Extra fields for one line; `address` creates a venue named after the host organization. */
export type LineExtra = Partial<Omit<PlaceInit, 'type' | 'title' | 'city' | 'date' | 'start' | 'end'>> & { address?: string };

/** [start, end, type, title, host organization or null, extras]. */
export type Line = [start: string, end: string, type: PlaceActivity['type'], title: string, org?: string | null, extra?: LineExtra];

/** A context for a whole group in a city. */
export function visit(b: SampleBuilder, group: GroupKey, city: string, area: string, hotel: string | null = null, drive = 20): VisitContext {
  return { b, group, who: attendees({ groupIds: [GROUPS[group].id] }), city, area, hotel, drive };
}

const INTERPRETED: ReadonlySet<PlaceActivity['type']> = new Set(['meeting', 'site-visit', 'briefing', 'plenary', 'conference-session']);

/** Adds one day of a group's plan. */
export function day(ctx: VisitContext, date: string, lines: readonly Line[]): void {
  lines.forEach(([start, end, type, title, org, extra = {}], i) => {
    const { address, ...rest } = extra;
    const host = org ? ctx.b.host(org, ctx.area, ctx.city) : null;
    const venue = rest.venue ?? (address && org ? ctx.b.venue({ id: venueId(ctx.city, org), city: ctx.city, name: org, address }) : null);
    // Travelers need to know how they get to the first venue of the day and back from the last.
    const coach = ctx.hotel !== null && venue !== null && venue !== ctx.hotel && rest.status !== 'cancelled';
    if (coach && i === 0) {
      ctx.b.travel({ mode: 'ground', title: 'Coach from the hotel', from: ctx.hotel ?? '', to: venue, depart: `${date}T${shift(start, -ctx.drive - 10)}`, minutes: ctx.drive, who: ctx.who, pickupPoint: 'Hotel lobby' });
    }
    ctx.b.place({
      type,
      title,
      city: ctx.city,
      date,
      start,
      end,
      who: ctx.who,
      host,
      dressCode: INTERPRETED.has(type) ? 'Business attire' : type === 'meal' ? 'Business casual' : 'Casual',
      interpretation: INTERPRETED.has(type) ? 'consecutive' : 'none',
      meals: type === 'meal' ? [start < '10:30' ? 'breakfast' : start < '16:00' ? 'lunch' : 'dinner'] : [],
      ...rest,
      venue,
    });
    if (coach && i === lines.length - 1) {
      ctx.b.travel({ mode: 'ground', title: 'Coach back to the hotel', from: venue, to: ctx.hotel ?? '', depart: `${date}T${end}`, minutes: ctx.drive, who: ctx.who });
    }
  });
}

/** An ELO-led debrief at the hotel at the end of each listed day. */
export function debriefs(ctx: VisitContext, dates: readonly string[]): void {
  for (const date of dates) {
    ctx.b.place({
      type: 'briefing',
      title: 'Daily debrief with your English Language Officer',
      city: ctx.b.cityOf(ctx.hotel ?? ''),
      date,
      start: '18:00',
      end: '18:30',
      who: ctx.who,
      venue: ctx.hotel,
      interpretation: 'consecutive',
      travelerNotes: 'Bring questions for tomorrow’s hosts; the ELO collects thank-you notes here.',
    });
  }
}

/** Parallel meetings for parts of the group (prosecutors and police often split), each with its interpreters. */
export function split(ctx: VisitContext, date: string, start: string, end: string, parts: readonly [title: string, org: string, participantIds: string[]][]): void {
  const taken = new Set<string>();
  for (const [title, org, participantIds] of parts) {
    const staffIds = interpretersFor(ctx, participantIds, taken);
    ctx.b.place({
      type: 'meeting',
      title,
      city: ctx.city,
      date,
      start,
      end,
      who: attendees({ participantIds, staffIds }),
      host: ctx.b.host(org, ctx.area, ctx.city),
      dressCode: 'Business attire',
      interpretation: staffIds.length ? 'consecutive' : 'none',
      internalNotes: 'Split session: the rest of the group meets another host at the same time.',
    });
  }
}

/** A staff-only evening session at the hotel: consecutive interpreting of technical visits needs a glossary. */
export function interpreterPrep(ctx: VisitContext, date: string, topic: string): void {
  const staffIds = GROUP_STAFF[ctx.group].filter((id) => id.startsWith('s-int-'));
  ctx.b.place({
    type: 'briefing',
    title: `Interpreter preparation: ${topic}`,
    city: ctx.b.cityOf(ctx.hotel ?? ''),
    date,
    start: '20:45',
    end: '21:30',
    who: attendees({ staffIds }),
    venue: ctx.hotel,
    internalNotes: 'Hosts sent slides and a glossary; the ELO reviews acronyms with the interpreters.',
  });
}

/** An evening with nothing planned, so itineraries say so rather than leave a gap. */
export function evening(ctx: VisitContext, date: string, start = '18:30'): void {
  day({ ...ctx, hotel: null }, date, [[start, '20:30', 'free-time', 'Evening at leisure', null, { dressCode: '' }]]);
}

// HH:MM plus minutes, within one day (plans never cross midnight here).
function shift(time: string, minutes: number): string {
  const [h = 0, m = 0] = time.split(':').map(Number);
  const total = h * 60 + m + minutes;
  return `${String(Math.floor(total / 60)).padStart(2, '0')}:${String(total % 60).padStart(2, '0')}`;
}

const LANGUAGES = ['Spanish', 'Portuguese', 'Russian', 'French', 'Arabic'] as const;

/** For each language someone in `ids` needs, a distinct staff member of the group; throws if the group runs out. */
function interpretersFor(ctx: VisitContext, ids: readonly string[], taken: Set<string>): string[] {
  const chosen: string[] = [];
  for (const language of LANGUAGES) {
    if (!needing(ctx.group, language).some((id) => ids.includes(id))) continue;
    const staffId = staffFor(ctx.group, language, taken);
    if (!staffId) throw new Error(`sample: group ${ctx.group} has no free ${language} interpreter`);
    taken.add(staffId);
    chosen.push(staffId);
  }
  return chosen;
}

/**
 * Seats the group's participants at home-hospitality dinners. Guests who need interpretation sit
 * together (at most three a table) with one of the group's interpreters, so no interpreter is at two
 * dinners at once; everyone else fills the smallest tables.
 */
export function homeHospitality(ctx: VisitContext, date: string, families: readonly string[], onlyIds?: readonly string[]): void {
  const guests = onlyIds ?? membersOf(ctx.group);
  const tables: string[][] = [];
  const seated = new Set<string>();
  for (const language of LANGUAGES) {
    const needers = needing(ctx.group, language).filter((id) => guests.includes(id) && !seated.has(id));
    for (let i = 0; i < needers.length; i += 3) {
      tables.push(needers.slice(i, i + 3));
      needers.slice(i, i + 3).forEach((id) => seated.add(id));
    }
  }
  while (tables.length < families.length) tables.push([]);
  if (tables.length > families.length) throw new Error(`sample: ${ctx.group} needs ${tables.length} host families`);
  for (const id of guests.filter((g) => !seated.has(g))) {
    const smallest = tables.reduce((a, b) => (b.length < a.length ? b : a));
    smallest.push(id);
  }
  const taken = new Set<string>();
  families.forEach((family, i) => {
    const table = tables[i] ?? [];
    const staffIds = interpretersFor(ctx, table, taken);
    const about = FAMILIES[`${family}|${ctx.city}`];
    if (!about) throw new Error(`sample: no host family ${family} in ${ctx.city}`);
    const host = ctx.b.family({ name: family, city: ctx.city, areaCode: ctx.area, ...about });
    // Families confirm the guests' diets a week ahead; one is still checking with a guest.
    const confirmed = table.filter((id) => DIETS.has(id) && !(UNCONFIRMED[family] ?? []).includes(id));
    ctx.b.place({
      type: 'home-hospitality',
      title: `Home hospitality dinner with the ${family} family`,
      city: ctx.city,
      date,
      start: '18:00',
      end: '20:30',
      who: attendees({ participantIds: table, staffIds }),
      host,
      arrangement: { dietConfirmedIds: confirmed },
      dressCode: 'Casual',
      interpretation: staffIds.length ? 'consecutive' : 'none',
      meals: ['dinner'],
      travelerNotes: 'Your hosts pick you up in the hotel lobby at 17:40 and bring you back. A small gift from home is welcome but never expected.',
      internalNotes: 'Host family vetted by the local partner. Home address goes to the guests’ drivers only, not into itineraries.',
    });
  });
}

/** Host families by `name|city`: who hosts, the languages spoken at home, where, what the partner noted. */
const FAMILIES: Readonly<Record<string, { host: string; languages: string[]; address: string; notes: string }>> = {
  'Alvarez|st-petersburg': { host: 'María', languages: ['English', 'Spanish'], address: '2210 Snell Isle Blvd NE, St. Petersburg, FL 33704', notes: 'Cooks halal or vegetarian on request. A friendly dog.' },
  'Whitaker|st-petersburg': { host: 'Tom', languages: ['English'], address: '611 18th Ave NE, St. Petersburg, FL 33704', notes: 'Step-free entrance; no pets.' },
  'Thompson|st-petersburg': { host: 'Linda', languages: ['English'], address: '1845 Coffee Pot Blvd NE, St. Petersburg, FL 33704', notes: 'Two cats.' },
  'Nguyen|st-petersburg': { host: 'Hạnh', languages: ['English', 'Vietnamese'], address: '4020 Park St N, St. Petersburg, FL 33709', notes: 'Vegetarian household.' },
  'Lindqvist|seattle': { host: 'Erik', languages: ['English', 'Swedish'], address: '3811 NE 95th St, Seattle, WA 98115', notes: 'Hosted Icelandic and Norwegian visitors before.' },
  'Delgado|phoenix': { host: 'Rosa', languages: ['English', 'Spanish'], address: '1127 W Coronado Rd, Phoenix, AZ 85007', notes: 'Dinner in the garden if it is below 95°F.' },
  'Brooks|phoenix': { host: 'James', languages: ['English'], address: '4302 N 40th St, Phoenix, AZ 85018', notes: '' },
  'Yazzie|phoenix': { host: 'Loretta', languages: ['English', 'Navajo'], address: '2615 E Pinchot Ave, Phoenix, AZ 85016', notes: 'Retired tribal court judge.' },
  'Kowalski|phoenix': { host: 'Anna', languages: ['English', 'Polish'], address: '702 W Palm Ln, Phoenix, AZ 85007', notes: '' },
  'Romero|tucson': { host: 'Luis', languages: ['English', 'Spanish'], address: '1919 E 4th St, Tucson, AZ 85719', notes: 'Former Nogales port director.' },
  'Sullivan|cleveland': { host: 'Megan', languages: ['English'], address: '2470 Edgehill Rd, Cleveland Heights, OH 44106', notes: 'Gluten-free cooking is no trouble.' },
  'Kowalski|cleveland': { host: 'Piotr', languages: ['English', 'Polish'], address: '3212 Fleet Ave, Cleveland, OH 44105', notes: '' },
  'Washington|cleveland': { host: 'Denise', languages: ['English'], address: '12405 Larchmere Blvd, Cleveland, OH 44120', notes: 'Vegetarian dishes on request.' },
  'Patel|cleveland': { host: 'Ravi', languages: ['English', 'Hindi', 'Gujarati'], address: '8120 Broadview Rd, Broadview Heights, OH 44147', notes: 'Vegetarian household.' },
  'Morales|austin': { host: 'Carmen', languages: ['English', 'Spanish'], address: '1506 Travis Heights Blvd, Austin, TX 78704', notes: 'Cooks gluten-free for a daughter with coeliac disease.' },
  'Carter|huntsville': { host: 'Susan', languages: ['English'], address: '1002 Locust Ave SE, Huntsville, AL 35801', notes: 'Halal meat from the Islamic Center market.' },
  'Abernathy|huntsville': { host: 'Robert', languages: ['English'], address: '415 Randolph Ave SE, Huntsville, AL 35801', notes: '' },
  'Harris|huntsville': { host: 'Angela', languages: ['English'], address: '2205 Whitesburg Dr S, Huntsville, AL 35801', notes: 'Halal meals on request.' },
  'Goldberg|huntsville': { host: 'David', languages: ['English', 'Hebrew'], address: '807 Adams St SE, Huntsville, AL 35801', notes: 'Kosher kitchen; checking halal meat with the guests.' },
  'Sato|salt-lake-city': { host: 'Kenji', languages: ['English', 'Japanese'], address: '1355 E Harvard Ave, Salt Lake City, UT 84105', notes: 'Halal on request; no alcohol served.' },
};

/** Participants with dietary needs a host family has to confirm. */
const DIETS: ReadonlySet<string> = new Set(dietaryIds());
/** Diets a family has not confirmed yet, so the sample shows the warning. */
const UNCONFIRMED: Readonly<Record<string, readonly string[]>> = { Goldberg: ['p-iq-aljubouri'] };

// Venue ids are derived from the organization so two lines naming one host share one venue.
function venueId(city: string, org: string): string {
  const slug = org
    .normalize('NFD')
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .toLowerCase();
  return `v-${city}-${slug}`.slice(0, 64).replace(/-$/, '');
}
