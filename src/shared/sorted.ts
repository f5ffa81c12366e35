/**
 * Binary search over sorted arrays, written once: the conflict engine's timelines, the calendar's
 * event index and the problems view all keep lists sorted and look positions up in them.
 */

/**
 * The first index at which `before` is false, in a list where every item `before` accepts comes
 * first (a list sorted by a key, with `before` = "key < x" or "key <= x"). O(log n) calls.
 */
export function partitionPoint<T>(list: readonly T[], before: (item: T) => boolean): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (before(list[mid] as T)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
