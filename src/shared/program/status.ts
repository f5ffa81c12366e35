/**
 * What an activity's arranging status means for the rest of the app: what still takes people's time,
 * what is arranged with a host, and what needs the planner's action.
 */
import type { Activity, ActivityStatus } from './schema';

/**
 * The activity types arranged with a host: requested, confirmed or declined by someone outside the
 * program. Plenaries, briefings and free time are the program's own; travel and hotels are booked.
 */
export const ARRANGED_TYPES: ReadonlySet<Activity['type']> = new Set(['meeting', 'site-visit', 'meal', 'home-hospitality']);

/**
 * Declined by the host or cancelled: it no longer takes anyone's time. Ideas and requests do: an
 * idea is a place held on the calendar, a request asks the host for exactly that time, and either
 * clashing with something else is worth knowing before the host says yes.
 */
export function isCalledOff(status: ActivityStatus): boolean {
  return status === 'declined' || status === 'cancelled';
}

/**
 * Whether the planner still has something to do: an appointment not yet confirmed (an idea, a
 * request, tentative, or declined and so to be replaced or cancelled), or a booking to make again.
 */
export function needsAction(activity: Activity): boolean {
  if ((activity.type === 'travel' || activity.type === 'hotel-stay') && activity.rebook && activity.status !== 'cancelled') return true;
  return activity.status !== 'confirmed' && activity.status !== 'cancelled';
}
