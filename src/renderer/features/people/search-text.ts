/**
 * Text matching and ordering for the People tables. Rosters mix Latin names with and without
 * diacritics (a planner types "Perez" for "Pérez", "Lodz" for "Łódź"), so search folds both sides:
 * NFD splits accents off their letters, the combining marks are dropped, and the few Latin letters
 * that carry their stroke inside the code point (ł, ø, đ, ı, ß, æ, œ, þ) are spelled out by hand.
 */

// Combining Diacritical Marks and their extensions: what NFD splits off a letter.
const COMBINING_MARKS = /[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]/g;
const STROKED: Readonly<Record<string, string>> = { ł: 'l', ø: 'o', đ: 'd', ı: 'i', ß: 'ss', æ: 'ae', œ: 'oe', þ: 'th', ð: 'd', ħ: 'h' };
const STROKED_RE = new RegExp(`[${Object.keys(STROKED).join('')}]`, 'g');
// Typographic apostrophes and dashes fold to their ASCII forms ("Côte d’Ivoire" finds "cote d'ivoire").
const PUNCTUATION: Readonly<Record<string, string>> = { '\u2018': "'", '\u2019': "'", '\u02bc': "'", '\u2010': '-', '\u2011': '-', '\u2013': '-', '\u2014': '-' };
const PUNCTUATION_RE = /[\u2018\u2019\u02bc\u2010\u2011\u2013\u2014]/g;

/** Lower case, no diacritics, ASCII apostrophes and dashes, runs of white space as one space. */
export function foldForSearch(text: string): string {
  return text
    .normalize('NFD')
    .replace(COMBINING_MARKS, '')
    .toLowerCase()
    .replace(STROKED_RE, (c) => STROKED[c] ?? c)
    .replace(PUNCTUATION_RE, (c) => PUNCTUATION[c] ?? c)
    .replace(/\s+/g, ' ')
    .trim();
}

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
