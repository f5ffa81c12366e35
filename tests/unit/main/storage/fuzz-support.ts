/**
 * Invariants every fuzzed input must satisfy: the loader never throws; it either loads a program
 * that validates and round-trips, or returns a typed LoadError with a message; decoding fails only
 * with StorageError NOT_UTF8; and nothing ever reaches Object.prototype.
 */
import * as fc from 'fast-check';
import { expect } from 'vitest';
import { loadProgramText, serializeProgram, validateProgram, type LoadErrorCode } from '../../../../src/shared/program/load';
import { decodeProgramBytes, firstInvalidUtf8Offset } from '../../../../src/main/storage/decode';
import { StorageError } from '../../../../src/main/storage/errors';

const LOAD_CODES: readonly LoadErrorCode[] = ['EMPTY', 'NOT_JSON', 'NOT_A_PROGRAM', 'UNSUPPORTED_VERSION', 'FUTURE_VERSION', 'INVALID'];

/** Outcome tallies, for the report. */
export const tally = { inputs: 0, loaded: 0, notUtf8: 0, byCode: {} as Record<string, number> };

const protoNames = Object.getOwnPropertyNames(Object.prototype).sort();
const protoValues = new Map(protoNames.map((name) => [name, Object.getOwnPropertyDescriptor(Object.prototype, name)?.value as unknown]));

/** Fails if anything was added to or changed on Object.prototype. */
export function expectNoPollution(): void {
  expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(protoNames);
  for (const [name, value] of protoValues) expect(Object.getOwnPropertyDescriptor(Object.prototype, name)?.value, name).toBe(value);
  expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
}

/** Loads text and checks the outcome; returns whether it loaded. */
export function checkText(text: string): boolean {
  tally.inputs++;
  const result = loadProgramText(text); // a throw here fails the property: no exception may escape
  if (result.ok) {
    tally.loaded++;
    expect(validateProgram(result.program).ok).toBe(true);
    // What loads must save and load again to the same program.
    const again = loadProgramText(serializeProgram(result.program));
    if (!again.ok) throw new Error(`round trip failed: ${again.error.message}`);
    expect(again.program).toEqual(result.program);
    return true;
  }
  tally.byCode[result.error.code] = (tally.byCode[result.error.code] ?? 0) + 1;
  expect(LOAD_CODES).toContain(result.error.code);
  expect(typeof result.error.message).toBe('string');
  expect(result.error.message.length).toBeGreaterThan(5);
  expect(Array.isArray(result.error.issues)).toBe(true);
  return false;
}

/** Decodes bytes the way readProgramFile does, then loads them; checks the decoder's own invariants. */
export function checkBytes(bytes: Uint8Array): boolean {
  let text: string;
  try {
    text = decodeProgramBytes(bytes, 'fuzz.ivlp.json');
  } catch (error) {
    tally.inputs++;
    tally.notUtf8++;
    if (!(error instanceof StorageError) || error.code !== 'NOT_UTF8') throw error;
    // The fast validator, the byte scanner and the WHATWG decoder must agree that this is not UTF-8.
    expect(firstInvalidUtf8Offset(bytes)).toBeGreaterThanOrEqual(0);
    expect(() => new TextDecoder('utf-8', { fatal: true }).decode(bytes)).toThrow();
    return false;
  }
  expect(firstInvalidUtf8Offset(bytes)).toBe(-1);
  return checkText(text);
}

/** Runs a property for exactly `runs` inputs, checking for prototype pollution every 500. */
export function fuzz<T>(arbitrary: fc.Arbitrary<T>, runs: number, check: (value: T) => void): void {
  let n = 0;
  fc.assert(
    fc.property(arbitrary, (value) => {
      check(value);
      if (++n % 500 === 0) expectNoPollution();
    }),
    { numRuns: runs },
  );
  expectNoPollution();
}

/** Every path to a value inside a JSON document (object keys and array indexes). */
export function pathsOf(value: unknown, base: (string | number)[] = [], out: (string | number)[][] = []): (string | number)[][] {
  out.push(base);
  if (Array.isArray(value)) value.forEach((item, i) => pathsOf(item, [...base, i], out));
  else if (typeof value === 'object' && value !== null) for (const [key, item] of Object.entries(value)) pathsOf(item, [...base, key], out);
  return out;
}

/** A copy of `doc` with the value at `path` replaced (or deleted when `replacement` is undefined). */
export function withValueAt(doc: unknown, path: readonly (string | number)[], replacement: unknown): unknown {
  if (path.length === 0) return replacement;
  const copy = structuredClone(doc) as Record<string | number, unknown>;
  let parent = copy;
  for (const key of path.slice(0, -1)) parent = parent[key] as Record<string | number, unknown>;
  const last = path[path.length - 1] as string | number;
  if (replacement === undefined) {
    if (Array.isArray(parent)) parent.splice(Number(last), 1);
    else delete parent[last];
  } else {
    Object.defineProperty(parent, last, { value: replacement, enumerable: true, writable: true, configurable: true });
  }
  return copy;
}
