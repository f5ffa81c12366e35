/**
 * The one way a program changes. `applyCommand` is pure: it returns a new program (sharing every
 * untouched object with the old one) and the command that exactly undoes it. A command that cannot
 * apply throws CommandError and leaves nothing changed.
 */
import {
  entitySchemas,
  type Activity,
  type CollectionName,
  type EntityOf,
  type Program,
} from '../program/schema';
import { activityContext, activityIssues, type ProgramIssue } from '../program/validate';
import { formatPath } from '../program/load';
import { idKey } from '../program/ids';
import { epochMs, formatZoned, Temporal, zoneOf } from '../time';
import { assertNever } from '../assert';
import { applyMerge } from './merge';
import { CommandError, type Applied, type Command, type LeafCommand, type ProgramInfoPatch } from './types';

export type { Applied } from './types';

/** Applies one command (or a batch, atomically) and returns the new program and its inverse. */
export function applyCommand(program: Program, command: Command): Applied {
  if (command.type === 'batch') {
    let current = program;
    const inverses: Command[] = [];
    for (const sub of command.commands) {
      const applied = applyCommand(current, sub);
      current = applied.program;
      inverses.push(applied.inverse);
    }
    return { program: current, inverse: { type: 'batch', label: command.label, commands: inverses.toReversed() } };
  }
  return applyLeaf(program, command);
}

function applyLeaf(program: Program, command: LeafCommand): Applied {
  switch (command.type) {
    // Entities pass through their schema so keys are in schema order: saved bytes then depend only
    // on content, and undoing an edit restores the file byte for byte.
    case 'activity/create':
      return createEntity(program, 'activities', parseEntity('activities', command.activity), program.activities.length);
    case 'activity/update':
      return updateEntity(program, 'activities', parseEntity('activities', command.activity));
    case 'activity/move': {
      const activity = getActivity(program, command.id);
      if (activity.timing.kind !== 'scheduled') {
        throw new CommandError('INVALID', `"${activity.title}" has no time yet; schedule it with a start and an end`);
      }
      const duration = epochMs(activity.timing.end) - epochMs(activity.timing.start);
      const endZone = zoneOf(activity.timing.end);
      const end = formatZoned(Temporal.Instant.fromEpochMilliseconds(epochMs(command.start) + duration).toZonedDateTimeISO(endZone));
      return updateEntity(program, 'activities', { ...activity, timing: { kind: 'scheduled', start: command.start, end } });
    }
    case 'activity/set-times': {
      const activity = getActivity(program, command.id);
      return updateEntity(program, 'activities', { ...activity, timing: { kind: 'scheduled', start: command.start, end: command.end } });
    }
    case 'activity/unschedule': {
      const activity = getActivity(program, command.id);
      if (activity.timing.kind === 'unscheduled') return { program, inverse: { type: 'activity/update', activity } };
      const minutes = Math.max(1, Math.round((epochMs(activity.timing.end) - epochMs(activity.timing.start)) / 60_000));
      return updateEntity(program, 'activities', { ...activity, timing: { kind: 'unscheduled', durationMinutes: minutes } });
    }
    case 'activity/set-attendees': {
      const activity = getActivity(program, command.id);
      return updateEntity(program, 'activities', { ...activity, attendees: command.attendees });
    }
    case 'activity/set-status': {
      const activity = getActivity(program, command.id);
      const applied = updateEntity(program, 'activities', { ...activity, status: command.status });
      return { program: applied.program, inverse: { type: 'activity/set-status', id: activity.id, status: activity.status } };
    }
    case 'activity/set-arrangement': {
      const activity = getActivity(program, command.id);
      if (activity.type === 'travel' || activity.type === 'hotel-stay') {
        throw new CommandError('INVALID', `"${activity.title}" is ${activity.type === 'travel' ? 'a journey' : 'a hotel stay'}: it is booked, not arranged with a host`);
      }
      const applied = updateEntity(program, 'activities', { ...activity, arrangement: command.arrangement });
      return { program: applied.program, inverse: { type: 'activity/set-arrangement', id: activity.id, arrangement: activity.arrangement } };
    }
    case 'activity/delete':
      return deleteEntity(program, 'activities', command.id);
    case 'entity/create': {
      const entity = parseEntity(command.collection, command.entity);
      return createEntity(program, command.collection, entity, program[command.collection].length);
    }
    case 'entity/insert': {
      const entity = parseEntity(command.collection, command.entity);
      return createEntity(program, command.collection, entity, command.index);
    }
    case 'entity/update':
      return updateEntity(program, command.collection, parseEntity(command.collection, command.entity));
    case 'entity/delete':
      return deleteEntity(program, command.collection, command.id);
    case 'group/set-members': {
      const group = program.groups[indexOf(program, 'groups', command.groupId)] as EntityOf<'groups'>;
      return updateEntity(program, 'groups', { ...group, participantIds: command.participantIds, staffIds: command.staffIds });
    }
    case 'program/update-info':
      return updateInfo(program, command.patch);
    case 'problem/dismiss': {
      const { dismissal } = command;
      if (program.dismissals.some((d) => d.problemId === dismissal.problemId)) {
        throw new CommandError('DUPLICATE_ID', 'this problem is already dismissed');
      }
      const index = Math.min(command.index ?? program.dismissals.length, program.dismissals.length);
      const dismissals = [...program.dismissals.slice(0, index), dismissal, ...program.dismissals.slice(index)];
      return { program: { ...program, dismissals }, inverse: { type: 'problem/undismiss', problemId: dismissal.problemId } };
    }
    case 'problem/undismiss': {
      const index = program.dismissals.findIndex((d) => d.problemId === command.problemId);
      if (index < 0) throw new CommandError('NOT_FOUND', 'this problem is not dismissed');
      const dismissal = program.dismissals[index] as Program['dismissals'][number];
      return {
        program: { ...program, dismissals: program.dismissals.filter((_, i) => i !== index) },
        inverse: { type: 'problem/dismiss', dismissal, index },
      };
    }
    case 'program/issue': {
      const last = program.issues.at(-1)?.version ?? 0;
      if (command.issued.version <= last) throw new CommandError('INVALID', `version ${command.issued.version} does not follow the last issued version ${last}`);
      return { program: { ...program, issues: [...program.issues, command.issued] }, inverse: { type: 'program/unissue', version: command.issued.version } };
    }
    case 'program/unissue': {
      const issued = program.issues.at(-1);
      if (!issued || issued.version !== command.version) throw new CommandError('INVALID', `version ${command.version} is not the last issued version`);
      return { program: { ...program, issues: program.issues.slice(0, -1) }, inverse: { type: 'program/issue', issued } };
    }
    case 'program/merge':
      return applyMerge(program, command);
    case 'program/set-shared':
      return { program: { ...program, shared: command.shared }, inverse: { type: 'program/set-shared', shared: program.shared } };
    default:
      return assertNever(command);
  }
}

