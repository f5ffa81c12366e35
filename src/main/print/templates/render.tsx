/**
 * Print HTML, one code path for the app and the command line: React's renderToStaticMarkup (every
 * value escaped; no raw HTML anywhere), a Content-Security-Policy that allows nothing but inline
 * styles and data: fonts and images, and the embedded fonts. No script, no external resource.
 */
import type { ReactNode } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import type { Itinerary, ProgramBook } from '../../../shared/itinerary/types';
import { fontFaceCss } from '../fonts';
import { BookDocument } from './book';
import { ItineraryDocument, type ChangesPage, type IssueInfo } from './itinerary';
import { printCss, type Paper } from './styles';

export type { ChangesPage, IssueInfo } from './itinerary';
export type { Paper } from './styles';

/** The print documents' CSP: no scripts, frames, objects, connections or remote loads at all. */
export const PRINT_CSP = "default-src 'none'; style-src 'unsafe-inline'; font-src data:; img-src data:";

export interface RenderOptions {
  issue: IssueInfo;
  paper: Paper;
  /** `${kind}:${subject id}` -> a "Changes since version N" page to put first; others get none. */
  changes?: ReadonlyMap<string, ChangesPage> | undefined;
}

function page(title: string, paper: Paper, body: ReactNode): string {
  const markup = renderToStaticMarkup(
    <html lang="en">
      <head>
        <meta charSet="utf-8" />
        <meta httpEquiv="Content-Security-Policy" content={PRINT_CSP} />
        <meta name="referrer" content="no-referrer" />
        <title>{title}</title>
        <style>{fontFaceCss()}</style>
        <style>{printCss(paper)}</style>
      </head>
      <body>{body}</body>
    </html>,
  );
  return `<!DOCTYPE html>${markup}`;
}

/**
 * One document holding the given itineraries, each starting on a new page with its subject's name
 * as the only top-level heading (the batch splits at those).
 */
export function renderItineraries(itineraries: readonly Itinerary[], options: RenderOptions): string {
  const title = itineraries.length === 1 ? (itineraries[0] as Itinerary).subject.name : `${itineraries.length} itineraries`;
  return page(
    title,
    options.paper,
    itineraries.map((it) => (
      <ItineraryDocument key={`${it.kind}:${it.subject.id}`} itinerary={it} issue={options.issue} changes={options.changes?.get(`${it.kind}:${it.subject.id}`)} />
    )),
  );
}

/** The program book as one document. */
export function renderBook(book: ProgramBook, options: RenderOptions): string {
  return page(book.program.title, options.paper, <BookDocument book={book} issue={options.issue} />);
}
