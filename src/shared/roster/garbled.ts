/**
 * Text a roster must not import as it is, because it is not what the sender typed. A name stored
 * garbled goes onto badges, visa letters and itineraries; a row refused with its reason is fixed in
 * a minute.
 *
 * Two kinds: a character the file's encoding does not define (the decoder's U+FFFD), and mojibake,
 * UTF-8 read as Windows-1252 or Latin-1 ("JosÃ©" for "José"). A roster pasted together from two
 * sources has UTF-8 rows among Windows-1252 ones; the file is then not valid UTF-8, so all of it is
 * read as Windows-1252, and every UTF-8 letter beyond ASCII turns into two or three characters.
 */

/** U+FFFD: what a decoder puts where the file's bytes are not a character of its encoding. */
const REPLACEMENT = '\uFFFD';

/**
 * Windows-1252's characters for the bytes 0x80-0x9F (U+FFFD for the five it leaves undefined); its
 * other bytes are the Latin-1 characters of the same number. Checked against iconv-lite's table in
 * tests/unit/roster/garbled.test.ts.
 */
export const WINDOWS_1252_HIGH = '€\uFFFD‚ƒ„…†‡ˆ‰Š‹Œ\uFFFDŽ\uFFFD\uFFFD‘’“”•–—˜™š›œ\uFFFDžŸ';

/** The byte a character stands for when the text was decoded as Windows-1252 or Latin-1, or -1. */
function byteOf(char: string): number {
  const code = char.charCodeAt(0);
  if (code <= 0xff) return code;
  const high = WINDOWS_1252_HIGH.indexOf(char);
  return high >= 0 && char !== REPLACEMENT ? 0x80 + high : -1;
}

/**
 * The UTF-8 character spelled by the bytes of text[i...] (a lead byte 0xC2-0xF4, then continuation
 * bytes 0x80-0xBF), and how many characters it took; null when they spell none. The decoded
 * character must be one a roster would hold: IPA letters and spacing modifiers (U+0250-U+02FF) are
 * left out, since "É" before a no-break space reads as U+0260 and is a real name followed by a space.
 */
function utf8At(text: string, i: number): { char: string; length: number } | null {
  const lead = byteOf(text[i] as string);
  if (lead < 0xc2 || lead > 0xf4) return null;
  const length = lead < 0xe0 ? 2 : lead < 0xf0 ? 3 : 4;
  if (i + length > text.length) return null;
  let code = lead & (length === 2 ? 0x1f : length === 3 ? 0x0f : 0x07);
  for (let k = 1; k < length; k++) {
    const byte = byteOf(text[i + k] as string);
    if (byte < 0x80 || byte > 0xbf) return null;
    code = (code << 6) | (byte & 0x3f);
  }
  const min = length === 2 ? 0x80 : length === 3 ? 0x800 : 0x10000;
  if (code < min || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return null;
  if (code >= 0x250 && code <= 0x2ff) return null;
  return { char: String.fromCodePoint(code), length };
}

/** `text` with every UTF-8 sequence read as single bytes put back together, or null when it has none. */
export function repairedMojibake(text: string): string | null {
  let out = '';
  let found = false;
  for (let i = 0; i < text.length; ) {
    const hit = utf8At(text, i);
    if (hit) {
      out += hit.char;
      i += hit.length;
      found = true;
    } else {
      out += text[i];
      i++;
    }
  }
  return found ? out : null;
}

/** Why `text` (one cell) cannot be imported as it is, or null when it can. */
export function garbledProblem(text: string): string | null {
  const repaired = repairedMojibake(text);
  // Some UTF-8 bytes (“”, many CJK characters) are among the five Windows-1252 leaves undefined:
  // those are lost (U+FFFD), so the name can be recognised but not spelled back.
  if (repaired !== null && !repaired.includes(REPLACEMENT)) {
    return `looks garbled: UTF-8 text read as Windows-1252, probably "${repaired}" (does the file mix encodings?); fix the row, or save the roster as UTF-8, and import it again`;
  }
  if (repaired !== null) return 'looks garbled: UTF-8 text read as Windows-1252 (does the file mix encodings?); save the roster as UTF-8 (CSV UTF-8 in Excel) and import it again';
  if (text.includes(REPLACEMENT)) {
    return 'has a character the file’s encoding does not define (shown as �); save the roster as UTF-8 (CSV UTF-8 in Excel) and import it again';
  }
  return null;
}