function getActivity(program: Program, id: string): Activity {
  return program.activities[indexOf(program, 'activities', id)] as Activity;
}

function indexOf(program: Program, collection: CollectionName, id: string): number {
  const list = program[collection] as readonly { id: string }[];
  const index = list.findIndex((item) => item.id === id);
  if (index < 0) throw new CommandError('NOT_FOUND', `no ${singular(collection)} with id "${id}"`);
  return index;
}

function singular(collection: CollectionName): string {
  const names: Record<CollectionName, string> = {
    cities: 'city',
    venues: 'venue',
    hosts: 'host',
    participants: 'participant',
    staff: 'staff member',
    groups: 'group',
    activities: 'activity',
    phases: 'phase',
  };
  return names[collection];
}

function parseEntity<C extends CollectionName>(collection: C, value: unknown): EntityOf<C> {
  const parsed = entitySchemas[collection].safeParse(value);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    const where = first ? formatPath(first.path.map((p) => (typeof p === 'symbol' ? String(p) : p))) : '';
    throw new CommandError('INVALID', `invalid ${singular(collection)}: ${where}: ${first?.message ?? 'unknown problem'}`);
  }
  return parsed.data as EntityOf<C>;
}

function withCollection<C extends CollectionName>(program: Program, collection: C, items: EntityOf<C>[]): Program {
  return { ...program, [collection]: items };
}

