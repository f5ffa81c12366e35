/**
 * Loader fuzzing, part 2 (bytes): every truncation of a valid file, random byte flips of it, random
 * bytes, and a sample of all of these through readProgramFile on real files. Every input loads or
 * fails with a typed error; none throws anything else. See fuzz-support.ts for the checks.
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import * as fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { serializeProgram } from '../../../../src/shared/program/load';
import { StorageError } from '../../../../src/main/storage/errors';
import { readProgramFile } from '../../../../src/main/storage/program-file';
import { checkBytes, expectNoPollution, fuzz, tally } from './fuzz-support';
import { sampleProgram } from './fixture-program';
import { expectBytes, tempFolder } from './helpers';

const valid = Buffer.from(serializeProgram(sampleProgram()), 'utf8');
const withBom = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), valid]);
const FILE_SAMPLE = 400;

afterAll(() => {
  console.log(`fuzz (bytes): ${JSON.stringify({ ...tally, validFileBytes: valid.length })}`);
});

const flips = fc.array(fc.record({ at: fc.nat({ max: valid.length - 1 }), xor: fc.integer({ min: 1, max: 255 }) }), { minLength: 1, maxLength: 3 });
const flipped = (changes: { at: number; xor: number }[]) => {
  const bytes = Buffer.from(valid);
  for (const { at, xor } of changes) bytes[at] = (bytes[at] as number) ^ xor;
  return bytes;
};

describe('loader fuzz: bytes', () => {
  it('every truncation of a valid file (with and without BOM) fails with a typed error', () => {
    for (const source of [valid, withBom]) {
      for (let length = 0; length < source.length; length++) {
        // Any prefix shorter than the whole document cannot be the whole document.
        const cut = source.subarray(0, length);
        const loaded = checkBytes(cut);
        if (loaded) expect(cut.subarray(-2).toString()).toMatch(/\}\s*$/);
      }
      expect(checkBytes(source)).toBe(true);
      expectNoPollution();
    }
  });

  it('random byte flips of a valid file', () => {
    fuzz(flips, 5_000, (changes) => {
      checkBytes(flipped(changes));
    });
  });

  it('random bytes, and random bytes after a BOM', () => {
    fuzz(fc.uint8Array({ maxLength: 512 }), 2_000, (bytes) => {
      checkBytes(bytes);
      checkBytes(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), bytes]));
    });
  });

  it(`${FILE_SAMPLE} of these through readProgramFile on real files: typed errors only, file unchanged`, async () => {
    const folder = await tempFolder();
    const path = join(folder, 'fuzz.ivlp.json');
    const inputs = fc.sample(
      fc.oneof(
        flips.map(flipped),
        fc.nat({ max: valid.length }).map((n) => valid.subarray(0, n)),
        fc.uint8Array({ maxLength: 256 }).map((b) => Buffer.from(b)),
      ),
      FILE_SAMPLE,
    );
    const codes: Record<string, number> = {};
    for (const bytes of inputs) {
      await writeFile(path, bytes);
      tally.inputs++;
      try {
        await readProgramFile(path);
        codes['loaded'] = (codes['loaded'] ?? 0) + 1;
      } catch (error) {
        if (!(error instanceof StorageError)) throw error;
        expect(['LOAD_FAILED', 'NOT_UTF8']).toContain(error.code);
        expect(error.message).toContain('fuzz.ivlp.json');
        codes[error.code] = (codes[error.code] ?? 0) + 1;
      }
      await expectBytes(path, bytes);
    }
    console.log(`fuzz (readProgramFile): ${JSON.stringify(codes)}`);
    expectNoPollution();
  });

  it('ran at least 20,000 inputs', () => {
    expect(tally.inputs).toBeGreaterThanOrEqual(20_000);
  });
});
