import { describe, expect, test } from 'vitest';
import { formatPath, loadProgramText, serializeProgram, validateProgram } from '../../../../src/shared/program/load';
import type { Program } from '../../../../src/shared/program/schema';
import { buildTmssw2024Sample } from '../../../../src/cli/sample/index';
import { parseZoned, zonedFromLocal, zonedProblem } from '../../../../src/shared/time';

const sample = buildTmssw2024Sample();

/** A deep copy as plain JSON, free to break. */
function copy(): Program & Record<string, unknown> {
  return JSON.parse(serializeProgram(sample)) as Program & Record<string, unknown>;
}

function issuePaths(value: unknown): string[] {
  const result = validateProgram(value);
  return result.ok ? [] : result.issues.map((i) => formatPath(i.path));
}

describe('program schema', () => {
  test('the valid sample passes', () => {
    expect(validateProgram(sample).ok).toBe(true);
  });

  test('an unknown key is an error with its path, never silently dropped', () => {
    const doc = copy();
    (doc.participants[2] as Record<string, unknown>)['nickname'] = 'Rodri';
    const result = validateProgram(doc);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues.map((i) => formatPath(i.path))).toEqual(['participants[2]']);
    expect(result.issues[0]?.message).toMatch(/nickname/);
  });

  test('an unknown top-level key is rejected too', () => {
    const loaded = loadProgramText(JSON.stringify({ ...copy(), extra: true }));
    expect(loaded.ok).toBe(false);
    if (!loaded.ok) expect(loaded.error.code).toBe('INVALID');
  });

  test('a time that is not a zoned time is rejected at its path', () => {
    const doc = copy();
    const activity = doc.activities[5];
    if (activity?.timing.kind !== 'scheduled') throw new Error('sample changed');
    activity.timing.start = '2024-04-30 09:00';
    expect(issuePaths(doc)).toEqual(['activities[5].timing.start']);
  });

  test('a zoned string whose offset disagrees with its zone is rejected', () => {
    // 09:00 in Phoenix is -07:00 in May; -04:00 is New York's offset.
    expect(zonedProblem('2024-05-06T09:00:00-07:00[America/Phoenix]')).toBeNull();
    expect(zonedProblem('2024-05-06T09:00:00-04:00[America/Phoenix]')).not.toBeNull();
    const doc = copy();
    const index = doc.activities.findIndex((a) => a.type !== 'travel' && a.type !== 'hotel-stay' && a.cityId === 'phoenix');
    const activity = doc.activities[index];
    if (activity?.timing.kind !== 'scheduled') throw new Error('sample changed');
    activity.timing.end = activity.timing.end.replace('-07:00', '-04:00');
    expect(issuePaths(doc)).toEqual([`activities[${index}].timing.end`]);
  });

  test('a valid zoned time in the wrong zone for its place is rejected', () => {
    const doc = copy();
    const index = doc.activities.findIndex((a) => a.type === 'meeting' && a.cityId === 'seattle');
    const activity = doc.activities[index];
    if (activity?.timing.kind !== 'scheduled') throw new Error('sample changed');
    activity.timing.start = zonedFromLocal(activity.timing.start.slice(0, 16), 'America/New_York');
    expect(issuePaths(doc)).toEqual([`activities[${index}].timing.start`]);
  });

  test('an unknown time zone is rejected at its path', () => {
    const doc = copy();
    doc.cities[3] = { ...doc.cities[3]!, timeZone: 'America/Atlantis' };
    expect(issuePaths(doc)).toEqual(['cities[3].timeZone']);
  });

  test('a wall time in the spring-forward gap is refused by zonedFromLocal', () => {
    expect(() => zonedFromLocal('2024-03-10T02:30', 'America/New_York')).toThrow(/does not exist/);
    // Arizona has no gap: it keeps standard time all year.
    expect(zonedFromLocal('2024-03-10T02:30', 'America/Phoenix')).toBe('2024-03-10T02:30:00-07:00[America/Phoenix]');
  });

  test('a repeated fall-back wall time takes the earlier instant', () => {
    expect(zonedFromLocal('2024-11-03T01:30', 'America/New_York')).toBe('2024-11-03T01:30:00-04:00[America/New_York]');
    expect(zonedProblem('2024-11-03T01:30:00-05:00[America/New_York]')).toBeNull();
  });

  test('Phoenix and New York offsets in May (and January)', () => {
    expect(zonedFromLocal('2024-05-06T09:00', 'America/Phoenix')).toBe('2024-05-06T09:00:00-07:00[America/Phoenix]');
    expect(zonedFromLocal('2024-05-06T09:00', 'America/New_York')).toBe('2024-05-06T09:00:00-04:00[America/New_York]');
    expect(zonedFromLocal('2024-01-08T09:00', 'America/Phoenix')).toBe('2024-01-08T09:00:00-07:00[America/Phoenix]');
    expect(zonedFromLocal('2024-01-08T09:00', 'America/New_York')).toBe('2024-01-08T09:00:00-05:00[America/New_York]');
    // Three hours apart in May, two in January.
    const may = parseZoned('2024-05-06T09:00:00-07:00[America/Phoenix]').epochMilliseconds - parseZoned('2024-05-06T09:00:00-04:00[America/New_York]').epochMilliseconds;
    expect(may / 3_600_000).toBe(3);
  });

  test('a reference to a missing participant is reported with its path', () => {
    const doc = copy();
    doc.groups[1]!.participantIds.push('p-nobody');
    expect(issuePaths(doc)).toEqual([`groups[1].participantIds[${doc.groups[1]!.participantIds.length - 1}]`]);
  });
});
