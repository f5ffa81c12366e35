/**
 * Helpers that turn compact plan lines into schema-valid activities. Every time is written as a
 * local wall time and converted with zonedFromLocal in the zone of the activity's place, exactly as
 * validate.ts demands; flights take a departure time and a block time so the arrival is computed in
 * the destination's zone and can never be off by an hour.
 */
import { newArrangement } from '../../shared/program/factory';
import { ARRANGED_TYPES } from '../../shared/program/status';
import type { Activity, ActivityTranslation, Arrangement, Attendees, City, PlaceActivity, Program, ProgramHost, Venue, VenueKind } from '../../shared/program/schema';
import { addMinutes, inZone, Temporal, zonedFromLocal } from '../../shared/time';
import { pick, seededRandom, type Random } from './prng';

type PlaceType = PlaceActivity['type'];
type Meal = PlaceActivity['mealsProvided'][number];
/** A host organization and its contact. */
export type Host = NonNullable<PlaceActivity['host']>;

/** Who attends: everyone, whole groups, or named people. */
export function attendees(init: Partial<Attendees>): Attendees {
  return { everyone: false, groupIds: [], participantIds: [], staffIds: [], ...init };
}

/** Options shared by every activity the builder makes. */
interface Common {
  who: Attendees;
  status?: Activity['status'];
  travelerNotes?: string;
  internalNotes?: string;
  /** Title and notes in other languages, for bilingual itineraries. */
  translations?: ActivityTranslation[];
}

/** One activity at one place; `start`/`end` are HH:MM local to the city on `date`. */
export interface PlaceInit extends Common {
  type: PlaceType;
  title: string;
  city: string;
  date: string;
  start: string;
  end: string;
  venue?: string | null;
  host?: Host | null;
  /** Overrides of the arranging record every appointment gets (see place()). */
  arrangement?: Partial<Arrangement>;
  dressCode?: string;
  interpretation?: PlaceActivity['interpretation'];
  meals?: Meal[];
}

const FIRST = ['Michael', 'Jennifer', 'David', 'Sarah', 'James', 'Maria', 'Robert', 'Linda', 'Kevin', 'Angela', 'Brian', 'Denise', 'Marcus', 'Rachel', 'Luis', 'Karen', 'Anthony', 'Megan', 'Darnell', 'Susan', 'Eric', 'Patricia', 'Samuel', 'Hannah'];
const LAST = ['Johnson', 'Okafor', 'Martinez', 'Nguyen', 'Sullivan', 'Patel', 'Whitaker', 'Reyes', 'Goldberg', 'Washington', 'Kowalski', 'Chen', 'Thompson', 'Delgado', 'Brooks', 'Lindqvist', 'Harris', 'Romero', 'Fitzgerald', 'Yazzie', 'Carter', 'Abernathy', 'Morales', 'Sato'];

/** Collects venues and activities for the sample, with deterministic ids, contacts and phones. */
export class SampleBuilder {
  readonly venues: Venue[] = [];
  readonly activities: Activity[] = [];
  readonly hosts: ProgramHost[] = [];
  /** `${organization}|${cityId}` -> host id: one host (and one contact) per organization and city. */
  private readonly hostIds = new Map<string, string>();
  private readonly zones: Map<string, string>;
  private readonly cities: Map<string, City>;
  private readonly random: Random;
  private readonly idCounters = new Map<string, number>();
  private readonly phoneCounters = new Map<string, number>();
  private prefix = 'x';

  constructor(cities: readonly City[], seed: number) {
    this.zones = new Map(cities.map((c) => [c.id, c.timeZone]));
    this.cities = new Map(cities.map((c) => [c.id, c]));
    this.random = seededRandom(seed);
  }

  /** Ids of the activities that follow start with `a-<prefix>-` (one prefix per phase or group). */
  section(prefix: string): void {
    this.prefix = prefix;
  }

  /** The zone of a city; throws on an unknown city so a typo fails the build, not the file. */
  zone(cityId: string): string {
    const zone = this.zones.get(cityId);
    if (!zone) throw new Error(`sample: no city "${cityId}"`);
    return zone;
  }

  /** A zoned string for a local date and HH:MM in a city. */
  at(cityId: string, date: string, time: string): string {
    return zonedFromLocal(`${date}T${time}`, this.zone(cityId));
  }

