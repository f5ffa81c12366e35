/**
 * Overlapping pairs in a timeline, found per bucket day: every pair (a, b) where b starts on the
 * day and a comes before b in timeline order. Hotel stays pair only with hotel stays (sleeping in a
 * hotel while attending a meeting is the point of a hotel); everything else pairs with everything
 * else. Touching ends (10:00-11:00 then 11:00-12:00) do not overlap.
 */
import type { Entry } from '../entry';
import { DAY_MS } from '../format';
import { firstStartingAt, type Timeline } from '../timeline';

/** Calls `visit(a, b)` for each overlapping pair whose later member starts on UTC day `day`. */
export function overlapsOnDay(tl: Timeline, day: number, visit: (a: Entry, b: Entry) => void): void {
  scan(tl.items, day, tl.maxItemMs, visit);
  if (tl.hotels.length > 1) scan(tl.hotels, day, Number.POSITIVE_INFINITY, visit);
}

function scan(list: readonly Entry[], day: number, maxLength: number, visit: (a: Entry, b: Entry) => void): void {
  const dayEnd = (day + 1) * DAY_MS;
  for (let i = firstStartingAt(list, day * DAY_MS); i < list.length; i++) {
    const b = list[i] as Entry;
    if (b.startMs >= dayEnd) break;
    const earliest = b.startMs - maxLength;
    for (let j = i - 1; j >= 0; j--) {
      const a = list[j] as Entry;
      if (a.startMs < earliest) break;
      if (a.endMs > b.startMs && b.endMs > a.startMs) visit(a, b);
    }
  }
}
