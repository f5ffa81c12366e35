/** What the roster import dialog computes around the shared planner: labels, mapping edits, preview cells, counts. */
import { describe, expect, it } from 'vitest';
import {
  dateOrderChoices,
  formatDescription,
  IGNORE,
  importedMessage,
  importLabel,
  previewFields,
  previewValue,
  remap,
  sampleValues,
  summarize,
} from '../../../../../src/renderer/features/roster-import/roster-import-model';
import { detectMapping, planRosterImport } from '../../../../../src/shared/roster/index';
import { smallProgram } from '../../../main/app-fixture';

const ROWS = [
  ['First name', 'Surname', 'Country', 'Group', 'Arrival', 'Passport'],
  ['Ana', 'Pérez', 'Chile', 'Group A', '03/04/2024', '000123456'],
  ['Zoë', 'Brontë', 'UK', 'group a', '05/04/2024', 'X12'],
  ['', '', 'Peru', '', '', ''],
];

describe('roster import model', () => {
  it('describes how the file was read', () => {
    expect(formatDescription({ format: 'csv', encoding: 'windows-1252', delimiter: ';', date1904: false })).toBe('CSV · Windows-1252 (Western European) · separated by semicolon (;)');
    expect(formatDescription({ format: 'csv', encoding: 'utf-8-bom', delimiter: '\t', date1904: false })).toBe('CSV · UTF-8 with BOM · separated by tab');
    expect(formatDescription({ format: 'xlsx', encoding: null, delimiter: null, date1904: true })).toBe('Excel workbook (.xlsx) · dates in the 1904 system');
  });

  it('remaps a column, keeping one column per field, and ignores one', () => {
    const mapping = detectMapping(ROWS[0] ?? []);
    expect(mapping.get(0)).toBe('givenName');
    expect(mapping.has(5)).toBe(false);
    const withNotes = remap(mapping, 5, 'internalNotes');
    expect(withNotes.get(5)).toBe('internalNotes');
    const moved = remap(withNotes, 5, 'givenName');
    expect([...moved].filter(([, f]) => f === 'givenName')).toEqual([[5, 'givenName']]);
    expect(remap(moved, 5, IGNORE).has(5)).toBe(false);
    expect(mapping.has(5)).toBe(false); // never mutated
  });

  it('shows example values and the preview exactly as stored', () => {
    expect(sampleValues(ROWS, 1)).toEqual(['Pérez', 'Brontë']);
    const program = smallProgram();
    const mapping = remap(detectMapping(ROWS[0] ?? []), 5, 'internalNotes');
    const plan = planRosterImport(program, ROWS, mapping, { dayFirst: true });
    expect(previewFields(mapping)).toEqual(['givenName', 'familyName', 'country', 'arrival', 'group', 'internalNotes']);
    const [first] = plan.accepted; // row 2 (Ana Pérez) is already in the program
    if (!first) throw new Error('no row accepted');
    expect(first.row).toBe(3);
    expect(previewValue(first, 'arrival', program)).toBe('2024-04-05');
    expect(previewValue(first, 'group', program)).toBe('Group A');
    expect(previewValue(first, 'internalNotes', program)).toBe('X12');
  });

  it('counts duplicates apart from other rejected rows', () => {
    const program = smallProgram(); // already has Ana Pérez of Chile
    const plan = planRosterImport(program, ROWS, detectMapping(ROWS[0] ?? []), { dayFirst: true });
    const summary = summarize(plan);
    expect(summary.created).toBe(1);
    expect(summary.duplicates.map((r) => r.row)).toEqual([2]);
    expect(summary.rejected).toEqual([{ row: 4, reason: '"Surname" (family name) is empty' }]);
  });

  it('spells out both readings of an ambiguous date', () => {
    const plan = planRosterImport(smallProgram(), ROWS, detectMapping(ROWS[0] ?? []));
    const question = plan.questions[0];
    if (!question) throw new Error('no question');
    expect(dateOrderChoices(question)).toEqual({ example: '03/04/2024', dayFirst: '3 April 2024', monthFirst: 'March 4, 2024' });
    expect(plan.command).toBeNull();
  });

  it('words the button and the outcome', () => {
    expect(importLabel(1)).toBe('Import 1 participant');
    expect(importLabel(3)).toBe('Import 3 participants');
    expect(importedMessage(2, 1)).toBe('Imported 2 participants as one step; Undo takes them out again. 1 row was not imported (listed below).');
  });
});
