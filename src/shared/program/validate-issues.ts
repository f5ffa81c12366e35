/**
 * Consistency of the issued versions (schema version 3) that the per-object schema cannot see.
 * A traveler's personId is deliberately NOT checked against the roster: a version records what was
 * handed out, and a person deleted later keeps their record as history.
 */
import { resolveVersions } from './issued-versions';
import type { IssuedVersion } from './schema';

type Add = (path: (string | number)[], message: string) => void;

/** Versions strictly increasing; per version unique activity snapshots and one record per traveler; digests that resolve. */
export function issuedVersionIssues(issues: readonly IssuedVersion[], add: Add): void {
  let previous = 0;
  issues.forEach((issued, i) => {
    if (issued.version <= previous) add(['issues', i, 'version'], `version ${issued.version} does not follow version ${previous}; versions must increase`);
    previous = Math.max(previous, issued.version);
    const activityIds = new Set<string>();
    issued.activities.forEach((a, j) => {
      if (activityIds.has(a.id)) add(['issues', i, 'activities', j, 'id'], `activity "${a.id}" is recorded twice in this version`);
      activityIds.add(a.id);
    });
    const travelers = new Set<string>();
    issued.travelers.forEach((t, j) => {
      const key = `${t.kind}:${t.personId}`;
      if (travelers.has(key)) add(['issues', i, 'travelers', j, 'personId'], `${t.kind} "${t.personId}" is recorded twice in this version`);
      travelers.add(key);
    });
  });
  resolveVersions(issues, add);
}
