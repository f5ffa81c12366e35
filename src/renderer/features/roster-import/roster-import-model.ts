/**
 * The import dialog's logic, pure: labels for fields, encodings and delimiters; mapping edits; and
 * what the preview shows of a roster plan. The plan itself comes from shared/roster, the same
 * planner the `ivlp import-roster` command uses, so the app and the command line import alike.
 */
import type { RosterRead } from '../../../shared/ipc/contract';
import type { Participant, Program } from '../../../shared/program/schema';
import { ROSTER_FIELDS, type AcceptedRow, type ColumnMapping, type DateQuestion, type RejectedRow, type RosterField, type RosterPlan } from '../../../shared/roster/index';

export const FIELD_LABELS: Record<RosterField, string> = {
  givenName: 'Given name',
  familyName: 'Family name',
  passportName: 'Passport name (Latin script)',
  country: 'Country',
  position: 'Position',
  organization: 'Organization',
  languages: 'Languages',
  interpretation: 'Interpretation into',
  dietaryNotes: 'Dietary notes',
  accessibilityNotes: 'Accessibility notes',
  phone: 'Phone',
  email: 'Email',
  arrival: 'Arrival',
  departure: 'Departure',
  group: 'Group',
  internalNotes: 'Internal notes (never printed)',
};

/** The select value of an unmapped column. */
export const IGNORE = 'ignore';

const ENCODING_LABELS: Record<NonNullable<RosterRead['encoding']>, string> = {
  'utf-8': 'UTF-8',
  'utf-8-bom': 'UTF-8 with BOM',
  'utf-16le': 'UTF-16 (little-endian)',
  'utf-16be': 'UTF-16 (big-endian)',
  'windows-1252': 'Windows-1252 (Western European)',
};

const DELIMITER_LABELS: Record<NonNullable<RosterRead['delimiter']>, string> = {
  ',': 'comma (,)',
  ';': 'semicolon (;)',
  '\t': 'tab',
};

/** How the file was read, e.g. "CSV · Windows-1252 (Western European) · semicolon (;)". */
export function formatDescription(roster: Pick<RosterRead, 'format' | 'encoding' | 'delimiter' | 'date1904'>): string {
  if (roster.format === 'xlsx') return `Excel workbook (.xlsx)${roster.date1904 ? ' · dates in the 1904 system' : ''}`;
  const parts = ['CSV'];
  if (roster.encoding) parts.push(ENCODING_LABELS[roster.encoding]);
  if (roster.delimiter) parts.push(`separated by ${DELIMITER_LABELS[roster.delimiter]}`);
  return parts.join(' · ');
}

/** The mapping with column `index` set to `field` (or ignored); a field fills from one column only. */
export function remap(mapping: ColumnMapping, index: number, field: RosterField | typeof IGNORE): Map<number, RosterField> {
  const next = new Map(mapping);
  if (field === IGNORE) {
    next.delete(index);
    return next;
  }
  for (const [i, f] of next) if (f === field && i !== index) next.delete(i);
  next.set(index, field);
  return next;
}

/** A few values of a column from the body rows, to tell columns apart in the mapping list. */
export function sampleValues(rows: readonly (readonly string[])[], index: number, count = 2): string[] {
  const values: string[] = [];
  for (const row of rows.slice(1)) {
    const value = (row[index] ?? '').trim();
    if (value && !values.includes(value)) values.push(value);
    if (values.length === count) break;
  }
  return values;
}

/** The header of a column as the planner sees it ("Column 4" when the header cell is blank). */
export function columnLabel(header: readonly string[], index: number): string {
  return header[index]?.trim() || `Column ${index + 1}`;
}

export interface PlanSummary {
  /** Participants the import would add. */
  created: number;
  /** Rows naming someone already in the program or earlier in the file: left out, nothing is overwritten. */
  duplicates: RejectedRow[];
  /** Rows refused for any other reason (missing name, impossible date, unknown group, ...). */
  rejected: RejectedRow[];
}

/** Splits a plan's refusals into duplicates and the rest. */
export function summarize(plan: RosterPlan): PlanSummary {
  const duplicates = plan.rejected.filter((r) => r.reason.startsWith('duplicate:'));
  return { created: plan.accepted.length, duplicates, rejected: plan.rejected.filter((r) => !r.reason.startsWith('duplicate:')) };
}

/** The fields the preview table shows: the mapped ones, in the order of the participant form. */
export function previewFields(mapping: ColumnMapping): RosterField[] {
  const mapped = new Set(mapping.values());
  return ROSTER_FIELDS.filter((f) => mapped.has(f));
}

/** One cell of the preview table: the value as it will be stored. */
export function previewValue(row: AcceptedRow, field: RosterField, program: Program): string {
  const p: Participant = row.participant;
  switch (field) {
    case 'languages':
      return p.languages.join(', ');
    case 'interpretation':
      return p.interpretation ?? '—';
    case 'arrival':
    case 'departure':
      return p[field] ?? '';
    case 'group':
      return row.groupId ? (program.groups.find((g) => g.id === row.groupId)?.name ?? row.groupId) : '';
    default:
      return p[field];
  }
}

/** The day/month question in words, from the first ambiguous date: "03/04/2024 is 3 April 2024 or March 4, 2024". */
export function dateOrderChoices(question: Pick<DateQuestion, 'value' | 'readings'>): { example: string; dayFirst: string; monthFirst: string } {
  return { example: question.value, dayFirst: longDate(question.readings.dayFirst, true), monthFirst: longDate(question.readings.monthFirst, false) };
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "2024-04-03" -> "3 April 2024" (day first) or "April 3, 2024"; spelled out so the reading is unmistakable. */
function longDate(iso: string, dayFirst: boolean): string {
  const [year, month, day] = iso.split('-').map(Number);
  const name = MONTHS[(month ?? 1) - 1] ?? '';
  return dayFirst ? `${day} ${name} ${year}` : `${name} ${day}, ${year}`;
}

/** "Import 1 participant" / "Import 12 participants". */
export function importLabel(count: number): string {
  return `Import ${count} participant${count === 1 ? '' : 's'}`;
}

/** What the dialog says once the import is applied. */
export function importedMessage(count: number, leftOut: number): string {
  const imported = `Imported ${count} participant${count === 1 ? '' : 's'} as one step; Undo takes ${count === 1 ? 'it' : 'them'} out again.`;
  return leftOut ? `${imported} ${leftOut} row${leftOut === 1 ? ' was' : 's were'} not imported (listed below).` : imported;
}
