/**
 * Whole-program consistency that a per-object schema cannot see: references between collections,
 * time zones that must match the place, and time ranges that must run forwards.
 */
import { epochMs, zoneOf } from '../time';
import type { Activity, Program } from './schema';

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
    cities: uniqueIds(program.cities, ['cities'], add),
    venues: uniqueIds(program.venues, ['venues'], add),
    participants: uniqueIds(program.participants, ['participants'], add),
    staff: uniqueIds(program.staff, ['staff'], add),
    groups: uniqueIds(program.groups, ['groups'], add),
    activities: uniqueIds(program.activities, ['activities'], add),
    phases: uniqueIds(program.phases, ['phases'], add),
  };

  if (program.endDate < program.startDate) add(['endDate'], 'the program ends before it starts');
  const dismissed = new Set<string>();
  program.dismissals.forEach((dismissal, i) => {
    if (dismissed.has(dismissal.problemId)) add(['dismissals', i, 'problemId'], 'this problem is dismissed twice');
    dismissed.add(dismissal.problemId);
  });

  program.phases.forEach((phase, i) => {
    if (phase.endDate < phase.startDate) add(['phases', i, 'endDate'], 'the phase ends before it starts');
    phase.cityIds.forEach((cityId, j) => {
      if (!ids.cities.has(cityId)) add(['phases', i, 'cityIds', j], `no city with id "${cityId}"`);
    });
  });

  program.venues.forEach((venue, i) => {
    if (!ids.cities.has(venue.cityId)) add(['venues', i, 'cityId'], `no city with id "${venue.cityId}"`);
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
    checkRefs(group.participantIds, ids.participants, ['groups', i, 'participantIds'], 'participant', add);
    checkRefs(group.staffIds, ids.staff, ['groups', i, 'staffIds'], 'staff member', add);
  });

  const context = activityContext(program);
  program.activities.forEach((activity, i) => activityIssues(activity, context, ['activities', i], add));

  return issues;
}

/** What checking one activity needs to know about the rest of the program. */
export interface ActivityContext {
  groups: ReadonlySet<string>;
  participants: ReadonlySet<string>;
  staff: ReadonlySet<string>;
  cityZone: ReadonlyMap<string, string>;
  venueById: ReadonlyMap<string, Program['venues'][number]>;
}

/** Builds the context for checking activities; O(people + places), independent of activity count. */
export function activityContext(program: Program): ActivityContext {
  return {
    groups: new Set(program.groups.map((g) => g.id)),
    participants: new Set(program.participants.map((p) => p.id)),
    staff: new Set(program.staff.map((s) => s.id)),
    cityZone: new Map(program.cities.map((c) => [c.id, c.timeZone])),
    venueById: new Map(program.venues.map((v) => [v.id, v])),
  };
}

/** Problems of one activity against the rest of the program (references, zones, time order). */
export function activityIssues(
  activity: Activity,
  context: ActivityContext,
  base: PathSegment[],
  add: (path: PathSegment[], message: string) => void,
): void {
  const a = activity.attendees;
  checkRefs(a.groupIds, context.groups, [...base, 'attendees', 'groupIds'], 'group', add);
  checkRefs(a.participantIds, context.participants, [...base, 'attendees', 'participantIds'], 'participant', add);
  checkRefs(a.staffIds, context.staff, [...base, 'attendees', 'staffIds'], 'staff member', add);

  const zones = expectedZones(activity, context.cityZone, context.venueById, base, add);
  const timing = activity.timing;
  if (timing.kind !== 'scheduled') return;
  if (zones) {
    if (zoneOf(timing.start) !== zones.start) {
      add([...base, 'timing', 'start'], `start must be in ${zones.start}, the time zone of its place`);
    }
    if (zoneOf(timing.end) !== zones.end) {
      add([...base, 'timing', 'end'], `end must be in ${zones.end}, the time zone of its place`);
    }
  }
  if (epochMs(timing.end) <= epochMs(timing.start)) add([...base, 'timing', 'end'], 'the activity ends before it starts');
}

/** The zones an activity's start and end must be written in, from its place; null if unknown. */
function expectedZones(
  activity: Activity,
  cityZone: ReadonlyMap<string, string>,
  venueById: ReadonlyMap<string, Program['venues'][number]>,
  base: PathSegment[],
  add: (path: PathSegment[], message: string) => void,
): { start: string; end: string } | null {
  const venueZone = (venueId: string, field: string, kind?: string): string | undefined => {
    const venue = venueById.get(venueId);
    if (!venue) {
      add([...base, field], `no venue with id "${venueId}"`);
      return undefined;
    }
    if (kind && venue.kind !== kind) add([...base, field], `venue "${venueId}" is a ${venue.kind}, not a ${kind}`);
    return cityZone.get(venue.cityId);
  };
  switch (activity.type) {
    case 'travel': {
      const start = venueZone(activity.originVenueId, 'originVenueId');
      const end = venueZone(activity.destinationVenueId, 'destinationVenueId');
      return start && end ? { start, end } : null;
    }
    case 'hotel-stay': {
      const zone = venueZone(activity.hotelVenueId, 'hotelVenueId', 'hotel');
      return zone ? { start: zone, end: zone } : null;
    }
    default: {
      const zone = cityZone.get(activity.cityId);
      if (!zone) add([...base, 'cityId'], `no city with id "${activity.cityId}"`);
      if (activity.venueId !== null) {
        const venue = venueById.get(activity.venueId);
        if (!venue) add([...base, 'venueId'], `no venue with id "${activity.venueId}"`);
        else if (venue.cityId !== activity.cityId) {
          add([...base, 'venueId'], `venue "${activity.venueId}" is in city "${venue.cityId}", not "${activity.cityId}"`);
        }
      }
      return zone ? { start: zone, end: zone } : null;
    }
  }
}

function uniqueIds(
  items: readonly { id: string }[],
  path: PathSegment[],
  add: (path: PathSegment[], message: string) => void,
): Set<string> {
  const seen = new Set<string>();
  items.forEach((item, i) => {
    if (seen.has(item.id)) add([...path, i, 'id'], `duplicate id "${item.id}"`);
    seen.add(item.id);
  });
  return seen;
}

function checkRefs(
  refs: readonly string[],
  known: ReadonlySet<string>,
  path: PathSegment[],
  what: string,
  add: (path: PathSegment[], message: string) => void,
): void {
  const seen = new Set<string>();
  refs.forEach((ref, j) => {
    if (!known.has(ref)) add([...path, j], `no ${what} with id "${ref}"`);
    else if (seen.has(ref)) add([...path, j], `${what} "${ref}" is listed twice`);
    seen.add(ref);
  });
}
