/**
 * Ids as keys: two ids that differ only by letter case (or by Unicode normalization) name the same
 * thing. Ids become file names (`itinerary-<id>.pdf`), and Windows and macOS disks do not tell
 * `p-ana` from `P-Ana`, so one traveler's itinerary would replace another's.
 */

// The schema keeps ids to ASCII letters, digits, - and _, so for ids the ASCII branch is the one
// taken; file names (and whatever reaches here unchecked) get the full folding.
const NON_ASCII = /[\u0080-\uffff]/;

/**
 * The key under which two names are one on a case-insensitive disk: NFC (macOS stores names
 * decomposed), then case folded (ß and SS alike).
 */
export function caseFoldKey(text: string): string {
  return NON_ASCII.test(text) ? text.normalize('NFC').toUpperCase().toLowerCase() : text.toLowerCase();
}

/** The key under which two ids are the same id (caseFoldKey). */
export function idKey(id: string): string {
  return caseFoldKey(id);
}
