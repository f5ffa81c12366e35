/**
 * Issuing: what each traveler received, recorded as a numbered version in the program file. The
 * snapshot is a pure function of the program so the app, the command line and the tests record
 * exactly the same thing. Only traveler-facing fields are kept (never internal notes, nor anyone's
 * personal data): enough to say later what changed, nothing more.
 */
import { participantItinerary, staffItinerary } from '../itinerary/project';
import type { Itinerary } from '../itinerary/types';
import type { ActivitySnapshot, IssuedTraveler, IssuedVersion, Program } from '../program/schema';
import { activitySnapshot, snapshotKey, snapshotLookups } from '../itinerary/activity-snapshot';
import { resolveVersions } from '../program/issued-versions';

/** Activity ids of an itinerary in its order, each once (a hotel stay appears as check-in and check-out). */
function itineraryIds(itinerary: Itinerary): string[] {
  const ids = new Set<string>();
  for (const day of itinerary.days) for (const e of day.entries) ids.add(e.id);
  return [...ids];
}

/** One traveler's itinerary as activity ids. */
export interface TravelerIds {
  kind: 'participant' | 'staff';
  personId: string;
  ids: string[];
}

/** What every participant and staff member of the program holds right now. */
export function currentTravelers(program: Program): TravelerIds[] {
  return [
    ...program.participants.map((p): TravelerIds => ({ kind: 'participant', personId: p.id, ids: itineraryIds(participantItinerary(program, p.id)) })),
    ...program.staff.map((s): TravelerIds => ({ kind: 'staff', personId: s.id, ids: itineraryIds(staffItinerary(program, s.id)) })),
  ];
}

/** Snapshots of every activity some traveler's itinerary holds, in program order. */
export function currentSnapshots(program: Program, travelers: readonly TravelerIds[]): ActivitySnapshot[] {
  const held = new Set(travelers.flatMap((t) => t.ids));
  const lookups = snapshotLookups(program);
  const out: ActivitySnapshot[] = [];
  for (const a of program.activities) {
    if (!held.has(a.id)) continue;
    const snap = activitySnapshot(lookups, a);
    if (snap) out.push(snap);
  }
  return out;
}

/** The number the next issued version gets: one more than the last. */
export function nextVersionNumber(program: Program): number {
  return (program.issues.at(-1)?.version ?? 0) + 1;
}

/**
 * The version that "Issue itineraries" records now: every participant's and staff member's
 * itinerary as it is, numbered after the last version, stored as a delta against the versions
 * before it (only changed snapshots, null digests when unchanged). Pure: same program, same record.
 */
export function issueSnapshot(program: Program, init: { issuedAt: string; note: string }): IssuedVersion {
  const travelers = currentTravelers(program);
  const last = resolveVersions(program.issues).at(-1);
  const activities = currentSnapshots(program, travelers).filter((snap) => {
    const before = last?.activities.get(snap.id);
    return !before || snapshotKey(before) !== snapshotKey(snap);
  });
  const records = travelers.map((t): IssuedTraveler => {
    const before = last?.travelers.get(`${t.kind}:${t.personId}`);
    const same = before !== undefined && before.ids.length === t.ids.length && before.ids.every((id, i) => id === t.ids[i]);
    return { kind: t.kind, personId: t.personId, digest: same ? null : t.ids.join(' ') };
  });
  return { version: nextVersionNumber(program), issuedAt: init.issuedAt, note: init.note, activities, travelers: records };
}