  /** A fictional phone number: 555-0100..0199 in the given area code, never repeated. */
  phone(areaCode: string): string {
    const first = areaCode === '202' || areaCode === '703' ? 160 : 110;
    const next = this.phoneCounters.get(areaCode) ?? first;
    if (next > 199) throw new Error(`sample: out of fictional numbers in area code ${areaCode}`);
    this.phoneCounters.set(areaCode, next + 1);
    return `+1 ${areaCode}-555-${String(next).padStart(4, '0')}`;
  }

  /** Registers a venue (once per id) and returns its id. */
  venue(init: { id: string; city: string; kind?: VenueKind; name: string; address: string; code?: string; phone?: string; directions?: string; security?: string; accessibility?: string; coordinates?: Venue['coordinates'] }): string {
    if (this.venues.some((v) => v.id === init.id)) return init.id;
    this.zone(init.city);
    this.venues.push({
      id: init.id,
      directoryId: null,
      cityId: init.city,
      kind: init.kind ?? 'venue',
      name: init.name,
      code: init.code ?? '',
      address: init.address,
      directions: init.directions ?? '',
      security: init.security ?? '',
      accessibility: init.accessibility ?? '',
      phone: init.phone ?? '',
      coordinates: init.coordinates ?? null,
    });
    return init.id;
  }

  /**
   * A host organization in a city, with an invented contact person, phone and example.org address;
   * the program's host record (hosts[]) is made the first time, and the same contact comes back
   * after that, as a local partner keeps one contact per host.
   */
  host(organization: string, areaCode: string, city: string): Host {
    const known = this.hostIds.get(`${organization}|${city}`);
    const existing = known ? this.hosts.find((h) => h.id === known) : undefined;
    const first = existing?.contacts[0];
    if (first) return { organization, contactName: first.name, phone: first.phone, email: first.email };
    const given = pick(this.random, FIRST);
    const family = pick(this.random, LAST);
    const contact = { name: `${given} ${family}`, role: 'Protocol and visitor programs', phone: this.phone(areaCode), email: `${given}.${family}@example.org`.toLowerCase() };
    this.addHost({ kind: 'organization', name: organization, cityId: city, address: '', contacts: [contact], languages: ['English'], notes: '' }, `${organization}|${city}`);
    return { organization, contactName: contact.name, phone: contact.phone, email: contact.email };
  }

  /** A host family (home hospitality): the program's host record and the contact an activity copies. */
  family(init: { name: string; city: string; areaCode: string; host: string; languages: string[]; address: string; notes: string }): Host {
    const key = `The ${init.name} family|${init.city}`;
    const known = this.hostIds.get(key);
    const existing = known ? this.hosts.find((h) => h.id === known) : undefined;
    const contact = existing?.contacts[0] ?? { name: `${init.host} ${init.name}`, role: 'Host', phone: this.phone(init.areaCode), email: `${init.host}.${init.name}@example.net`.normalize('NFD').replace(/[^A-Za-z.@]/g, '').toLowerCase() };
    if (!existing) this.addHost({ kind: 'family', name: `The ${init.name} family`, cityId: init.city, address: init.address, contacts: [contact], languages: init.languages, notes: init.notes }, key);
    return { organization: `The ${init.name} family`, contactName: contact.name, phone: contact.phone, email: contact.email };
  }

  private addHost(init: Omit<ProgramHost, 'id' | 'directoryId'>, key: string): void {
    const base = `h-${key.split('|').toReversed().join(' ')}`
      .normalize('NFD')
      .replace(/[^A-Za-z0-9]+/g, '-')
      .toLowerCase()
      .slice(0, 60)
      .replace(/-+$/, '');
    let id = base;
    for (let n = 2; this.hosts.some((h) => h.id === id); n++) id = `${base}-${n}`;
    this.hosts.push({ id, directoryId: null, ...init });
    this.hostIds.set(key, id);
  }

  /** Adds an activity at one place and returns its id. */
  place(init: PlaceInit): string {
    const hostId = init.host ? (this.hostIds.get(`${init.host.organization}|${init.city}`) ?? null) : null;
    const activity: PlaceActivity = {
      id: this.nextId(),
      title: init.title,
      status: init.status ?? 'confirmed',
      timing: { kind: 'scheduled', start: this.at(init.city, init.date, init.start), end: this.at(init.city, init.date, init.end) },
      attendees: init.who,
      travelerNotes: init.travelerNotes ?? '',
      internalNotes: init.internalNotes ?? '',
      translations: init.translations ?? [],
      type: init.type,
      cityId: init.city,
      venueId: init.venue ?? null,
      hostId,
      host: init.host ?? null,
      arrangement: ARRANGED_TYPES.has(init.type) ? this.arrangement(init) : null,
      dressCode: init.dressCode ?? '',
      interpretation: init.interpretation ?? 'none',
      mealsProvided: init.meals ?? [],
    };
    this.activities.push(activity);
    return activity.id;
  }