/** Checks an entity's references against the program it is about to join. */
function checkEntity<C extends CollectionName>(program: Program, collection: C, entity: EntityOf<C>): void {
  const issues: ProgramIssue[] = [];
  const add = (path: (string | number)[], message: string) => issues.push({ path, message });
  switch (collection) {
    case 'activities':
      activityIssues(entity as Activity, activityContext(program), [], add);
      break;
    case 'venues': {
      const venue = entity as EntityOf<'venues'>;
      if (!program.cities.some((c) => c.id === venue.cityId)) add(['cityId'], `no city with id "${venue.cityId}"`);
      break;
    }
    case 'groups': {
      const group = entity as EntityOf<'groups'>;
      const participants = new Set(program.participants.map((p) => p.id));
      const staff = new Set(program.staff.map((s) => s.id));
      group.participantIds.forEach((id, i) => participants.has(id) || add(['participantIds', i], `no participant with id "${id}"`));
      group.staffIds.forEach((id, i) => staff.has(id) || add(['staffIds', i], `no staff member with id "${id}"`));
      if (new Set(group.participantIds).size !== group.participantIds.length) add(['participantIds'], 'a participant is listed twice');
      if (new Set(group.staffIds).size !== group.staffIds.length) add(['staffIds'], 'a staff member is listed twice');
      break;
    }
    case 'phases': {
      const phase = entity as EntityOf<'phases'>;
      if (phase.endDate < phase.startDate) add(['endDate'], 'the phase ends before it starts');
      phase.cityIds.forEach((id, i) => program.cities.some((c) => c.id === id) || add(['cityIds', i], `no city with id "${id}"`));
      break;
    }
    case 'participants':
    case 'staff': {
      const person = entity as EntityOf<'participants'> | EntityOf<'staff'>;
      if (person.arrival && person.departure && person.departure < person.arrival) add(['departure'], 'departure is before arrival');
      break;
    }
    case 'hosts': {
      const host = entity as EntityOf<'hosts'>;
      if (host.cityId !== null && !program.cities.some((c) => c.id === host.cityId)) add(['cityId'], `no city with id "${host.cityId}"`);
      break;
    }
    case 'cities':
      break;
    default:
      assertNever(collection);
  }
  if (issues.length) {
    const first = issues[0] as ProgramIssue;
    const where = first.path.length ? `${formatPath(first.path)}: ` : '';
    throw new CommandError('INVALID', `invalid ${singular(collection)}: ${where}${first.message}`);
  }
}

function createEntity<C extends CollectionName>(program: Program, collection: C, entity: EntityOf<C>, index: number): Applied {
  const list = program[collection] as EntityOf<C>[];
  const key = idKey(entity.id);
  const existing = list.find((item) => idKey(item.id) === key);
  if (existing) {
    const same = existing.id === entity.id ? '' : ` ("${existing.id}": ids differing only by letter case name one file on Windows and macOS)`;
    throw new CommandError('DUPLICATE_ID', `a ${singular(collection)} with id "${entity.id}" already exists${same}`);
  }
  if (index > list.length) throw new CommandError('INVALID', `position ${index} is past the end of ${collection}`);
  checkEntity(program, collection, entity);
  const items = [...list.slice(0, index), entity, ...list.slice(index)];
  return {
    program: withCollection(program, collection, items),
    inverse: { type: 'entity/delete', collection, id: entity.id },
  };
}

function updateEntity<C extends CollectionName>(program: Program, collection: C, entity: EntityOf<C>): Applied {
  const index = indexOf(program, collection, entity.id);
  const list = program[collection] as EntityOf<C>[];
  const old = list[index] as EntityOf<C>;
  checkEntity(program, collection, entity);
  checkPlaceChange(program, collection, old, entity);
  const items = list.slice();
  items[index] = entity;
  return {
    program: withCollection(program, collection, items),
    inverse: { type: 'entity/update', collection, entity: old },
  };
}

/** A city's zone or a venue's city cannot change under activities whose times are written in it. */
function checkPlaceChange<C extends CollectionName>(program: Program, collection: C, old: EntityOf<C>, next: EntityOf<C>): void {
  if (collection === 'cities' && (old as EntityOf<'cities'>).timeZone !== (next as EntityOf<'cities'>).timeZone) {
    // Flights and hotel stays name venues, not cities: their times are written in the zone too.
    const venuesHere = new Set(program.venues.filter((v) => v.cityId === old.id).map((v) => v.id));
    const count = program.activities.filter((a) => {
      const ids = placeIds(a);
      return ids.cities.includes(old.id) || ids.venues.some((v) => venuesHere.has(v));
    }).length;
    if (count) throw new CommandError('IN_USE', `${count} activities are planned in this city in ${(old as EntityOf<'cities'>).timeZone}; move them before changing its time zone`);
  }
  if (collection === 'venues' && (old as EntityOf<'venues'>).cityId !== (next as EntityOf<'venues'>).cityId) {
    const count = program.activities.filter((a) => placeIds(a).venues.includes(old.id)).length;
    if (count) throw new CommandError('IN_USE', `${count} activities use this venue; it cannot move to another city`);
  }
}

