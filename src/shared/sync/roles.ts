/**
 * Who may change what in a shared program (docs/team-planning.md). The server enforces this on
 * every command a city partner sends; the app checks the same rule first, so a partner is told at
 * once instead of after a round trip. Planners change everything; viewers nothing.
 */
import { applyCommand } from '../commands/apply';
import type { Command, LeafCommand } from '../commands/types';
import { PLACE_ACTIVITY_TYPES, type Activity, type Program, type Venue } from '../program/schema';

export type Role = 'planner' | 'partner' | 'viewer';

/** A member of a shared program, as their invitation made them. */
export interface Member {
  id: string;
  name: string;
  role: Role;
  /** The city a partner arranges; null for planners and viewers. */
  cityId: string | null;
}

const PLACE_TYPES = new Set<string>(PLACE_ACTIVITY_TYPES);

/** Why `member` may not apply `command` to `program`, or null when they may. */
export function refusalOf(member: Member, command: Command, program: Program): string | null {
  if (member.role === 'planner') return null;
  if (member.role === 'viewer') return `${member.name} is a viewer of this program and can read it but not change it.`;
  const city = program.cities.find((c) => c.id === member.cityId)?.name ?? member.cityId ?? 'their city';
  let current = program;
  for (const leaf of leaves(command)) {
    const why = partnerRefusal(leaf, current, member.cityId, city);
    if (why) return `${member.name} arranges ${city}: ${why}`;
    try {
      current = applyCommand(current, leaf).program;
    } catch (error) {
      return error instanceof Error ? error.message : String(error);
    }
  }
  return null;
}

function leaves(command: Command): LeafCommand[] {
  return command.type === 'batch' ? command.commands.flatMap(leaves) : [command];
}

function partnerRefusal(command: LeafCommand, program: Program, cityId: string | null, city: string): string | null {
  const activity = (id: string) => program.activities.find((a) => a.id === id);
  const venue = (id: string) => program.venues.find((v) => v.id === id);
  const ownActivity = (a: Activity | undefined, what: string) => {
    if (!a) return null; // "not found" is applyCommand's to say
    if (!PLACE_TYPES.has(a.type)) return `only meetings, visits, meals and other activities at one place can be changed, not ${what}`;
    return 'cityId' in a && a.cityId === cityId ? null : `“${a.title}” is in another city`;
  };
  const ownVenue = (v: Venue | undefined) => {
    if (!v) return null;
    if (v.kind !== 'venue') return `${v.name} is a ${v.kind}, which the program officer books`;
    return v.cityId === cityId ? null : `${v.name} is in another city`;
  };
  switch (command.type) {
    case 'activity/create':
      return ownActivity(command.activity, 'a flight or a hotel stay');
    case 'activity/update':
      return ownActivity(activity(command.activity.id), 'a flight or a hotel stay') ?? ownActivity(command.activity, 'a flight or a hotel stay');
    case 'activity/move':
    case 'activity/set-times':
    case 'activity/unschedule':
    case 'activity/set-attendees':
    case 'activity/delete':
    // Arranging is what a city's partner does: moving an appointment from requested to confirmed.
    case 'activity/set-status':
    case 'activity/set-arrangement':
      return ownActivity(activity(command.id), 'a flight or a hotel stay');
    case 'entity/create':
    case 'entity/insert':
    case 'entity/update':
    case 'entity/delete': {
      const id = command.type === 'entity/delete' ? command.id : ((command.entity as { id?: unknown } | null)?.id as string | undefined);
      if (command.collection === 'activities') {
        const next = command.type === 'entity/delete' ? undefined : (command.entity as Activity);
        return ownActivity(id ? activity(id) : undefined, 'a flight or a hotel stay') ?? ownActivity(next, 'a flight or a hotel stay');
      }
      if (command.collection === 'venues') {
        const next = command.type === 'entity/delete' ? undefined : (command.entity as Venue);
        return ownVenue(id ? venue(id) : undefined) ?? ownVenue(next);
      }
      return `only activities and venues in ${city} can be changed, not ${command.collection}`;
    }
    default:
      return `only activities and venues in ${city} can be changed`;
  }
}
