/**
 * The running header and footer, drawn on each page after printing (and after splitting), so page
 * numbers count within each traveler's own file: "Page 2 of 9", "Issued 22 April 2024, version 3".
 * Drawn in Helvetica (a PDF standard font), so only Windows-1252 text can go here; names, which
 * may be in any script, stay in the HTML.
 */
import { rgb, StandardFonts, type PDFDocument } from 'pdf-lib';
import { MARGINS_MM } from './templates/styles';

export interface StampText {
  /** Top left: the program's title. */
  headerLeft: string;
  /** Top right: what the document is ("Personal itinerary"). */
  headerRight: string;
  /** Bottom left: "Issued 22 April 2024, version 3". */
  footerLeft: string;
}

const MM = 72 / 25.4;

// Characters Helvetica's WinAnsiEncoding has beyond Latin-1.
const WIN_ANSI_EXTRA = new Set('€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ');

/** Text reduced to what the standard font can draw: accents kept where Latin-1 has them. */
export function winAnsiText(value: string): string {
  let out = '';
  for (const ch of value.normalize('NFC')) {
    const code = ch.codePointAt(0) as number;
    if ((code >= 0x20 && code <= 0x7e) || (code >= 0xa0 && code <= 0xff) || WIN_ANSI_EXTRA.has(ch)) {
      out += ch;
      continue;
    }
    const base = ch.normalize('NFD').replace(/\p{M}/gu, '');
    out += base.length > 0 && [...base].every((c) => (c.codePointAt(0) as number) <= 0x7e && (c.codePointAt(0) as number) >= 0x20) ? base : '';
  }
  return out.replace(/\s+/g, ' ').trim();
}

/** Stamps every page of `doc` with the header and "Page i of n". */
export async function stampPages(doc: PDFDocument, text: StampText): Promise<void> {
  const font = await doc.embedFont(StandardFonts.Helvetica);
  const pages = doc.getPages();
  const size = 7.5;
  const color = rgb(0.36, 0.4, 0.46);
  const headerLeft = winAnsiText(text.headerLeft);
  const headerRight = winAnsiText(text.headerRight);
  const footerLeft = winAnsiText(text.footerLeft);
  pages.forEach((page, i) => {
    const { width, height } = page.getSize();
    const left = MARGINS_MM.left * MM;
    const right = width - MARGINS_MM.right * MM;
    const top = height - 7.5 * MM;
    const bottom = 6 * MM;
    const pageText = `Page ${i + 1} of ${pages.length}`;
    page.drawText(headerLeft, { x: left, y: top, size, font, color, maxWidth: right - left - font.widthOfTextAtSize(headerRight, size) - 10 });
    page.drawText(headerRight, { x: right - font.widthOfTextAtSize(headerRight, size), y: top, size, font, color });
    page.drawLine({ start: { x: left, y: top - 2.2 * MM + size / 2 }, end: { x: right, y: top - 2.2 * MM + size / 2 }, thickness: 0.4, color: rgb(0.83, 0.85, 0.88) });
    page.drawText(footerLeft, { x: left, y: bottom, size, font, color });
    page.drawText(pageText, { x: right - font.widthOfTextAtSize(pageText, size), y: bottom, size, font, color });
  });
}
