/**
 * Roster text from bytes: a BOM names the encoding (UTF-8, UTF-16 LE/BE); without one the bytes
 * must be strict UTF-8, and anything else is read as Windows-1252 (what Excel on Windows saves as
 * "CSV"), which decodes every byte, so "M\xFCller" becomes "Müller" rather than a replacement mark.
 * Because Windows-1252 accepts any bytes, NUL bytes are checked first: text has none (except as
 * half of UTF-16 characters), so a file with them is binary and is refused rather than shown as junk.
 *
 * Windows-1252 is decoded by iconv-lite, not TextDecoder: Node 20's TextDecoder('windows-1252')
 * reads 0x80-0x9F as Latin-1 control characters, so Š š Ž ž Œ € ’ “ ” … vanished from Czech,
 * Croatian, Slovene and French names (Node 24 gets it right; the app must not depend on which runs).
 * The five bytes Windows-1252 leaves undefined (0x81 0x8D 0x8F 0x90 0x9D) become U+FFFD, the
 * replacement character, rather than invisible control characters: a file that has them is in
 * another code page (Windows-1250 puts Ť Ź ť there), and the roster plan refuses the rows they are
 * in, with a reason, instead of storing a name with a hidden character (shared/roster/garbled.ts).
 */
import { AppError } from '../../shared/errors';
import { Buffer } from 'node:buffer';
import iconv from 'iconv-lite';

export type RosterEncoding = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'windows-1252';

/** The bytes are not text in any encoding a roster comes in (an image, a PDF, an old .xls). */
export class NotTextError extends AppError<'ROSTER_UNREADABLE'> {
  constructor(message: string) {
    super('ROSTER_UNREADABLE', message);
  }
}

/** How many leading bytes the UTF-16-without-BOM and binary checks look at. */
const SNIFF_BYTES = 4096;

/**
 * UTF-16 saved without a BOM (some exporters do): Latin-script text then has a NUL in nearly every
 * high (LE: odd) byte and almost none in the low ones.
 */
function bomlessUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const length = Math.min(bytes.length, SNIFF_BYTES) & ~1;
  if (length < 4) return null;
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < length; i += 2) {
    if (bytes[i] === 0) evenNul++;
    if (bytes[i + 1] === 0) oddNul++;
  }
  const pairs = length / 2;
  if (oddNul >= pairs * 0.9 && evenNul <= pairs * 0.05) return 'utf-16le';
  if (evenNul >= pairs * 0.9 && oddNul <= pairs * 0.05) return 'utf-16be';
  return null;
}

/** Decodes a roster file's bytes; returns the text (BOM removed) and the encoding it used. */
export function decodeRosterBytes(bytes: Uint8Array): { text: string; encoding: RosterEncoding } {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes.subarray(3)), encoding: 'utf-8-bom' };
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder('utf-16le', { fatal: true, ignoreBOM: true }).decode(bytes.subarray(2)), encoding: 'utf-16le' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder('utf-16be', { fatal: true, ignoreBOM: true }).decode(bytes.subarray(2)), encoding: 'utf-16be' };
  if (bytes.includes(0)) {
    const utf16 = bomlessUtf16(bytes);
    if (!utf16) throw new NotTextError('it is not a text file (it contains binary data)');
    try {
      return { text: new TextDecoder(utf16, { fatal: true }).decode(bytes), encoding: utf16 };
    } catch {
      throw new NotTextError('it looks like UTF-16 text without a byte-order mark, but it is not valid UTF-16');
    }
  }
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    return { text: iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), 'windows1252'), encoding: 'windows-1252' };
  }
}
