/**
 * Plans a roster import: decoded rows + a column mapping -> the participants it would create, the
 * rows it refuses (each with the column and value at fault), the dates the planner must confirm,
 * and the one undoable `batch` command that does it. Pure: the same rows give the same ids.
 */
import type { Command } from '../commands/types';
import { idKey, readableId } from '../program/ids';
import type { Participant, Program } from '../program/schema';
import type { ColumnMapping, RosterField } from './columns';
import { readDate, slashOrderHint } from './dates';
import { garbledProblem } from './garbled';

export interface RosterOptions {
  /** Settles ambiguous slash dates: true = d/m/yyyy, false = m/d/yyyy, absent = the file decides or asks. */
  dayFirst?: boolean;
  /** Excel serial numbers count from 1904 (the workbook's date1904 flag). */
  date1904?: boolean;
  /** Whether rows[0] is a header row (default true). */
  hasHeader?: boolean;
}

/** Row numbers are as a spreadsheet shows them: the header is row 1. */
export interface AcceptedRow {
  row: number;
  participant: Participant;
  /** The existing group the row named, if any. */
  groupId: string | null;
}
export interface RejectedRow {
  row: number;
  reason: string;
}
export interface DateQuestion {
  row: number;
  column: string;
  value: string;
  readings: { dayFirst: string; monthFirst: string };
}
export interface RosterPlan {
  accepted: AcceptedRow[];
  rejected: RejectedRow[];
  /** Dates only the planner can settle; while any remain there is no command. */
  questions: DateQuestion[];
  warnings: string[];
  /** One batch "Import roster (N participants)", or null when nothing is to import or questions remain. */
  command: Command | null;
}

const LIMITS: Partial<Record<RosterField, number>> = { dietaryNotes: 2000, accessibilityNotes: 2000, internalNotes: 20_000 };
const DEFAULT_LIMIT = 300;
const NO_INTERPRETATION = new Set(['', 'none', 'no', 'n/a', 'na', 'english', '-']);

/** Case-, spacing- and diacritics-insensitive form used for duplicate names and group names. */
export function foldName(value: string): string {
  return value.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, ' ').trim();
}

function personKey(p: { givenName: string; familyName: string; country: string }): string {
  return [p.givenName, p.familyName, p.country].map(foldName).join('|');
}

/**
 * A new participant id, `p-<family>-<given>` in ASCII (readableId: "p-soreide-ase" for Åse
 * Søreide), then `-2`, ... unused by `taken`, a set of idKeys (so "P-Soreide-Ase" counts as taken).
 */
export function participantId(givenName: string, familyName: string, taken: Set<string>): string {
  const id = readableId('p', `${familyName} ${givenName}`, 'participant', (candidate) => taken.has(idKey(candidate)));
  taken.add(idKey(id));
  return id;
}

/** The command that imports the accepted rows: entity/create each, then each named group's new member list. */
export function rosterCommand(program: Program, accepted: readonly AcceptedRow[]): Command | null {
  if (accepted.length === 0) return null;
  const commands: Command[] = accepted.map((a) => ({ type: 'entity/create', collection: 'participants', entity: a.participant }));
  for (const group of program.groups) {
    const added = accepted.filter((a) => a.groupId === group.id).map((a) => a.participant.id);
    if (added.length) commands.push({ type: 'group/set-members', groupId: group.id, participantIds: [...group.participantIds, ...added], staffIds: group.staffIds });
  }
  const n = accepted.length;
  return { type: 'batch', label: `Import roster (${n} participant${n === 1 ? '' : 's'})`, commands };
}

