/**
 * Where a person is at an instant, derived from their own timeline:
 * 1. the destination city of their most recent travel leg that has arrived by then;
 * 2. before their first arrival: the city of the most recent hotel stay that has begun;
 * 3. otherwise unknown (no constraint).
 * Travel legs win over hotel stays because they are concrete movements, while a stay's check-in is
 * nominal (a room held from 15:00 for a group still in the air); this also catches a hotel booked
 * in a city nobody flies to. A leg's own origin is compared with legs only (rule 1), so a
 * participant who flies in late is not "in" the hotel that everyone else checked into.
 */
import type { Entry } from '../entry';
import { lastArrivalBy, lastStartBy, type Timeline } from '../timeline';

export interface Whereabouts {
  cityId: string;
  /** The leg that brought them, or the stay they checked into. */
  source: Entry;
}

/** Where the timeline's owner is at `ms`; `legsOnly` skips rule 2; `exclude` is never a source. */
export function whereabouts(tl: Timeline, ms: number, legsOnly: boolean, exclude?: Entry): Whereabouts | null {
  let i = lastArrivalBy(tl.arrivals, ms);
  while (i >= 0 && tl.arrivals[i] === exclude) i--;
  const leg = tl.arrivals[i];
  if (leg) return leg.endCityId ? { cityId: leg.endCityId, source: leg } : null;
  if (legsOnly) return null;
  const stay = tl.hotels[lastStartBy(tl.hotels, ms)];
  return stay?.startCityId ? { cityId: stay.startCityId, source: stay } : null;
}
