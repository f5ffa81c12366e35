/**
 * The selection: an ordered list of activity ids, oldest first. The last one is the "primary" the
 * inspector shows in full and the calendar keeps keyboard focus on. Pure helpers, so the store and
 * the components agree on what a click does; each returns the same array when nothing changes, so
 * subscribers comparing by identity do no work.
 */
import type { Program } from '../../shared/program/schema';

export type Selection = readonly string[];

export const NO_SELECTION: Selection = Object.freeze([]);

/** The activity the inspector shows in full: the one selected last. */
export function primaryOf(selection: Selection): string | null {
  return selection.at(-1) ?? null;
}

/** A plain click: just this one (or nothing). */
export function selectOnly(selection: Selection, id: string | null): Selection {
  if (id === null) return selection.length ? NO_SELECTION : selection;
  return selection.length === 1 && selection[0] === id ? selection : [id];
}

/**
 * Shift- or Ctrl/Cmd-click: adds the id as the new primary, or removes it when it is already
 * selected (the previous one selected becomes the primary).
 */
export function toggleSelected(selection: Selection, id: string): Selection {
  return selection.includes(id) ? selection.filter((x) => x !== id) : [...selection, id];
}

/** Drops ids no longer in the program (deleted, or an undone create), keeping the order. */
export function pruneSelection(selection: Selection, program: Pick<Program, 'activities'>): Selection {
  if (!selection.length) return selection;
  const ids = new Set(program.activities.map((a) => a.id));
  return selection.every((id) => ids.has(id)) ? selection : selection.filter((id) => ids.has(id));
}

/** Whether two selections hold the same ids in the same order. */
export function sameSelection(a: Selection, b: Selection): boolean {
  return a === b || (a.length === b.length && a.every((id, i) => id === b[i]));
}
