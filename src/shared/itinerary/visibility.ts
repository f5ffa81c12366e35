/**
 * What a traveler may see of an activity's status. A traveler's documents show confirmed activities
 * as they are and tentative ones marked; ideas, requests and what a host declined never reach them.
 * A flight or hotel night that must be booked again is not a booking yet, so it reads as tentative.
 * An activity a traveler already received in an issued itinerary and that is no longer on (cancelled,
 * declined, or back to requested) stays in their documents as cancelled, so they learn it is off
 * (project.ts decides that from the issued versions).
 */
import type { Activity, TravelerStatus } from '../program/schema';

/** The status a traveler reads, or null when the activity is not on for travelers. */
export function travelerStatus(activity: Activity): Exclude<TravelerStatus, 'cancelled'> | null {
  switch (activity.status) {
    case 'confirmed':
      return activity.type !== 'travel' && activity.type !== 'hotel-stay' ? 'confirmed' : activity.rebook ? 'tentative' : 'confirmed';
    case 'tentative':
      return 'tentative';
    default:
      return null;
  }
}

/** Whether a traveler who never received the activity should see it. */
export function visibleToTravelers(activity: Activity): boolean {
  return travelerStatus(activity) !== null;
}
