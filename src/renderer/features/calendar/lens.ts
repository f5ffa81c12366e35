/**
 * One group's view of the program: its own activities and everyone's. Four groups side by side in
 * a week column are unreadable; planners work one group at a time (PERFORMANCE.md: default views
 * show one lens).
 */
import type { Activity, Group } from '../../../shared/program/schema';

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

/** The activities of a lens; the same array when there is no lens (keeps memoization intact). */
export function activitiesOfLens(activities: readonly Activity[], groups: readonly Group[], groupId: string | null): readonly Activity[] {
  const group = groupId ? groups.find((g) => g.id === groupId) : undefined;
  return group ? activities.filter((activity) => concernsGroup(activity, group)) : activities;
}
