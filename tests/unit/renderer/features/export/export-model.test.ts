import { describe, expect, it } from 'vitest';
import { doneMessage, phaseText, progressFraction } from '../../../../../src/renderer/features/export/export-model';

describe('the export dialog’s words and progress', () => {
  it('moves forward through the phases and ends at 1', () => {
    const pdf = [
      progressFraction({ phase: 'render', done: 1, total: 1 }, 'pdf'),
      progressFraction({ phase: 'print', done: 1, total: 1 }, 'pdf'),
      progressFraction({ phase: 'split', done: 28, total: 56 }, 'pdf'),
      progressFraction({ phase: 'write', done: 56, total: 56 }, 'pdf'),
    ] as number[];
    expect([...pdf].sort((a, b) => a - b)).toEqual(pdf);
    expect(pdf.at(-1)).toBe(1);
    expect(progressFraction({ phase: 'print', done: 0, total: 1 }, 'pdf')).toBeNull(); // busy, no steps
    expect(progressFraction({ phase: 'write', done: 3, total: 3 }, 'ics')).toBe(1);
    expect(phaseText({ phase: 'split', done: 12, total: 56 }, 'pdf')).toBe('Splitting into files: 12 of 56');
  });

  it('says how many files went to which folder', () => {
    expect(doneMessage(56, 'Itineraries May', 'pdf', { kind: 'all-participants' })).toBe('56 itineraries written to Itineraries May');
    expect(doneMessage(1, 'Out', 'pdf', { kind: 'book' })).toBe('The program book written to Out');
    expect(doneMessage(1, 'Out', 'ics', { kind: 'group', id: 'g' })).toBe('1 calendar file written to Out');
  });
});
