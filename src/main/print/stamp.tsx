/**
 * The running header and footer, put on each page after printing (and after splitting), so page
 * numbers count within each traveler's own file: "Page 2 of 6", "Issued 22 April 2024, version 3"
 * or "DRAFT: not yet issued". The texts are laid out by Chromium in a second, small print of the
 * same embedded Noto fonts (a "stamp sheet": one page per output page, nothing but the header and
 * footer), so a program title in Arabic, Cyrillic or Chinese prints as it does in the body, shaped
 * and in the right direction. Each stamp page is drawn onto its page as a form XObject inside an
 * /Artifact marked-content sequence: a screen reader skips it, and the tags stay the body's.
 */
import { renderToStaticMarkup } from 'react-dom/server';
import { PDFDocument, PDFName, PDFOperator, PDFOperatorNames, type PDFPage } from 'pdf-lib';
import { isRtl, LANGUAGE_TAGS } from './i18n/labels';
import type { TranslationLanguage } from '../../shared/program/schema';
import { MARGINS_MM, type Paper } from './templates/styles';
import { printPage } from './templates/render';

/** What one page's header and footer say. */
export interface StampText {
  /** Top left: the program's title. */
  headerLeft: string;
  /** Top right: what the document is ("Personal itinerary"). */
  headerRight: string;
  /** Bottom left: "Issued 22 April 2024, version 3" or the DRAFT notice. */
  footerLeft: string;
  /** Bottom right: "Page 2 of 6". */
  footerRight: string;
  /** The same labels in another language, printed after the English. */
  other?: { language: TranslationLanguage; headerRight: string; footerLeft: string; footerRight: string } | null;
}

const PAGE_MM: Readonly<Record<Paper, { width: number; height: number }>> = { a4: { width: 210, height: 297 }, letter: { width: 215.9, height: 279.4 } };

function Other({ text, language }: { text: string; language: TranslationLanguage }) {
  return (
    <>
      {' / '}
      <span lang={LANGUAGE_TAGS[language]} dir={isRtl(language) ? 'rtl' : 'ltr'}>
        {text}
      </span>
    </>
  );
}

/** The stamp sheet: one page per stamp, each the size of the paper, only the header and footer on it. */
export function stampSheetHtml(stamps: readonly StampText[], paper: Paper): string {
  const size = PAGE_MM[paper];
  const m = MARGINS_MM;
  const css = `@page{size:${size.width}mm ${size.height}mm;margin:0}
html{font-family:IvlpSans,IvlpArabic,IvlpCjk,sans-serif;font-size:7pt;color:#5c6675}
body{margin:0}
.s{position:relative;width:${size.width}mm;height:${size.height}mm;overflow:hidden;break-after:page}
.s:last-child{break-after:auto}
.h,.f{position:absolute;left:${m.left}mm;right:${m.right}mm;display:flex;justify-content:space-between;gap:6mm;white-space:nowrap}
.h{top:${(m.top - 6.5).toFixed(1)}mm;border-bottom:.4pt solid #d3d9e1;padding-bottom:.8mm}
.f{bottom:${(m.bottom - 8).toFixed(1)}mm}
.h span:first-child{overflow:hidden;text-overflow:ellipsis}
[dir]{unicode-bidi:isolate}`;
  const body = renderToStaticMarkup(
    <>
      <style>{css}</style>
      {stamps.map((s, i) => (
        <div className="s" key={i}>
          <div className="h">
            <span dir="auto">{s.headerLeft}</span>
            <span>
              {s.headerRight}
              {s.other ? <Other text={s.other.headerRight} language={s.other.language} /> : null}
            </span>
          </div>
          <div className="f">
            <span>
              {s.footerLeft}
              {s.other ? <Other text={s.other.footerLeft} language={s.other.language} /> : null}
            </span>
            <span>
              {s.footerRight}
              {s.other ? <Other text={s.other.footerRight} language={s.other.language} /> : null}
            </span>
          </div>
        </div>
      ))}
    </>,
  );
  return printPage('stamp', paper, body);
}

/** Draws stamp pages onto `pages` (one each, same order) as pagination artifacts. */
export async function applyStamps(doc: PDFDocument, pages: readonly PDFPage[], stampPages: readonly PDFPage[]): Promise<void> {
  if (pages.length === 0) return;
  const embedded = await doc.embedPages([...stampPages]);
  pages.forEach((page, i) => {
    const form = embedded[i];
    if (!form) return;
    page.pushOperators(PDFOperator.of(PDFOperatorNames.BeginMarkedContent, [PDFName.of('Artifact')]));
    page.drawPage(form, { x: 0, y: 0, width: page.getWidth(), height: page.getHeight() });
    page.pushOperators(PDFOperator.of(PDFOperatorNames.EndMarkedContent));
  });
}

/** The stamp sheet's pages, loaded once per batch. */
export async function loadStampSheet(bytes: Uint8Array): Promise<PDFDocument> {
  return PDFDocument.load(bytes, { updateMetadata: false });
}
