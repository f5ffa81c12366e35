/**
 * Whatever two members do to a program while apart, merging their documents gives every copy the
 * same program, and that program is valid: random pairs of edit sequences from the app's own
 * commands, on forks of the shared sample.
 */
import * as fc from 'fast-check';
import { expect, test } from 'vitest';
import { applyCommand } from '../../../../src/shared/commands/apply';
import { serializeProgram } from '../../../../src/shared/program/load';
import { programIssues } from '../../../../src/shared/program/validate';
import type { Program } from '../../../../src/shared/program/schema';
import { buildTmssw2024Sample } from '../../../../src/cli/sample/index';
import { commandFor, editArb, type Edit } from '../../shared/conflicts/edits';
import { fork, mergeInto, read, share, write, type Copy } from './docs-fixture';

const sample = buildTmssw2024Sample();
const shared = share(sample);

/** Applies the edits that apply, writing each into the copy as the app would. */
function edit(copy: Copy, edits: readonly Edit[], by: string): void {
  let program: Program = sample;
  edits.forEach((e, step) => {
    if (e.kind === 'undo') return;
    const command = commandFor(program, e, step);
    if (!command) return;
    let next: Program;
    try {
      next = applyCommand(program, command).program;
    } catch {
      return; // refused here, as the app would refuse it
    }
    write(copy, program, next, by);
    program = next;
  });
}

/** Right's edits aimed at what left's edits touch (same picks): moves against moves, deletes against uses. */
const aimed = fc
  .array(fc.tuple(editArb, editArb), { minLength: 1, maxLength: 3 })
  .map((pairs) => [pairs.map(([l]) => l), pairs.map(([l, r]) => ('pick' in l && 'pick' in r ? { ...r, pick: l.pick } : r))] as const);
const independent = fc.tuple(fc.array(editArb, { minLength: 1, maxLength: 3 }), fc.array(editArb, { minLength: 1, maxLength: 3 }));

test('random concurrent edits on two copies merge to one valid program on both', () => {
  fc.assert(
    fc.property(fc.oneof(aimed, independent), ([left, right]) => {
      const a = fork(shared);
      const b = fork(shared);
      edit(a, left, 'Ann');
      edit(b, right, 'Bob');
      mergeInto(a, b);
      mergeInto(b, a);
      const fromA = read(a, sample);
      const fromB = read(b, sample);
      expect(programIssues(fromA.program)).toEqual([]);
      expect(fromA.unreadable).toEqual([]);
      expect(serializeProgram(fromB.program)).toBe(serializeProgram(fromA.program));
    }),
    { numRuns: 100, seed: 20261207 },
  );
});
