/**
 * Ids as keys: two ids that differ only by letter case (or by Unicode normalization) name the same
 * thing. Ids become file names (`itinerary-<id>.pdf`), and Windows and macOS disks do not tell
 * `p-ana` from `P-Ana`, so one traveler's itinerary would replace another's.
 */
import transliterate from '@sindresorhus/transliterate';

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

// Replacements applied before the library's own (see asciiName). German writes ä ö ü as ae oe ue,
// and the library does so by default; participants come from everywhere, and a Turkish, Hungarian
// or Finnish name reads better with the plain vowel. The library leaves out the Serbian Cyrillic
// letters (they clash with its Macedonian table), so "Ђорђе" would lose letters without these.
const NAME_REPLACEMENTS: ReadonlyArray<[string, string]> = [
  ['ä', 'a'], ['Ä', 'A'], ['ö', 'o'], ['Ö', 'O'], ['ü', 'u'], ['Ü', 'U'],
  ['ђ', 'dj'], ['Ђ', 'Dj'], ['ћ', 'c'], ['Ћ', 'C'], ['ј', 'j'], ['Ј', 'J'], ['џ', 'dz'], ['Џ', 'Dz'],
];

/**
 * A name spelled in ASCII letters as far as they go: Søreide -> Soreide, Straße -> Strasse,
 * Žužul -> Zuzul, Łukasz -> Lukasz, Петровић -> Petrovic (@sindresorhus/transliterate: Latin,
 * Cyrillic, Greek, Arabic and more, with NFD accents removed). Scripts it does not cover (Chinese,
 * Japanese) stay as they are.
 */
export function asciiName(name: string): string {
  return transliterate(name, { customReplacements: NAME_REPLACEMENTS });
}

/** Lower-case ASCII letters and digits of a name joined by single dashes, at most 40 characters; '' when none. */
export function idSlug(name: string): string {
  return asciiName(name).toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 40).replace(/-+$/, '');
}

/**
 * A readable id for something new named `name`: `<prefix>-<slug>` ("p-soreide-ase"), then `-2`,
 * `-3`... until `isTaken` (which must compare by idKey) says no. A name with no letters that spell in
 * ASCII gets `<prefix>-<fallback>` ("p-participant"); the id is internal, the name is what shows.
 */
export function readableId(prefix: string, name: string, fallback: string, isTaken: (id: string) => boolean): string {
  const base = `${prefix}-${idSlug(name) || fallback}`;
  let id = base;
  for (let n = 2; isTaken(id); n++) id = `${base}-${n}`;
  return id;
}
