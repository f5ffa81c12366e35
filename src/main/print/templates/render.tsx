/**
 * Print HTML, one code path for the app and the command line: React's renderToStaticMarkup (every
 * value escaped; no raw HTML anywhere), a Content-Security-Policy that allows nothing but inline
 * styles and data: fonts and images, and the embedded fonts (only the faces the text needs). No
 * script, no external resource. The document language is set (`lang`), so the tagged PDF says it.
 */
import type { ReactNode } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import type { CityPacket, MealSheet } from '../../../shared/itinerary/index';
import type { Itinerary, ProgramBook } from '../../../shared/itinerary/types';
import type { TranslationLanguage } from '../../../shared/program/schema';
import { fontFaceCss } from '../fonts';
import { Labels } from '../i18n/labels';
import { BookDocument } from './book';
import { MealSheetDocument, PartnerDocument } from './partner';
import { ItineraryDocument, type ChangesPage, type IssueInfo } from './itinerary';
import { printCss, type Paper } from './styles';

export type { ChangesPage, IssueInfo } from './itinerary';
export type { Paper } from './styles';

/** The print documents' CSP: no scripts, frames, objects, connections or remote loads at all. */
export const PRINT_CSP = "default-src 'none'; style-src 'unsafe-inline'; font-src data:; img-src data:";

export interface RenderOptions {
  /** The issued version the document reflects; null before the first issue (a DRAFT). */
  issue: IssueInfo | null;
  paper: Paper;
  /** `${kind}:${subject id}` -> a "Changes since version N" page to put first; others get none. */
  changes?: ReadonlyMap<string, ChangesPage> | undefined;
  /** Print labels (and translated titles and notes) beside the English in this language. */
  language?: TranslationLanguage | null;
}

/** A complete print document around an already rendered body. */
export function printPage(title: string, paper: Paper, bodyMarkup: string): string {
  const head = renderToStaticMarkup(
    <head>
      <meta charSet="utf-8" />
      <meta httpEquiv="Content-Security-Policy" content={PRINT_CSP} />
      <meta name="referrer" content="no-referrer" />
      <title>{title}</title>
      <style>{fontFaceCss(bodyMarkup)}</style>
      <style>{printCss(paper)}</style>
    </head>,
  );
  return `<!DOCTYPE html><html lang="en">${head}<body>${bodyMarkup}</body></html>`;
}

function page(title: string, paper: Paper, body: ReactNode): string {
  return printPage(title, paper, renderToStaticMarkup(<>{body}</>));
}

/**
 * One document holding the given itineraries, each starting on a new page with its subject's name
 * as the only top-level heading (the batch splits at those).
 */
export function renderItineraries(itineraries: readonly Itinerary[], options: RenderOptions): string {
  const title = itineraries.length === 1 ? (itineraries[0] as Itinerary).subject.name : `${itineraries.length} itineraries`;
  const l = new Labels(options.language ?? null);
  return page(
    title,
    options.paper,
    itineraries.map((it) => (
      <ItineraryDocument key={`${it.kind}:${it.subject.id}`} itinerary={it} issue={options.issue} l={l} changes={options.changes?.get(`${it.kind}:${it.subject.id}`)} />
    )),
  );
}

/** The program book as one document. */
export function renderBook(book: ProgramBook, options: RenderOptions): string {
  return page(book.program.title, options.paper, <BookDocument book={book} issue={options.issue} />);
}

/** Local partners' packets, one per city, each starting on a new page (the batch splits at their markers). */
export function renderPackets(packets: readonly CityPacket[], options: RenderOptions): string {
  return page(packets.length === 1 ? `City packet: ${(packets[0] as CityPacket).city.name}` : 'City packets', options.paper, packets.map((p) => <PartnerDocument key={p.city.id} packet={p} issue={options.issue} />));
}

/** Meal host sheets, one per city. */
export function renderMealSheets(sheets: readonly MealSheet[], options: RenderOptions): string {
  return page(sheets.length === 1 ? `Meal host sheet: ${(sheets[0] as MealSheet).city.name}` : 'Meal host sheets', options.paper, sheets.map((s) => <MealSheetDocument key={s.city.id} sheet={s} issue={options.issue} />));
}
