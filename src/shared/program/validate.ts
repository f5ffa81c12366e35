/**
 * Whole-program consistency that a per-object schema cannot see: references between collections,
 * time zones that must match the place, and time ranges that must run forwards.
 */
import { readZoned } from '../time';
import { idKey } from './ids';
import type { Activity, ActivityTranslation, Program } from './schema';
import { issuedVersionIssues } from './validate-issues';

export type PathSegment = string | number;
export interface ProgramIssue {
  path: PathSegment[];
  message: string;
}

/** Every cross-reference and time-consistency problem of a schema-valid program, each with its path. */
export function programIssues(program: Program): ProgramIssue[] {
  const issues: ProgramIssue[] = [];
  const add = (path: PathSegment[], message: string) => issues.push({ path, message });

  const ids = {
    cities: uniqueIds(program.cities, 'cities', add),
    venues: uniqueIds(program.venues, 'venues', add),
    hosts: uniqueIds(program.hosts, 'hosts', add),
    participants: uniqueIds(program.participants, 'participants', add),
    staff: uniqueIds(program.staff, 'staff', add),
    groups: uniqueIds(program.groups, 'groups', add),
    activities: uniqueIds(program.activities, 'activities', add),
    phases: uniqueIds(program.phases, 'phases', add),
  };

  if (program.endDate < program.startDate) add(['endDate'], 'the program ends before it starts');
  const guests = program.settings.homeHospitalityGuests;
  if (guests.max < guests.min) add(['settings', 'homeHospitalityGuests', 'max'], `at most ${guests.max} guests is fewer than the least, ${guests.min}`);
  const dismissed = new Set<string>();
  program.dismissals.forEach((dismissal, i) => {
    if (dismissed.has(dismissal.problemId)) add(['dismissals', i, 'problemId'], 'this problem is dismissed twice');
    dismissed.add(dismissal.problemId);
  });
  issuedVersionIssues(program.issues, add);

  program.phases.forEach((phase, i) => {
    if (phase.endDate < phase.startDate) add(['phases', i, 'endDate'], 'the phase ends before it starts');
    phase.cityIds.forEach((cityId, j) => {
      if (!ids.cities.has(cityId)) add(['phases', i, 'cityIds', j], `no city with id "${cityId}"`);
    });
  });

  program.venues.forEach((venue, i) => {
    if (!ids.cities.has(venue.cityId)) add(['venues', i, 'cityId'], `no city with id "${venue.cityId}"`);
  });
  program.hosts.forEach((host, i) => {
    if (host.cityId !== null && !ids.cities.has(host.cityId)) add(['hosts', i, 'cityId'], `no city with id "${host.cityId}"`);
  });

  const people = [...program.participants.map((p) => ['participants', p] as const), ...program.staff.map((s) => ['staff', s] as const)];
  const personIndex = { participants: 0, staff: 0 };
  for (const [collection, person] of people) {
    const i = personIndex[collection]++;
    if (person.arrival && person.departure && person.departure < person.arrival) {
      add([collection, i, 'departure'], 'departure is before arrival');
    }
  }

  program.groups.forEach((group, i) => {
    checkRefs(group.participantIds, ids.participants, 'participant', add, 'groups', i, 'participantIds');
    checkRefs(group.staffIds, ids.staff, 'staff member', add, 'groups', i, 'staffIds');
  });

  const context = activityContext(program);
  const activities = program.activities;
  for (let i = 0; i < activities.length; i++) checkActivity(activities[i] as Activity, context, ACTIVITIES, i, add);

  return issues;
}

/** What checking one activity needs to know about the rest of the program. */
export interface ActivityContext {
  groups: ReadonlySet<string>;
  participants: ReadonlySet<string>;
  staff: ReadonlySet<string>;
  cityZone: ReadonlyMap<string, string>;
  venueById: ReadonlyMap<string, Program['venues'][number]>;
  hosts: ReadonlySet<string>;
}

/** Builds the context for checking activities; O(people + places), independent of activity count. */
export function activityContext(program: Program): ActivityContext {
  return {
    groups: new Set(program.groups.map((g) => g.id)),
    participants: new Set(program.participants.map((p) => p.id)),
    staff: new Set(program.staff.map((s) => s.id)),
    cityZone: new Map(program.cities.map((c) => [c.id, c.timeZone])),
    venueById: new Map(program.venues.map((v) => [v.id, v])),
    hosts: new Set(program.hosts.map((h) => h.id)),
  };
}

/** Problems of one activity against the rest of the program (references, zones, time order). */
export function activityIssues(
  activity: Activity,
  context: ActivityContext,
  base: PathSegment[],
  add: (path: PathSegment[], message: string) => void,
): void {
  checkActivity(activity, context, base, NO_INDEX, add);
}

type Add = (path: PathSegment[], message: string) => void;

// The checks below run for every activity on every open and save (20,000 in a large program), and
// almost always find nothing. So they allocate nothing on the way: no path arrays (a path is built
// by `at` only when there is a problem to report), no closures, no Sets for short id lists, and
// each time string is read once.
const ACTIVITIES: readonly PathSegment[] = ['activities'];
const NO_INDEX = -1;

/** `base`, then `index` unless it is NO_INDEX, then the rest: the path of a problem found. */
function at(base: readonly PathSegment[], index: number, ...rest: (PathSegment | undefined)[]): PathSegment[] {
  const path = [...base];
  if (index !== NO_INDEX) path.push(index);
  for (const segment of rest) if (segment !== undefined) path.push(segment);
  return path;
}

