/**
 * Which columns the planner chose to see, per table, remembered on this computer (view state, not
 * part of the program file). Only departures from each column's default are kept, so a column
 * added in a later version shows or hides as its default says.
 */
import { columnsOf, type Column, type PersonKind } from './people-columns';

const KEY = (kind: PersonKind) => `ivlp.people-columns.${kind}`;

export type ColumnChoice = Readonly<Record<string, boolean>>;

export function readColumnChoice(kind: PersonKind): ColumnChoice {
  try {
    const value: unknown = JSON.parse(localStorage.getItem(KEY(kind)) ?? '{}');
    if (!value || typeof value !== 'object') return {};
    return Object.fromEntries(Object.entries(value).filter(([, v]) => typeof v === 'boolean')) as ColumnChoice;
  } catch {
    return {};
  }
}

export function writeColumnChoice(kind: PersonKind, choice: ColumnChoice): void {
  try {
    localStorage.setItem(KEY(kind), JSON.stringify(choice));
  } catch {
    // A full or disabled storage only means the choice is not remembered.
  }
}

/** The columns to show, in table order. The family name always shows: rows must say whose they are. */
export function shownColumns(kind: PersonKind, choice: ColumnChoice): Column[] {
  return columnsOf(kind).filter((c) => c.key === 'familyName' || (choice[c.key] ?? c.shown.includes(kind)));
}

/** The choice after showing or hiding one column. */
export function toggleColumn(kind: PersonKind, choice: ColumnChoice, key: string): ColumnChoice {
  const column = columnsOf(kind).find((c) => c.key === key);
  if (!column) return choice;
  const byDefault = column.shown.includes(kind);
  const next = { ...choice, [key]: !(choice[key] ?? byDefault) };
  if (next[key] === byDefault) delete next[key];
  return next;
}
