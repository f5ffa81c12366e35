/**
 * validateProgram's fast path (zod's compiled parsers, the program split into its entity lists, and
 * entities already validated skipped) must decide exactly as zod's interpreter over the whole
 * program schema, and produce the same canonical copy. The skip is sound only because remembered
 * entities are frozen: that is pinned here too.
 */
import * as fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { serializeProgram, validateProgram } from '../../../../src/shared/program/load';
import { programSchema, type Program } from '../../../../src/shared/program/schema';
import { programIssues } from '../../../../src/shared/program/validate';
import { sampleProgram } from '../../main/storage/fixture-program';
import { pathsOf, withValueAt } from '../../main/storage/fuzz-support';

// The storage fixture: every kind of entity and activity, and non-ASCII text, in ~60 values.
const sampleText = serializeProgram(sampleProgram());
const sampleDoc = JSON.parse(sampleText) as unknown;
const paths = pathsOf(sampleDoc).slice(1);

/** The reference: zod's interpreter on the whole program schema, then programIssues. */
function reference(value: unknown): { ok: true; text: string } | { ok: false; issues: unknown } {
  const parsed = programSchema.safeParse(value);
  if (!parsed.success) return { ok: false, issues: parsed.error.issues.map((i) => ({ path: i.path, message: i.message })) };
  const issues = programIssues(parsed.data);
  return issues.length ? { ok: false, issues } : { ok: true, text: serializeProgram(parsed.data) };
}

function expectSameVerdict(value: unknown): void {
  const expected = reference(structuredClone(value));
  const actual = validateProgram(value);
  expect(actual.ok).toBe(expected.ok);
  if (actual.ok && expected.ok) expect(serializeProgram(actual.program)).toBe(expected.text);
  if (!actual.ok && !expected.ok) expect(actual.issues).toEqual(expected.issues);
}

/** Every object inside a value, frozen or not. */
function* objectsIn(value: unknown): Generator<object> {
  if (typeof value !== 'object' || value === null) return;
  yield value;
  for (const item of Object.values(value)) yield* objectsIn(item);
}

const replacement = fc.oneof(
  fc.constant(undefined), // delete the key or array element
  fc.jsonValue({ maxDepth: 2 }),
  fc.constantFrom('', 'x'.repeat(301), '2024-13-01', '2024-05-06T09:00:00-04:00[America/Phoenix]', 'Not/AZone', '#12345', 'hotel', 'a b', -1, 0, 1.5, 21, null, [], {}),
);

describe('validateProgram agrees with the zod interpreter', () => {
  test('on the sample with one value replaced, removed or added anywhere', () => {
    fc.assert(
      fc.property(fc.constantFrom(...paths), replacement, fc.boolean(), (path, value, addKey) => {
        const doc = addKey && value !== undefined ? withValueAt(sampleDoc, [...path.slice(0, -1), 'extraKey'], value) : withValueAt(sampleDoc, path, value);
        expectSameVerdict(doc);
      }),
      { numRuns: 1_500 },
    );
  });

  test('on programs whose untouched entities were validated before (the save path)', () => {
    const loaded = validateProgram(JSON.parse(sampleText));
    if (!loaded.ok) throw new Error('sample is invalid');
    const base = loaded.program;
    const lists = ['activities', 'venues', 'participants', 'groups', 'cities'] as const;
    fc.assert(
      fc.property(fc.constantFrom(...lists), fc.nat(), fc.constantFrom(...paths), replacement, (list, at, path, value) => {
        // A planner's edit: one entity replaced by a changed copy, every other entity the remembered object.
        const items = base[list] as object[];
        const index = at % items.length;
        const entityPaths = pathsOf(items[index]).slice(1);
        const where = entityPaths[(path.length * 7 + at) % Math.max(1, entityPaths.length)] ?? [];
        const changed = withValueAt(items[index], where, value);
        const program = { ...base, [list]: items.map((item, i) => (i === index ? changed : item)) };
        expectSameVerdict(program);
      }),
      { numRuns: 1_000 },
    );
  });
});

describe('remembered entities', () => {
  test('are deep-frozen, so a skipped check can never miss an in-place edit', () => {
    const loaded = validateProgram(JSON.parse(sampleText));
    if (!loaded.ok) throw new Error('sample is invalid');
    const lists = Object.entries(loaded.program).filter(([, value]) => Array.isArray(value)) as [string, unknown[]][];
    expect(lists.map(([key]) => key)).toEqual(expect.arrayContaining(['activities', 'venues', 'participants', 'staff', 'groups', 'cities', 'phases']));
    for (const [, items] of lists) for (const item of items) for (const inner of objectsIn(item)) expect(Object.isFrozen(inner)).toBe(true);
    const activity = loaded.program.activities[0] as Program['activities'][number];
    expect(() => {
      (activity as { title: string }).title = '';
    }).toThrow(TypeError);
    expect(() => {
      activity.attendees.participantIds.push('nobody');
    }).toThrow(TypeError);
  });

  test('are the validated copies: objects passed in are never frozen', () => {
    const input = JSON.parse(sampleText) as Program;
    expect(validateProgram(input).ok).toBe(true);
    for (const inner of objectsIn(input)) expect(Object.isFrozen(inner)).toBe(false);
  });

  test('are the schema output, transforms applied: a trimmed dismissal stays trimmed', () => {
    const dismissal = { problemId: 'double-booked/2024-04-29/a1', reason: '  agreed with the host  ', dismissedAt: '2024-04-22T15:40:00.000Z' };
    const first = validateProgram({ ...JSON.parse(sampleText), dismissals: [dismissal] });
    if (!first.ok) throw new Error(JSON.stringify(first.issues));
    expect(first.program.dismissals[0]?.reason).toBe('agreed with the host');
    const again = validateProgram({ ...first.program, title: 'Renamed' }); // every entity remembered now
    expect(again.ok && again.program.dismissals[0]).toBe(first.program.dismissals[0]);
    const edited = validateProgram({ ...first.program, dismissals: [{ ...dismissal, reason: ' why not ' }] });
    expect(edited.ok && edited.program.dismissals[0]?.reason).toBe('why not');
  });

  test('are trusted only in the list they were validated for', () => {
    const loaded = validateProgram(JSON.parse(sampleText));
    if (!loaded.ok) throw new Error('sample is invalid');
    const venue = loaded.program.venues[0] as object;
    const result = validateProgram({ ...loaded.program, activities: [...loaded.program.activities, venue] });
    expect(result.ok).toBe(false);
  });

  test('references are checked on every call, even when every entity is remembered', () => {
    const loaded = validateProgram(JSON.parse(sampleText));
    if (!loaded.ok) throw new Error('sample is invalid');
    const [first, ...otherCities] = loaded.program.cities;
    const result = validateProgram({ ...loaded.program, cities: otherCities });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.issues.some((issue) => issue.message === `no city with id "${first?.id}"`)).toBe(true);
  });

  test('the validated copy of an edited program is the canonical text, whatever key order the edit used', () => {
    const loaded = validateProgram(JSON.parse(sampleText));
    if (!loaded.ok) throw new Error('sample is invalid');
    const [activity, ...rest] = loaded.program.activities;
    // Keys in reverse order: what a careless edit might build.
    const reversed = Object.fromEntries(Object.entries(activity as object).toReversed()) as Program['activities'][number];
    const result = validateProgram({ ...loaded.program, activities: [reversed, ...rest] });
    expect(result.ok).toBe(true);
    if (result.ok) expect(serializeProgram(result.program)).toBe(serializeProgram(loaded.program));
  });
});
