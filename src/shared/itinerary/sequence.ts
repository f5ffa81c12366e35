/**
 * iCalendar SEQUENCE per activity: the number of issued versions in which the activity's
 * traveler-facing snapshot changed, plus one when the program has changed it since the last
 * version. It never decreases: issuing a change turns the "+1" into a counted version.
 */
import type { Program } from '../program/schema';
import { activitySnapshot, snapshotKey, snapshotLookups } from './activity-snapshot';

/** Activity id -> SEQUENCE; activities never changed since first issued (or never issued) are absent (0). */
export function activitySequences(program: Program): Map<string, number> {
  const sequences = new Map<string, number>();
  if (program.issues.length === 0) return sequences;
  const last = new Map<string, string>();
  for (const issued of program.issues) {
    for (const snap of issued.activities) {
      const key = snapshotKey(snap);
      const before = last.get(snap.id);
      if (before !== undefined && before !== key) sequences.set(snap.id, (sequences.get(snap.id) ?? 0) + 1);
      last.set(snap.id, key);
    }
  }
  const lookups = snapshotLookups(program);
  for (const a of program.activities) {
    const before = last.get(a.id);
    if (before === undefined) continue;
    const snap = activitySnapshot(lookups, a);
    if (snap && snapshotKey(snap) !== before) sequences.set(a.id, (sequences.get(a.id) ?? 0) + 1);
  }
  return sequences;
}
