/**
 * Loader fuzzing, part 1 (text): random JSON, random objects claiming to be programs, a valid
 * program with one value replaced, removed or added anywhere, and `__proto__` / `constructor` /
 * `prototype` keys. Part 2 (fuzz-bytes.test.ts) feeds raw bytes. See fuzz-support.ts for the checks.
 */
import * as fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { loadProgramText, serializeProgram } from '../../../../src/shared/program/load';
import { checkText, expectNoPollution, fuzz, pathsOf, tally, withValueAt } from './fuzz-support';
import { sampleProgram } from './fixture-program';

const program = sampleProgram();
const validText = serializeProgram(program);
const validDoc = JSON.parse(validText) as unknown;
const paths = pathsOf(validDoc).slice(1); // not the root itself
const objectPaths = [[], ...paths].filter((path) => {
  const value = path.reduce<unknown>((node, key) => (node as Record<string | number, unknown>)[key], validDoc);
  return typeof value === 'object' && value !== null && !Array.isArray(value);
});
const DANGEROUS = ['__proto__', 'constructor', 'prototype'] as const;
const PLANNED = 6_000 + 3_000 + 5_000 + 1_500 + 1_500;

afterAll(() => {
  console.log(`fuzz (text): ${JSON.stringify(tally)}`);
});

describe('loader fuzz: text', () => {
  it('random JSON documents', () => {
    fuzz(fc.json({ maxDepth: 6 }), 6_000, (text) => {
      checkText(text);
    });
  });

  it('random objects with a valid schemaVersion (reach the strict schema)', () => {
    const doc = fc.dictionary(fc.oneof(fc.constantFrom(...Object.keys(program)), fc.string()), fc.jsonValue({ maxDepth: 4 }), { maxKeys: 20 });
    fuzz(doc, 3_000, (value) => {
      checkText(JSON.stringify({ ...value, schemaVersion: 1 }));
    });
  });

  it('a valid program with one value replaced, removed, or a key added, anywhere', () => {
    const mutation = fc.oneof(
      fc.record({ path: fc.constantFrom(...paths), change: fc.constant<{ kind: 'delete' }>({ kind: 'delete' }) }),
      fc.record({ path: fc.constantFrom(...paths), change: fc.record({ kind: fc.constant('replace' as const), value: fc.jsonValue({ maxDepth: 3 }) }) }),
      fc.record({
        path: fc.constantFrom(...objectPaths),
        change: fc.record({ kind: fc.constant('add' as const), key: fc.string({ maxLength: 12 }), value: fc.jsonValue({ maxDepth: 2 }) }),
      }),
    );
    let loaded = 0;
    fuzz(mutation, 5_000, ({ path, change }) => {
      const doc = JSON.parse(validText) as unknown;
      const mutated =
        change.kind === 'delete' ? withValueAt(doc, path, undefined)
        : change.kind === 'replace' ? withValueAt(doc, path, change.value)
        : withValueAt(doc, [...path, change.key], change.value);
      if (checkText(JSON.stringify(mutated) ?? 'null')) loaded++;
    });
    // Some mutations keep the program valid (a different title); most must be refused.
    expect(loaded).toBeGreaterThan(0);
    expect(loaded).toBeLessThan(5_000);
  });

  it('`__proto__`, `constructor` and `prototype` keys anywhere in a valid program are refused, never applied', () => {
    const objectStarts = [...validText.matchAll(/\{/g)].map((m) => m.index);
    const injection = fc.record({
      at: fc.constantFrom(...objectStarts),
      key: fc.constantFrom(...DANGEROUS),
      value: fc.oneof(fc.constant('{"polluted": true}'), fc.constant('{"toString": 1}'), fc.json({ maxDepth: 2 })),
    });
    fuzz(injection, 1_500, ({ at, key, value }) => {
      const text = `${validText.slice(0, at + 1)}"${key}": ${value},${validText.slice(at + 1)}`;
      // Strict objects: an unknown key is INVALID, whatever its name.
      expect(checkText(text)).toBe(false);
      expectNoPollution();
    });
  });

  it('dangerous keys inside random documents', () => {
    const nested = fc.letrec((tie) => ({
      node: fc.oneof(
        { depthSize: 'small' },
        fc.jsonValue({ maxDepth: 1 }),
        fc.dictionary(fc.oneof(fc.constantFrom(...DANGEROUS), fc.string({ maxLength: 6 })), tie('node'), { maxKeys: 4 }),
      ),
    })).node;
    fuzz(nested, 1_500, (value) => {
      // JSON.stringify of an own `__proto__` key keeps it, so the text really carries it.
      checkText(JSON.stringify({ schemaVersion: 1, ...(typeof value === 'object' && value !== null ? value : { value }) }));
      checkText(`{"__proto__": ${JSON.stringify(value) ?? 'null'}, "schemaVersion": 1}`);
    });
  });

  it(`ran at least ${PLANNED} inputs and the valid program still loads`, () => {
    expect(tally.inputs).toBeGreaterThanOrEqual(PLANNED);
    expect(loadProgramText(validText).ok).toBe(true);
    expectNoPollution();
  });
});
