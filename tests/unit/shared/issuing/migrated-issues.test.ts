/**
 * Change tracking survives the move to schema 4 exactly. The fixture is the sample as schema 3 had
 * it, edited and issued twice by the version 3 app (statuses changed before and after each issue,
 * an activity cancelled before anyone heard of it, one added tentative and then cancelled); the
 * expected file is what that app answered for "changes since 1", "changes since 2" and each
 * traveler's itinerary. Loaded (migrated) by this app, every answer must be the same.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { applyCommand } from '../../../../src/shared/commands/apply';
import { changesSince, currentTravelers, issueSnapshot } from '../../../../src/shared/issuing/index';
import { loadProgramText } from '../../../../src/shared/program/load';
import type { Program } from '../../../../src/shared/program/schema';

const read = (name: string) => readFileSync(new URL(`../../../fixtures/issued/${name}`, import.meta.url), 'utf8');

describe('issued versions of a schema 3 file, read by this app', () => {
  const loaded = loadProgramText(read('v3-sample-issued.ivlp.json'));
  if (!loaded.ok) throw new Error(loaded.error.message);
  const program: Program = loaded.program;
  const expected = JSON.parse(read('v3-sample-issued.expected.json')) as {
    changesSince1: unknown;
    changesSince2: unknown;
    travelers: { kind: string; personId: string; ids: string }[];
  };

  test('the file migrates from version 3 and keeps both issued versions', () => {
    expect(loaded.fileVersion).toBe(3);
    expect(program.issues.map((v) => v.version)).toEqual([1, 2]);
  });

  test('every traveler holds exactly the itinerary the version 3 app gave them', () => {
    expect(currentTravelers(program).map((t) => ({ ...t, ids: t.ids.join(' ') }))).toEqual(expected.travelers);
  });

  test('"changes since 1" and "changes since 2" are the version 3 app’s, word for word', () => {
    expect(changesSince(program, 1)).toEqual(expected.changesSince1);
    expect(changesSince(program, 2)).toEqual(expected.changesSince2);
  });

  test('issuing now records only what the version 3 app would have: no snapshot changed by the migration alone', () => {
    const again = issueSnapshot(program, { issuedAt: '2024-04-28T12:00:00Z', note: '' });
    const issued = applyCommand(program, { type: 'program/issue', issued: again }).program;
    expect(changesSince(issued, 3).every((t) => t.changes.length === 0)).toBe(true);
    // Only the activities edited after version 2 get new snapshots.
    const changedSince2 = new Set((expected.changesSince2 as { changes: { activityId: string }[] }[]).flatMap((t) => t.changes.map((c) => c.activityId)));
    expect(new Set(again.activities.map((a) => a.id))).toEqual(changedSince2);
  });
});
