/**
 * programBytes must be byte for byte serializeProgram's text as UTF-8, whichever entities it has
 * cached bytes for: the file's canonical form (and undo restoring a file exactly) depends on it.
 */
import * as fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { applyCommand } from '../../../../src/shared/commands/apply';
import { serializeProgram, validateProgram } from '../../../../src/shared/program/load';
import type { Program } from '../../../../src/shared/program/schema';
import { buildTmssw2024Sample } from '../../../../src/cli/sample/index';
import { addMinutes } from '../../../../src/shared/time';
import { programBytes } from '../../../../src/main/storage/program-bytes';
import { sampleProgram } from './fixture-program';
import { pathsOf, withValueAt } from './fuzz-support';

function expectCanonical(program: Program): void {
  const bytes = programBytes(program);
  const expected = Buffer.from(serializeProgram(program), 'utf8');
  if (!bytes.equals(expected)) expect(bytes.toString('utf8')).toBe(expected.toString('utf8')); // shows the difference
  expect(bytes.equals(expected)).toBe(true);
}

function validated(value: unknown): Program {
  const result = validateProgram(value);
  if (!result.ok) throw new Error(`invalid: ${JSON.stringify(result.issues[0])}`);
  return result.program;
}

describe('programBytes', () => {
  test('equals serializeProgram for validated programs, raw programs and empty lists', () => {
    const sample = buildTmssw2024Sample();
    expectCanonical(sample); // never validated: nothing cached, all stringified
    const loaded = validated(JSON.parse(serializeProgram(sample)));
    expectCanonical(loaded); // every list cached on the way
    expectCanonical(loaded); // and reused
    expectCanonical(validated({ ...sampleProgram(), activities: [], venues: [], dismissals: [] }));
    expectCanonical({ ...loaded, activities: [] });
  });

  test('equals serializeProgram after edits, with old members cached and new ones not', () => {
    let program = validated(JSON.parse(serializeProgram(buildTmssw2024Sample())));
    expectCanonical(program);
    for (let n = 0; n < 40; n++) {
      const activity = program.activities[(n * 37) % program.activities.length];
      if (activity?.timing.kind !== 'scheduled') continue;
      program = applyCommand(program, { type: 'activity/move', id: activity.id, start: addMinutes(activity.timing.start, 15) }).program;
      expectCanonical(program); // the moved activity is not remembered: stringified here
      program = validated(program); // as a save does: its copy is remembered from now on
      expectCanonical(program);
    }
  });

  test('equals serializeProgram for any valid variation of a program', () => {
    const doc = JSON.parse(serializeProgram(sampleProgram())) as unknown;
    const paths = pathsOf(doc).slice(1);
    const strings = fc.oneof(fc.string(), fc.string({ unit: 'grapheme' }), fc.constantFrom('"quoted"\n\ttabbed\\', '’ünïcödé 🚢', '\u2028\u2029', '</script>'));
    fc.assert(
      fc.property(fc.constantFrom(...paths), strings, (path, text) => {
        const changed = withValueAt(doc, path, text);
        const result = validateProgram(changed);
        if (!result.ok) return; // only valid programs are ever serialized for a save
        expectCanonical(result.program);
        expectCanonical(validated(result.program));
      }),
      { numRuns: 800 },
    );
  });
});