/** Plans importing `rows` (decoded cells) into `program` with `mapping`. */
export function planRosterImport(program: Program, rows: readonly (readonly string[])[], mapping: ColumnMapping, options: RosterOptions = {}): RosterPlan {
  const hasHeader = options.hasHeader ?? true;
  const header = hasHeader ? (rows[0] ?? []) : [];
  const body = rows.slice(hasHeader ? 1 : 0);
  const firstRow = hasHeader ? 2 : 1;
  const columnOf = new Map<RosterField, number>();
  for (const [index, field] of mapping) if (!columnOf.has(field)) columnOf.set(field, index);
  const columnName = (field: RosterField): string => {
    const index = columnOf.get(field) ?? -1;
    const name = header[index]?.trim();
    return name ? `"${name}"` : `column ${index + 1}`;
  };

  const warnings: string[] = [];
  if (!columnOf.has('familyName')) warnings.push('no column is mapped to familyName: every row will be rejected');
  if (!columnOf.has('country')) warnings.push('no column is mapped to country: every row will be rejected');

  // The file settles slash order when some date can only be read one way.
  let dayFirst: boolean | null = options.dayFirst ?? null;
  if (dayFirst === null) {
    const hints = new Set<string>();
    for (const row of body) for (const f of ['arrival', 'departure'] as const) {
      const index = columnOf.get(f);
      const hint = index === undefined ? null : slashOrderHint(row[index] ?? '');
      if (hint) hints.add(hint);
    }
    if (hints.size === 1) dayFirst = hints.has('day');
    if (hints.size === 2) warnings.push('the file mixes day/month/year and month/day/year dates; ambiguous ones need confirming');
  }

  const groupsByName = new Map(program.groups.map((g) => [foldName(g.name), g] as const));
  const takenIds = new Set(program.participants.map((p) => idKey(p.id)));
  const seen = new Map<string, string>(program.participants.map((p) => [personKey(p), `already in the program as ${p.id}`] as const));
  const accepted: AcceptedRow[] = [];
  const rejected: RejectedRow[] = [];
  const questions: DateQuestion[] = [];

  body.forEach((row, i) => {
    const rowNumber = firstRow + i;
    if (row.every((cell) => cell.trim() === '')) return;
    const cell = (field: RosterField): string => {
      const index = columnOf.get(field);
      return index === undefined ? '' : (row[index] ?? '').trim();
    };
    const problems: string[] = [];
    for (const field of columnOf.keys()) {
      const limit = LIMITS[field] ?? DEFAULT_LIMIT;
      if (cell(field).length > limit) problems.push(`${columnName(field)} is longer than ${limit} characters`);
      const garbled = garbledProblem(cell(field));
      if (garbled) problems.push(`${columnName(field)} "${cell(field)}" ${garbled}`);
    }
    const familyName = cell('familyName');
    const givenName = cell('givenName');
    const country = cell('country');
    if (!familyName) problems.push(columnOf.has('familyName') ? `${columnName('familyName')} (family name) is empty` : 'no family name column');
    if (!country) problems.push(columnOf.has('country') ? `${columnName('country')} (country) is empty` : 'no country column');
    const email = cell('email');
    if (email && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) problems.push(`${columnName('email')} "${email}" is not an email address`);
    const dates: Record<'arrival' | 'departure', string | null> = { arrival: null, departure: null };
    let asked = false;
    for (const f of ['arrival', 'departure'] as const) {
      const value = cell(f);
      const reading = readDate(value, { dayFirst, date1904: options.date1904 === true });
      if (reading.kind === 'date') dates[f] = reading.date;
      else if (reading.kind === 'invalid') problems.push(`${columnName(f)} ${reading.reason}`);
      else if (reading.kind === 'ambiguous') {
        questions.push({ row: rowNumber, column: columnName(f), value, readings: { dayFirst: reading.dayFirst, monthFirst: reading.monthFirst } });
        asked = true;
      }
    }
    if (!asked && dates.arrival && dates.departure && dates.departure < dates.arrival) {
      problems.push(`${columnName('departure')} ${dates.departure} is before ${columnName('arrival')} ${dates.arrival}`);
    }
    const groupName = cell('group');
    const group = groupName ? groupsByName.get(foldName(groupName)) : undefined;
    if (groupName && !group) problems.push(`${columnName('group')} "${groupName}" is not a group in this program`);
    if (problems.length === 0 && familyName && country) {
      const key = personKey({ givenName, familyName, country });
      const earlier = seen.get(key);
      if (earlier) problems.push(`duplicate: ${[givenName, familyName].filter(Boolean).join(' ')} (${country}) is ${earlier}`);
      else seen.set(key, `also on row ${rowNumber}`);
    }
    if (problems.length) {
      rejected.push({ row: rowNumber, reason: problems.join('; ') });
      return;
    }
    const interpretation = cell('interpretation');
    const participant: Participant = {
      id: participantId(givenName, familyName, takenIds),
      givenName,
      familyName,
      // Phone numbers and passport-like values stay the text the file had: leading zeros and + kept.
      languages: cell('languages').split(/[;,]/).map((l) => l.trim()).filter(Boolean),
      phone: cell('phone'),
      email,
      arrival: dates.arrival,
      departure: dates.departure,
      internalNotes: cell('internalNotes'),
      country,
      position: cell('position'),
      organization: cell('organization'),
      interpretation: NO_INTERPRETATION.has(interpretation.toLowerCase()) ? null : interpretation,
      dietaryNotes: cell('dietaryNotes'),
      accessibilityNotes: cell('accessibilityNotes'),
    };
    accepted.push({ row: rowNumber, participant, groupId: group?.id ?? null });
  });

  const command = questions.length ? null : rosterCommand(program, accepted);
  return { accepted, rejected, questions, warnings, command };
}
