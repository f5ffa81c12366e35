/**
 * Reads issued versions back. Versions are stored as deltas (schema.ts, issuedVersionSchema): an
 * activity snapshot only when it changed, a digest only when the traveler's list changed. This
 * walks them in order to give what each version held in full.
 */
import type { ActivitySnapshot, IssuedVersion } from './schema';

/** What one version held: every traveler's activity ids and the snapshot of each activity. */
export interface ResolvedVersion {
  version: number;
  /** `${kind}:${personId}` -> activity ids in itinerary order. */
  travelers: Map<string, { kind: 'participant' | 'staff'; personId: string; ids: string[] }>;
  /** Activity id -> its snapshot as of this version. */
  activities: Map<string, ActivitySnapshot>;
}

/** Splits a stored digest ("a-1 a-2") into ids. */
export function digestIds(digest: string): string[] {
  return digest === '' ? [] : digest.split(' ');
}

/** A problem found while resolving (for validation), with the path of the offending record. */
export type ResolveProblem = (path: (string | number)[], message: string) => void;

/**
 * Every version in full, in order. Problems (a null digest with no previous record, an id with no
 * snapshot recorded in this or an earlier version) go to `problem`; the ids are kept regardless.
 */
export function resolveVersions(issues: readonly IssuedVersion[], problem: ResolveProblem = () => {}): ResolvedVersion[] {
  const activities = new Map<string, ActivitySnapshot>();
  let previous = new Map<string, string[]>();
  return issues.map((issued, i) => {
    for (const snap of issued.activities) activities.set(snap.id, snap);
    const travelers: ResolvedVersion['travelers'] = new Map();
    const current = new Map<string, string[]>();
    issued.travelers.forEach((t, j) => {
      const key = `${t.kind}:${t.personId}`;
      let ids: string[];
      if (t.digest === null) {
        const before = previous.get(key);
        if (!before) problem(['issues', i, 'travelers', j, 'digest'], `no record of ${t.kind} "${t.personId}" in the previous version to repeat`);
        ids = before ?? [];
      } else {
        ids = digestIds(t.digest);
        ids.forEach((id, k) => activities.has(id) || problem(['issues', i, 'travelers', j, 'digest', k], `no activity "${id}" recorded in this or an earlier version`));
      }
      current.set(key, ids);
      travelers.set(key, { kind: t.kind, personId: t.personId, ids });
    });
    previous = current;
    return { version: issued.version, travelers, activities: new Map(activities) };
  });
}
