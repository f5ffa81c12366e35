/**
 * Group membership changes from the People workspace, each as ONE undoable batch whose label says
 * what happened ("Add 3 participants to Border Security"). A person may belong to several groups
 * (the schema keeps member lists on groups and does not forbid overlap), so adding never removes a
 * person from another group.
 */
import type { Command } from '../../../shared/commands/types';
import type { Group, Program } from '../../../shared/program/schema';
import { displayName, type PersonKind } from './people-rows';

type Roster = Pick<Program, 'participants' | 'staff' | 'groups'>;

export function memberKey(kind: PersonKind): 'participantIds' | 'staffIds' {
  return kind === 'participants' ? 'participantIds' : 'staffIds';
}

function setMembers(group: Group, kind: PersonKind, ids: string[]): Command {
  return {
    type: 'group/set-members',
    groupId: group.id,
    participantIds: kind === 'participants' ? ids : group.participantIds,
    staffIds: kind === 'staff' ? ids : group.staffIds,
  };
}

/** "Daniela Quesada Jiménez" for one person, "3 participants" / "2 staff members" for several. */
export function peopleWords(program: Roster, kind: PersonKind, ids: readonly string[]): string {
  if (ids.length === 1) {
    const person = (program[kind] as readonly { id: string; givenName: string; familyName: string }[]).find((p) => p.id === ids[0]);
    if (person) return displayName(person);
  }
  const noun = kind === 'participants' ? 'participant' : 'staff member';
  return `${ids.length} ${noun}${ids.length === 1 ? '' : 's'}`;
}

/** The command, how many people it moves and what to tell the planner once it is sent ("Added 3 participants to …"). */
export type MembershipChange = { command: Command; count: number; done: string } | { command: null; reason: string };

/**
 * Adds people to a group, or removes them: one `group/set-members` in a labelled batch. People
 * already in (or already out of) the group are left alone and not counted; unknown ids are ignored.
 */
export function membershipChange(program: Roster, kind: PersonKind, groupId: string, ids: readonly string[], action: 'add' | 'remove'): MembershipChange {
  const group = program.groups.find((g) => g.id === groupId);
  if (!group) return { command: null, reason: 'That group no longer exists' };
  const known = new Set((program[kind] as readonly { id: string }[]).map((p) => p.id));
  const current = group[memberKey(kind)];
  const members = new Set(current);
  if (action === 'add') {
    const added = [...new Set(ids)].filter((id) => known.has(id) && !members.has(id));
    if (added.length === 0) return { command: null, reason: `Already in ${group.name}` };
    const who = peopleWords(program, kind, added);
    return {
      count: added.length,
      done: `Added ${who} to ${group.name}.`,
      command: { type: 'batch', label: `Add ${who} to ${group.name}`, commands: [setMembers(group, kind, [...current, ...added])] },
    };
  }
  const removing = new Set(ids.filter((id) => members.has(id)));
  if (removing.size === 0) return { command: null, reason: `None of them is in ${group.name}` };
  const who = peopleWords(program, kind, [...removing]);
  return {
    count: removing.size,
    done: `Removed ${who} from ${group.name}.`,
    command: {
      type: 'batch',
      label: `Remove ${who} from ${group.name}`,
      commands: [setMembers(group, kind, current.filter((id) => !removing.has(id)))],
    },
  };
}

/**
 * Puts one person in exactly the chosen groups (the Groups cell's checklist): one batch with a
 * `group/set-members` per group that changes, or null when nothing does. Order of the others is kept.
 */
export function setGroupsCommand(program: Roster, kind: PersonKind, personId: string, groupIds: readonly string[]): Command | null {
  const chosen = new Set(groupIds);
  const key = memberKey(kind);
  const commands: Command[] = [];
  for (const group of program.groups) {
    const isIn = group[key].includes(personId);
    if (isIn === chosen.has(group.id)) continue;
    commands.push(setMembers(group, kind, isIn ? group[key].filter((id) => id !== personId) : [...group[key], personId]));
  }
  if (commands.length === 0) return null;
  return { type: 'batch', label: `Change groups of ${peopleWords(program, kind, [personId])}`, commands };
}
