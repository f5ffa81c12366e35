/**
 * Text matching and ordering for the People tables. Rosters mix Latin names with and without
 * diacritics (a planner types "Perez" for "Pérez", "Lodz" for "Łódź"), so search folds both sides
 * with the one fold the directory search uses too (shared/fold.ts).
 */
import { fold } from '../../../shared/fold';

/** Lower case, no diacritics, ASCII apostrophes and dashes, runs of white space as one space. */
export const foldForSearch = fold;

/** The words of a search box, folded; an empty list matches everything. */
export function searchTerms(query: string): string[] {
  const folded = foldForSearch(query);
  return folded ? folded.split(' ') : [];
}

/** Whether every term occurs somewhere in the (already folded) text, in any order. */
export function matchesTerms(foldedText: string, terms: readonly string[]): boolean {
  for (const term of terms) if (!foldedText.includes(term)) return false;
  return true;
}

// One collator for the whole renderer: building one per comparison is what makes sorting slow.
// Base sensitivity puts "Pérez" beside "Perez"; numeric orders "Group 2" before "Group 10".
const collator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });

/** Compares two strings as a reader of the user's language would order them. */
export function compareText(a: string, b: string): number {
  return collator.compare(a, b);
}
