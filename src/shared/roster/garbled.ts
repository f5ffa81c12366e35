/**
 * Text a roster must not import as it is, because it is not what the sender typed. A name stored
 * garbled goes onto badges, visa letters and itineraries; a row refused with its reason is fixed in
 * a minute.
 */

/** U+FFFD: what a decoder puts where the file's bytes are not a character of its encoding. */
const REPLACEMENT = '\uFFFD';

/** Why `text` (one cell) cannot be imported as it is, or null when it can. */
export function garbledProblem(text: string): string | null {
  if (text.includes(REPLACEMENT)) {
    return 'has a character the file’s encoding does not define (shown as �); save the roster as UTF-8 (CSV UTF-8 in Excel) and import it again';
  }
  return null;
}
