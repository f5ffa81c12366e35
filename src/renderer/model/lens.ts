/**
 * Whose activities the calendar shows: everyone, one group, one participant, one staff member or
 * one city. Four groups side by side in a week column are unreadable; planners work one lens at a
 * time, which also keeps the calendar fast (docs/performance.md). Quick filters (activity types,
 * statuses) narrow any lens further.
 */
import { attendsThrough } from '../../shared/itinerary/index';
import type { Activity, ActivityStatus, Group, Program } from '../../shared/program/schema';
import { needsAction } from '../../shared/program/status';

/**
 * 'needs-action' is not a place or a person but the planner's to-do: every appointment not yet
 * confirmed and every booking to make again (shared/program/status.ts), with id 'all'.
 */
export type LensKind = 'group' | 'participant' | 'staff' | 'city' | 'needs-action';

/** The to-do lens. */
export const NEEDS_ACTION: Lens = { kind: 'needs-action', id: 'all' };

/** One lens; null (everyone, colored by group) is the absence of a lens. */
export interface Lens {
  kind: LensKind;
  id: string;
}

export type ActivityType = Activity['type'];

/** Hidden activity types and statuses; empty lists hide nothing. */
export interface QuickFilters {
  hiddenTypes: readonly ActivityType[];
  hiddenStatuses: readonly ActivityStatus[];
}

export const NO_FILTERS: QuickFilters = { hiddenTypes: [], hiddenStatuses: [] };

type Lookups = Pick<Program, 'groups' | 'participants' | 'staff' | 'cities' | 'venues'>;

/** Whether an activity concerns a group: everyone, the group itself, or one of its members. */
export function concernsGroup(activity: Activity, group: Group): boolean {
  const a = activity.attendees;
  return (
    a.everyone ||
    a.groupIds.includes(group.id) ||
    a.participantIds.some((id) => group.participantIds.includes(id)) ||
    a.staffIds.some((id) => group.staffIds.includes(id))
  );
}

/** Whether a lens still names something in the program (a restored lens may not). */
export function lensIsValid(lens: Lens | null, program: Lookups): boolean {
  if (!lens) return true;
  if (lens.kind === 'needs-action') return true;
  const list = { group: program.groups, participant: program.participants, staff: program.staff, city: program.cities }[lens.kind];
  return list.some((x) => x.id === lens.id);
}

export function sameLens(a: Lens | null, b: Lens | null): boolean {
  return a === b || (a !== null && b !== null && a.kind === b.kind && a.id === b.id);
}

/** The test of a lens, built once per lens and program lookups. */
export function lensTest(lens: Lens | null, program: Lookups): ((activity: Activity) => boolean) | null {
  if (!lens) return null;
  switch (lens.kind) {
    case 'group': {
      const group = program.groups.find((g) => g.id === lens.id);
      return group ? (activity) => concernsGroup(activity, group) : null;
    }
    case 'participant':
    case 'staff': {
      const groupIds = new Set(program.groups.filter((g) => (lens.kind === 'participant' ? g.participantIds : g.staffIds).includes(lens.id)).map((g) => g.id));
      return (activity) => attendsThrough(activity, lens.id, groupIds);
    }
    case 'needs-action':
      return needsAction;
    case 'city': {
      const cityOfVenue = new Map(program.venues.map((v) => [v.id, v.cityId]));
      return (activity) => {
        switch (activity.type) {
          case 'travel':
            return cityOfVenue.get(activity.originVenueId) === lens.id || cityOfVenue.get(activity.destinationVenueId) === lens.id;
          case 'hotel-stay':
            return cityOfVenue.get(activity.hotelVenueId) === lens.id;
          default:
            return activity.cityId === lens.id;
        }
      };
    }
  }
}

/** The activities of a lens and filters; the same array when nothing is filtered (keeps memoization intact). */
export function activitiesOfLens(activities: readonly Activity[], program: Lookups, lens: Lens | null, filters: QuickFilters = NO_FILTERS): readonly Activity[] {
  const test = lensTest(lens, program);
  const types = new Set(filters.hiddenTypes);
  const statuses = new Set(filters.hiddenStatuses);
  if (!test && !types.size && !statuses.size) return activities;
  return activities.filter((a) => !types.has(a.type) && !statuses.has(a.status) && (!test || test(a)));
}
