import { describe, expect, it } from 'vitest';
import { applyCommand } from '../../../../src/shared/commands/apply';
import { CommandError } from '../../../../src/shared/commands/types';
import { loadProgramText, serializeProgram } from '../../../../src/shared/program/load';
import { buildTmssw2024Sample } from '../../../../src/cli/sample/index';

// The sample ships with one dismissal of its own; these tests start from none.
const fresh = () => ({ ...buildTmssw2024Sample(), dismissals: [] });
const dismissal = (problemId: string) => ({ problemId, reason: 'Host confirmed the room is free.', dismissedAt: '2024-04-01T12:00:00Z' });

describe('dismissed problems (schema version 2)', () => {
  it('dismiss and undismiss are exact inverses, in any order of several', () => {
    const p0 = fresh();
    const a = applyCommand(p0, { type: 'problem/dismiss', dismissal: dismissal('rule/a') });
    const b = applyCommand(a.program, { type: 'problem/dismiss', dismissal: dismissal('rule/b') });
    const c = applyCommand(b.program, { type: 'problem/undismiss', problemId: 'rule/a' });
    expect(c.program.dismissals.map((d) => d.problemId)).toEqual(['rule/b']);
    expect(applyCommand(c.program, c.inverse).program).toEqual(b.program);
    expect(applyCommand(b.program, b.inverse).program).toEqual(a.program);
    expect(applyCommand(a.program, a.inverse).program).toEqual(p0);
  });

  it('a dismissal is saved in the file and loads back', () => {
    const { program } = applyCommand(fresh(), { type: 'problem/dismiss', dismissal: dismissal('rule/x') });
    const loaded = loadProgramText(serializeProgram(program));
    expect(loaded.ok && loaded.program.dismissals).toEqual([dismissal('rule/x')]);
  });

  it('refuses a second dismissal of one problem, an unknown undismiss, and an empty reason', () => {
    const { program } = applyCommand(fresh(), { type: 'problem/dismiss', dismissal: dismissal('rule/x') });
    expect(() => applyCommand(program, { type: 'problem/dismiss', dismissal: dismissal('rule/x') })).toThrow(CommandError);
    expect(() => applyCommand(program, { type: 'problem/undismiss', problemId: 'rule/none' })).toThrow(/not dismissed/);
    const text = serializeProgram({ ...program, dismissals: [{ ...dismissal('rule/y'), reason: '   ' }] });
    const loaded = loadProgramText(text);
    expect(loaded.ok).toBe(false);
    if (!loaded.ok) expect(loaded.error.message).toContain('dismissals[0].reason');
  });
});