  /**
   * How an appointment was arranged: the local partner in the visit cities, the program officer in
   * Washington and New York; asked four weeks ahead, last in touch nine days ahead (three for
   * tentative ones, still being chased).
   */
  private arrangement(init: PlaceInit): Arrangement {
    const day = Temporal.PlainDate.from(init.date);
    const office = init.city === 'washington' || init.city === 'new-york';
    return newArrangement({
      arrangedBy: office ? 'program-officer' : 'local-partner',
      askedOn: day.subtract({ days: 28 }).toString(),
      lastContactOn: day.subtract({ days: init.status === 'tentative' ? 3 : 9 }).toString(),
      ...init.arrangement,
    });
  }

  /**
   * A flight or other leg: departs at local `depart` at the origin, arrives `minutes` later, written
   * in the destination's zone (Tampa 09:40 EDT + 375 min = Seattle 12:55 PDT).
   */
  travel(init: Common & { mode: 'flight' | 'train' | 'ground'; title: string; carrier?: string; number?: string; from: string; to: string; depart: string; minutes: number; pickupPoint?: string }): string {
    const origin = this.venueCity(init.from);
    const destination = this.venueCity(init.to);
    const start = zonedFromLocal(init.depart, this.zone(origin));
    const end = inZone(addMinutes(start, init.minutes), this.zone(destination));
    this.activities.push({
      id: this.nextId(),
      title: init.title,
      status: init.status ?? 'confirmed',
      timing: { kind: 'scheduled', start, end },
      attendees: init.who,
      travelerNotes: init.travelerNotes ?? '',
      internalNotes: init.internalNotes ?? '',
      translations: init.translations ?? [],
      type: 'travel',
      mode: init.mode,
      carrier: init.carrier ?? '',
      number: init.number ?? '',
      originVenueId: init.from,
      destinationVenueId: init.to,
      pickupPoint: init.pickupPoint ?? '',
      rebook: false,
    });
    return this.activities.at(-1)?.id ?? '';
  }

  /** A leg given by its arrival (local at the destination) and its block time: how inbound connections are planned. */
  arriving(init: Common & { mode: 'flight' | 'train' | 'ground'; title: string; carrier?: string; number?: string; from: string; to: string; arrive: string; minutes: number }): string {
    const arrive = zonedFromLocal(init.arrive, this.zone(this.venueCity(init.to)));
    const depart = inZone(addMinutes(arrive, -init.minutes), this.zone(this.venueCity(init.from)));
    const { arrive: _arrive, ...rest } = init;
    return this.travel({ ...rest, depart: depart.slice(0, 16) });
  }

  /** The name of a registered city. */
  cityName(cityId: string): string {
    return this.cities.get(cityId)?.name ?? cityId;
  }

  /** A hotel stay from check-in to check-out, both local to the hotel (`YYYY-MM-DDTHH:MM`). */
  hotel(init: Common & { title: string; hotel: string; checkIn: string; checkOut: string }): string {
    const zone = this.zone(this.venueCity(init.hotel));
    this.activities.push({
      id: this.nextId(),
      title: init.title,
      status: init.status ?? 'confirmed',
      timing: { kind: 'scheduled', start: zonedFromLocal(init.checkIn, zone), end: zonedFromLocal(init.checkOut, zone) },
      attendees: init.who,
      travelerNotes: init.travelerNotes ?? '',
      internalNotes: init.internalNotes ?? '',
      translations: init.translations ?? [],
      type: 'hotel-stay',
      hotelVenueId: init.hotel,
      rebook: false,
    });
    return this.activities.at(-1)?.id ?? '';
  }

  /** The finished collections, for the program object. */
  result(): Pick<Program, 'venues' | 'activities' | 'hosts'> {
    return { venues: this.venues, activities: this.activities, hosts: this.hosts };
  }

  /** The city of a registered venue. */
  cityOf(venueId: string): string {
    return this.venueCity(venueId);
  }

  private venueCity(venueId: string): string {
    const venue = this.venues.find((v) => v.id === venueId);
    if (!venue) throw new Error(`sample: no venue "${venueId}"`);
    return venue.cityId;
  }

  private nextId(): string {
    const n = (this.idCounters.get(this.prefix) ?? 0) + 1;
    this.idCounters.set(this.prefix, n);
    return `a-${this.prefix}-${String(n).padStart(3, '0')}`;
  }
}
