/**
 * What changed between two versions of a collection, by reference. The command layer keeps every
 * untouched object and the order of the rest, so one pass that follows both arrays side by side
 * finds the changes in O(n) reference comparisons; a reordering falls back to an id map.
 */

export interface Change<T> {
  /** The object before the edit; undefined when added. */
  before: T | undefined;
  /** The object after the edit; undefined when removed. */
  after: T | undefined;
}

/** The changed, added and removed objects of `next` relative to `prev` (ids unique in each). */
export function diffById<T extends { id: string }>(prev: readonly T[], next: readonly T[]): Change<T>[] {
  if (prev === next) return [];
  const removed: T[] = [];
  const added: T[] = [];
  const changes: Change<T>[] = [];
  let i = 0;
  let j = 0;
  while (i < prev.length && j < next.length) {
    const a = prev[i] as T;
    const b = next[j] as T;
    if (a === b) {
      i++;
      j++;
    } else if (a.id === b.id) {
      changes.push({ before: a, after: b });
      i++;
      j++;
    } else if (prev[i + 1]?.id === b.id) {
      removed.push(a);
      i++;
    } else if (next[j + 1]?.id === a.id) {
      added.push(b);
      j++;
    } else {
      return diffByMap(prev, next);
    }
  }
  for (; i < prev.length; i++) removed.push(prev[i] as T);
  for (; j < next.length; j++) added.push(next[j] as T);
  if (removed.length && added.length) {
    // An id that left one place and arrived at another is a change, not a removal plus an addition.
    const addedById = new Map(added.map((b) => [b.id, b]));
    for (const a of removed) {
      const b = addedById.get(a.id);
      if (b) addedById.delete(a.id);
      if (b !== a) changes.push({ before: a, after: b });
    }
    for (const b of addedById.values()) changes.push({ before: undefined, after: b });
    return changes;
  }
  for (const a of removed) changes.push({ before: a, after: undefined });
  for (const b of added) changes.push({ before: undefined, after: b });
  return changes;
}

function diffByMap<T extends { id: string }>(prev: readonly T[], next: readonly T[]): Change<T>[] {
  const before = new Map(prev.map((a) => [a.id, a]));
  const changes: Change<T>[] = [];
  for (const b of next) {
    const a = before.get(b.id);
    before.delete(b.id);
    if (a !== b) changes.push({ before: a, after: b });
  }
  for (const a of before.values()) changes.push({ before: a, after: undefined });
  return changes;
}
