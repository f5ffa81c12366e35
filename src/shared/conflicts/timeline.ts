/**
 * A person's or group's activities as sorted arrays, kept sorted by binary-search insert/remove so
 * one edit costs O(log n + n) moves instead of a re-sort. Hotel stays live apart from everything
 * else: they only conflict with each other, and their multi-day length would otherwise widen every
 * backwards scan for overlaps.
 */
import { compareEntries, type Entry } from './entry';
import { partitionPoint } from '../sorted';

export interface Timeline {
  /** Places and travel legs, by start. */
  readonly items: Entry[];
  /** Hotel stays, by check-in. */
  readonly hotels: Entry[];
  /** Travel legs by arrival instant: where a person ends up. */
  readonly arrivals: Entry[];
  /** An upper bound on the length of any item (ms); only ever grows, which keeps scans correct. */
  maxItemMs: number;
}

export function emptyTimeline(): Timeline {
  return { items: [], hotels: [], arrivals: [], maxItemMs: 0 };
}

/** A timeline holding exactly these entries. */
export function timelineOf(entries: Iterable<Entry>): Timeline {
  const tl = emptyTimeline();
  for (const e of entries) {
    if (e.kind === 'hotel') tl.hotels.push(e);
    else {
      tl.items.push(e);
      tl.maxItemMs = Math.max(tl.maxItemMs, e.endMs - e.startMs);
      if (e.kind === 'travel') tl.arrivals.push(e);
    }
  }
  tl.items.sort(compareEntries);
  tl.hotels.sort(compareEntries);
  tl.arrivals.sort(compareArrivals);
  return tl;
}

export function compareArrivals(a: Entry, b: Entry): number {
  return a.endMs - b.endMs || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/** Adds an entry; returns its index in its primary list (items or hotels). */
export function addEntry(tl: Timeline, e: Entry): number {
  if (e.kind === 'hotel') return insertSorted(tl.hotels, e, compareEntries);
  tl.maxItemMs = Math.max(tl.maxItemMs, e.endMs - e.startMs);
  if (e.kind === 'travel') insertSorted(tl.arrivals, e, compareArrivals);
  return insertSorted(tl.items, e, compareEntries);
}

/** Removes an entry (the very object); returns the index it had, or -1 when absent. */
export function removeEntry(tl: Timeline, e: Entry): number {
  if (e.kind === 'hotel') return removeSorted(tl.hotels, e, compareEntries);
  if (e.kind === 'travel') removeSorted(tl.arrivals, e, compareArrivals);
  return removeSorted(tl.items, e, compareEntries);
}

/** First index whose start is >= ms. */
export function firstStartingAt(list: readonly Entry[], ms: number): number {
  return partitionPoint(list, (e) => e.startMs < ms);
}

/** Index of the last arrival at or before ms, or -1. */
export function lastArrivalBy(arrivals: readonly Entry[], ms: number): number {
  return partitionPoint(arrivals, (e) => e.endMs <= ms) - 1;
}

/** Index of the last entry starting at or before ms, or -1. */
export function lastStartBy(list: readonly Entry[], ms: number): number {
  return partitionPoint(list, (e) => e.startMs <= ms) - 1;
}

function insertSorted(list: Entry[], e: Entry, compare: (a: Entry, b: Entry) => number): number {
  const lo = partitionPoint(list, (x) => compare(x, e) < 0);
  list.splice(lo, 0, e);
  return lo;
}

function removeSorted(list: Entry[], e: Entry, compare: (a: Entry, b: Entry) => number): number {
  const lo = partitionPoint(list, (x) => compare(x, e) < 0);
  // Entries with equal keys are distinct objects only in an invalid program (duplicate ids); scan them.
  for (let i = lo; i < list.length && compare(list[i] as Entry, e) === 0; i++) {
    if (list[i] === e) {
      list.splice(i, 1);
      return i;
    }
  }
  return -1;
}
