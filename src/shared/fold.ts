/**
 * Folding text for matching: names of places and organizations are typed with and without
 * diacritics ("Dali Museum" for "Dalí Museum", "Lodz" for "Łódź") and with typographic or ASCII
 * apostrophes. NFD splits accents off their letters and the marks are dropped; the few letters
 * that carry their stroke inside the code point are spelled out.
 */
const COMBINING_MARKS = /[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]/g;
const STROKED: Readonly<Record<string, string>> = { ł: 'l', ø: 'o', đ: 'd', ı: 'i', ß: 'ss', æ: 'ae', œ: 'oe', þ: 'th', ð: 'd', ħ: 'h' };
const STROKED_RE = new RegExp(`[${Object.keys(STROKED).join('')}]`, 'g');
const PUNCTUATION: Readonly<Record<string, string>> = { '\u2018': "'", '\u2019': "'", '\u02bc': "'", '\u2010': '-', '\u2011': '-', '\u2013': '-', '\u2014': '-' };
const PUNCTUATION_RE = /[\u2018\u2019\u02bc\u2010\u2011\u2013\u2014]/g;

/** Lower case, no diacritics, ASCII apostrophes and dashes, runs of white space as one space. */
export function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(COMBINING_MARKS, '')
    .toLowerCase()
    .replace(STROKED_RE, (c) => STROKED[c] ?? c)
    .replace(PUNCTUATION_RE, (c) => PUNCTUATION[c] ?? c)
    .replace(/\s+/g, ' ')
    .trim();
}

/** A folded text reduced to letters and digits joined by single dashes: "Dalí Museum, St. Pete" -> "dali-museum-st-pete". */
export function slug(text: string): string {
  return fold(text)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}