/** The checks of activityIssues, reporting at `base` + `index` (NO_INDEX: at `base` alone). */
function checkActivity(activity: Activity, context: ActivityContext, base: readonly PathSegment[], index: number, add: Add): void {
  const a = activity.attendees;
  const translations = activity.translations;
  for (let i = 1; i < translations.length; i++) {
    const language = (translations[i] as ActivityTranslation).language;
    for (let j = 0; j < i; j++) if ((translations[j] as ActivityTranslation).language === language) add(at(base, index, 'translations', i, 'language'), `a second translation into "${language}"`);
  }
  checkRefs(a.groupIds, context.groups, 'group', add, base, index, 'attendees', 'groupIds');
  checkRefs(a.participantIds, context.participants, 'participant', add, base, index, 'attendees', 'participantIds');
  checkRefs(a.staffIds, context.staff, 'staff member', add, base, index, 'attendees', 'staffIds');

  // The zones the start and end must be written in, from the activity's place (undefined: unknown).
  let startZone: string | undefined;
  let endZone: string | undefined;
  switch (activity.type) {
    case 'travel':
      startZone = venueZone(activity.originVenueId, 'originVenueId', undefined, context, base, index, add);
      endZone = venueZone(activity.destinationVenueId, 'destinationVenueId', undefined, context, base, index, add);
      break;
    case 'hotel-stay':
      startZone = endZone = venueZone(activity.hotelVenueId, 'hotelVenueId', 'hotel', context, base, index, add);
      break;
    default: {
      startZone = endZone = context.cityZone.get(activity.cityId);
      if (!startZone) add(at(base, index, 'cityId'), `no city with id "${activity.cityId}"`);
      if (activity.venueId !== null) {
        const venue = context.venueById.get(activity.venueId);
        if (!venue) add(at(base, index, 'venueId'), `no venue with id "${activity.venueId}"`);
        else if (venue.cityId !== activity.cityId) {
          add(at(base, index, 'venueId'), `venue "${activity.venueId}" is in city "${venue.cityId}", not "${activity.cityId}"`);
        }
      }
      if (activity.hostId !== null && !context.hosts.has(activity.hostId)) add(at(base, index, 'hostId'), `no host with id "${activity.hostId}"`);
      const confirmed = activity.arrangement?.dietConfirmedIds;
      if (confirmed?.length) checkRefs(confirmed, context.participants, 'participant', add, base, index, 'arrangement', 'dietConfirmedIds');
    }
  }

  const timing = activity.timing;
  if (timing.kind !== 'scheduled') return;
  const start = readZoned(timing.start);
  const end = readZoned(timing.end);
  if (startZone && endZone) {
    if (start.zone !== startZone) add(at(base, index, 'timing', 'start'), `start must be in ${startZone}, the time zone of its place`);
    if (end.zone !== endZone) add(at(base, index, 'timing', 'end'), `end must be in ${endZone}, the time zone of its place`);
  }
  if (end.epochMs <= start.epochMs) add(at(base, index, 'timing', 'end'), 'the activity ends before it starts');
}

/** The zone of a venue's city, reporting a missing venue or one of the wrong kind. */
function venueZone(
  venueId: string,
  field: string,
  kind: string | undefined,
  context: ActivityContext,
  base: readonly PathSegment[],
  index: number,
  add: Add,
): string | undefined {
  const venue = context.venueById.get(venueId);
  if (!venue) {
    add(at(base, index, field), `no venue with id "${venueId}"`);
    return undefined;
  }
  if (kind && venue.kind !== kind) add(at(base, index, field), `venue "${venueId}" is a ${venue.kind}, not a ${kind}`);
  return context.cityZone.get(venue.cityId);
}

/** The ids of `items` (as written, for references); reports an id that repeats one before it, also when only letter case differs (idKey). */
function uniqueIds(items: readonly { id: string }[], collection: string, add: Add): Set<string> {
  const seen = new Set<string>();
  const keys = new Map<string, string>();
  for (let i = 0; i < items.length; i++) {
    const id = (items[i] as { id: string }).id;
    const key = idKey(id);
    const earlier = keys.get(key);
    if (earlier === id) add([collection, i, 'id'], `duplicate id "${id}"`);
    else if (earlier !== undefined) add([collection, i, 'id'], `id "${id}" differs from "${earlier}" only by letter case; ids must differ by more (they name files, and Windows and macOS disks ignore case)`);
    else keys.set(key, id);
    seen.add(id);
  }
  return seen;
}

// Id lists on one object are short (an activity's attendees, a group's members); below this a
// backwards scan finds a repeat faster than building a Set.
const SCAN_LIMIT = 16;

/** Each id in `refs` must be `known` and listed once; problems at `base`/`index`/`key`/`subkey`/position. */
function checkRefs(
  refs: readonly string[],
  known: ReadonlySet<string>,
  what: string,
  add: Add,
  base: readonly PathSegment[] | string,
  index: number,
  key: string,
  subkey?: string,
): void {
  const length = refs.length;
  if (length === 0) return;
  const seen = length > SCAN_LIMIT ? new Set<string>() : null;
  for (let j = 0; j < length; j++) {
    const ref = refs[j] as string;
    if (!known.has(ref)) add(at(typeof base === 'string' ? [base] : base, index, key, subkey, j), `no ${what} with id "${ref}"`);
    else if (seen ? seen.has(ref) : j > 0 && refs.lastIndexOf(ref, j - 1) >= 0) {
      add(at(typeof base === 'string' ? [base] : base, index, key, subkey, j), `${what} "${ref}" is listed twice`);
    }
    seen?.add(ref);
  }
}
