/**
 * What deleting a person or a group takes with it, said before it happens. `entity/delete` in
 * shared/commands/apply.ts removes a participant or staff member from every group's member list
 * and every activity's attendee list, and a group from every activity's attendee list; the
 * activities themselves stay. The confirmation names those so nobody is surprised, and undo
 * restores all of it (the inverse is one batch).
 */
import type { Command } from '../../../shared/commands/types';
import type { Activity, Group, Program } from '../../../shared/program/schema';
import { displayName, type PersonKind } from './people-rows';

export type DeleteTarget = { collection: PersonKind; id: string } | { collection: 'groups'; id: string };

export interface DeleteImpact {
  /** "Daniela Quesada Jiménez", "group Maritime Security". */
  name: string;
  groups: readonly Group[];
  activities: readonly Activity[];
  /** One sentence for the confirmation. */
  message: string;
  command: Command;
}

function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

function listNames(names: readonly string[], max = 3): string {
  if (names.length <= max) return names.join(', ');
  return `${names.slice(0, max).join(', ')} and ${names.length - max} more`;
}

/** The groups and activities a delete touches, and the labelled command; null when the target is gone. */
export function deleteImpact(program: Pick<Program, 'participants' | 'staff' | 'groups' | 'activities'>, target: DeleteTarget): DeleteImpact | null {
  if (target.collection === 'groups') {
    const group = program.groups.find((g) => g.id === target.id);
    if (!group) return null;
    const activities = program.activities.filter((a) => a.attendees.groupIds.includes(group.id));
    const members = group.participantIds.length + group.staffIds.length;
    const parts = [
      members ? `Its ${plural(members, 'member stays', 'members stay')} in the program.` : '',
      activities.length ? `It is removed from the attendees of ${plural(activities.length, 'activity', 'activities')} (${listNames(activities.map((a) => a.title))}).` : '',
    ].filter(Boolean);
    return {
      name: `group ${group.name}`,
      groups: [],
      activities,
      message: parts.join(' ') || 'No activity names this group.',
      command: { type: 'batch', label: `Delete group ${group.name}`, commands: [{ type: 'entity/delete', collection: 'groups', id: group.id }] },
    };
  }
  const people = program[target.collection] as readonly { id: string; givenName: string; familyName: string }[];
  const person = people.find((p) => p.id === target.id);
  if (!person) return null;
  const key = target.collection === 'participants' ? 'participantIds' : 'staffIds';
  const groups = program.groups.filter((g) => g[key].includes(person.id));
  const activities = program.activities.filter((a) => a.attendees[key].includes(person.id));
  const name = displayName(person);
  const parts = [
    groups.length ? `removed from ${plural(groups.length, 'group', 'groups')} (${listNames(groups.map((g) => g.name))})` : '',
    activities.length ? `${groups.length ? '' : 'removed '}from the attendees of ${plural(activities.length, 'activity', 'activities')} named for them (${listNames(activities.map((a) => a.title))})` : '',
  ].filter(Boolean);
  const noun = target.collection === 'participants' ? 'participant' : 'staff member';
  return {
    name,
    groups,
    activities,
    message: parts.length ? `They are also ${parts.join(' and ')}.` : 'They are in no group and no activity names them.',
    command: { type: 'batch', label: `Delete ${noun} ${name}`, commands: [{ type: 'entity/delete', collection: target.collection, id: person.id }] },
  };
}
