import { describe, expect, it } from 'vitest';
import { programFileFilters, suggestedProgramFileName } from '../../../../src/main/security/file-dialogs';

describe('programFileFilters', () => {
  it('filters on the double extension on Windows and Linux', () => {
    expect(programFileFilters(false)).toEqual([{ name: 'IVLP program (*.ivlp.json)', extensions: ['ivlp.json'] }]);
  });

  it('filters on json on macOS, which only matches the last extension', () => {
    expect(programFileFilters(true)).toEqual([{ name: 'IVLP program (*.ivlp.json)', extensions: ['json'] }]);
  });
});

describe('suggestedProgramFileName', () => {
  it.each([
    ['New program.ivlp.json', 'New program.ivlp.json'],
    ['TMSSW 2024', 'TMSSW 2024.ivlp.json'],
    ['a/b\\c:d*e?f"g<h>i|j', 'a b c d e f g h i j.ivlp.json'],
    ['..hidden', 'hidden.ivlp.json'],
    ['', 'Untitled program.ivlp.json'],
    ['   ', 'Untitled program.ivlp.json'],
    ['line\nbreak', 'line break.ivlp.json'],
  ])('%j -> %j', (input, expected) => {
    expect(suggestedProgramFileName(input)).toBe(expected);
  });

  it('keeps names short enough for every file system', () => {
    expect(suggestedProgramFileName('x'.repeat(500)).length).toBeLessThanOrEqual(130);
  });
});
