import { describe, expect, it } from 'vitest';
import { programFileFilters, suggestedProgramFileName } from '../../../../src/main/security/file-dialogs';

describe('programFileFilters', () => {
  it('filters on the double extension on Windows and Linux', () => {
    expect(programFileFilters(false)).toEqual([{ name: 'IVLP program (*.ivlp, *.ivlp.json)', extensions: ['ivlp', 'ivlp.json'] }]);
  });

  it('filters on json on macOS, which only matches the last extension', () => {
    expect(programFileFilters(true)).toEqual([{ name: 'IVLP program (*.ivlp, *.ivlp.json)', extensions: ['ivlp', 'json'] }]);
  });
});

describe('suggestedProgramFileName', () => {
  it.each([
    // New files are .ivlp (one extension: Windows and macOS associate by the last one).
    ['New program.ivlp.json', 'New program.ivlp'],
    ['New program.ivlp', 'New program.ivlp'],
    ['TMSSW 2024', 'TMSSW 2024.ivlp'],
    ['a/b\\c:d*e?f"g<h>i|j', 'a b c d e f g h i j.ivlp'],
    ['..hidden', 'hidden.ivlp'],
    ['', 'Untitled program.ivlp'],
    ['   ', 'Untitled program.ivlp'],
    ['line\nbreak', 'line break.ivlp'],
  ])('%j -> %j', (input, expected) => {
    expect(suggestedProgramFileName(input)).toBe(expected);
  });

  it('keeps names short enough for every file system', () => {
    expect(suggestedProgramFileName('x'.repeat(500)).length).toBeLessThanOrEqual(130);
  });
});