function placeIds(activity: Activity): { cities: string[]; venues: string[] } {
  switch (activity.type) {
    case 'travel':
      return { cities: [], venues: [activity.originVenueId, activity.destinationVenueId] };
    case 'hotel-stay':
      return { cities: [], venues: [activity.hotelVenueId] };
    default:
      return { cities: [activity.cityId], venues: activity.venueId ? [activity.venueId] : [] };
  }
}

function deleteEntity(program: Program, collection: CollectionName, id: string): Applied {
  const index = indexOf(program, collection, id);
  const old = program[collection][index] as EntityOf<typeof collection>;
  refuseIfPlaceInUse(program, collection, id);

  // Remove references first, remembering each object as it was so the inverse restores it.
  const restores: Command[] = [];
  let next: Program = program;
  if (collection === 'participants' || collection === 'staff') {
    const key = collection === 'participants' ? 'participantIds' : 'staffIds';
    next = {
      ...next,
      groups: next.groups.map((group) => {
        if (!group[key].includes(id)) return group;
        restores.push({ type: 'entity/update', collection: 'groups', entity: group });
        return { ...group, [key]: group[key].filter((member) => member !== id) };
      }),
    };
  }
  if (collection === 'participants' || collection === 'staff' || collection === 'groups') {
    const key = collection === 'participants' ? 'participantIds' : collection === 'staff' ? 'staffIds' : 'groupIds';
    next = {
      ...next,
      activities: next.activities.map((activity) => {
        const attends = activity.attendees[key].includes(id);
        // A host's confirmation of a guest's diet names the guest too.
        const confirmed = collection === 'participants' && 'arrangement' in activity && activity.arrangement?.dietConfirmedIds.includes(id);
        if (!attends && !confirmed) return activity;
        restores.push({ type: 'entity/update', collection: 'activities', entity: activity });
        let changed = activity;
        if (attends) changed = { ...changed, attendees: { ...changed.attendees, [key]: changed.attendees[key].filter((x) => x !== id) } } as Activity;
        if (confirmed && 'arrangement' in changed && changed.arrangement) {
          changed = { ...changed, arrangement: { ...changed.arrangement, dietConfirmedIds: changed.arrangement.dietConfirmedIds.filter((x) => x !== id) } };
        }
        return changed;
      }),
    };
  }
  const items = (next[collection] as { id: string }[]).filter((_, i) => i !== index);
  next = { ...next, [collection]: items };
  const insert: Command = { type: 'entity/insert', collection, entity: old, index };
  return {
    program: next,
    inverse: restores.length ? { type: 'batch', label: `Restore ${singular(collection)}`, commands: [insert, ...restores] } : insert,
  };
}

function refuseIfPlaceInUse(program: Program, collection: CollectionName, id: string): void {
  if (collection === 'cities') {
    const used =
      program.venues.some((v) => v.cityId === id) ||
      program.hosts.some((h) => h.cityId === id) ||
      program.phases.some((p) => p.cityIds.includes(id)) ||
      program.activities.some((a) => placeIds(a).cities.includes(id));
    if (used) throw new CommandError('IN_USE', `city "${id}" still has venues, phases or activities`);
  }
  if (collection === 'venues') {
    const count = program.activities.filter((a) => placeIds(a).venues.includes(id)).length;
    if (count) throw new CommandError('IN_USE', `venue "${id}" is used by ${count} activities`);
  }
  if (collection === 'hosts') {
    const count = program.activities.filter((a) => 'hostId' in a && a.hostId === id).length;
    if (count) throw new CommandError('IN_USE', `host "${id}" is the host of ${count} activities`);
  }
}

function updateInfo(program: Program, patch: ProgramInfoPatch): Applied {
  const previous: ProgramInfoPatch = {};
  const next: Program = { ...program };
  for (const key of Object.keys(patch) as (keyof ProgramInfoPatch)[]) {
    if (patch[key] === undefined) continue;
    (previous as Record<string, unknown>)[key] = program[key];
    (next as Record<string, unknown>)[key] = patch[key];
  }
  if (next.endDate < next.startDate) throw new CommandError('INVALID', 'the program would end before it starts');
  const guests = next.settings.homeHospitalityGuests;
  if (guests.max < guests.min) throw new CommandError('INVALID', `at most ${guests.max} guests per host family is fewer than the least, ${guests.min}`);
  for (const phase of next.phases) checkEntity(next, 'phases', phase);
  return { program: next, inverse: { type: 'program/update-info', patch: previous } };
}
