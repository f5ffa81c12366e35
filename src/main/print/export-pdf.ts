/**
 * Itinerary and program-book PDFs, written to a folder. A batch prints ONE document (every traveler
 * starting on a new page), finds each traveler's first page by its marker link (markers.ts), splits it with
 * pdf-lib, and stamps each file's own header and page numbers (G6 in docs/performance.md: printing once
 * costs one print's fixed overhead instead of 56).
 *
 * All or nothing: every file is written to a temp file beside its target first and renamed into
 * place only when all of them are complete, so a failure or a cancel leaves no partial file and no
 * half-replaced batch.
 */
import { AppError } from '../../shared/errors';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { PDFDocument } from 'pdf-lib';
import { issuedDateLabel } from '../../shared/itinerary/format';
import type { Itinerary, ProgramBook } from '../../shared/itinerary/types';
import { findMarkers, removeMarkers, splitMarker } from './markers';
import type { Printer } from './printer';
import { StagedFiles } from './staged-files';
import { stampPages } from './stamp';
import { KIND_TITLE } from './templates/itinerary';
import { renderBook, renderItineraries, type ChangesPage, type IssueInfo, type Paper } from './templates/render';

export type ExportPhase = 'render' | 'print' | 'split' | 'write';

export interface ExportProgress {
  phase: ExportPhase;
  /** Files (split, write) or steps (render, print) done so far in this phase. */
  done: number;
  total: number;
}

export interface ExportPdfOptions {
  printer: Printer;
  /** Folder the files go to; created when missing. */
  outDir: string;
  paper: Paper;
  issue: IssueInfo;
  /** "Changes since version N" pages by `${kind}:${subject id}` (itineraries only). */
  changes?: ReadonlyMap<string, ChangesPage>;
  signal?: AbortSignal;
  onProgress?: (progress: ExportProgress) => void;
}

export interface WrittenPdf {
  path: string;
  pages: number;
}

interface Part {
  fileName: string;
  /** The marker link on the part's first page (null for a single document). */
  marker: string | null;
  /** The subject's name (document title). */
  title: string;
  /** Header, top right. */
  label: string;
}

/** Thrown when the printed PDF cannot be split as expected (a marker missing or out of order). */
export class SplitError extends AppError<'EXPORT_FAILED'> {
  constructor(message: string) {
    super('EXPORT_FAILED', message);
  }
}

function checkAborted(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw signal.reason instanceof Error ? signal.reason : new DOMException('The export was cancelled.', 'AbortError');
}

/** First page index of each part, from its marker link. */
function partStarts(doc: PDFDocument, parts: readonly Part[]): number[] {
  if (parts.length === 1) return [0];
  const markers = findMarkers(doc);
  const starts = parts.map((part) => markers.get(part.marker ?? '') ?? -1);
  starts.forEach((start, i) => {
    if (start < 0) throw new SplitError(`the start of itinerary ${i + 1} (${parts[i]?.title}) was not found in the printed document`);
    if (i > 0 && start <= (starts[i - 1] as number)) throw new SplitError(`itinerary ${i + 1} (${parts[i]?.title}) has no page of its own`);
  });
  if (starts[0] !== 0) throw new SplitError('the first itinerary does not start on the first page');
  return starts;
}

async function printSplitWrite(html: string, parts: readonly Part[], programTitle: string, options: ExportPdfOptions): Promise<WrittenPdf[]> {
  const { signal, onProgress } = options;
  checkAborted(signal);
  onProgress?.({ phase: 'print', done: 0, total: 1 });
  const printed = await options.printer.print(html, { paper: options.paper });
  onProgress?.({ phase: 'print', done: 1, total: 1 });
  checkAborted(signal);

  const source = await PDFDocument.load(printed, { updateMetadata: false });
  const starts = partStarts(source, parts);
  const pageCount = source.getPageCount();
  const footerLeft = `Issued ${issuedDateLabel(options.issue.issuedOn)}, version ${options.issue.version}`;
  await mkdir(options.outDir, { recursive: true });
  const staged = new StagedFiles();
  const pages: number[] = [];
  try {
    for (let i = 0; i < parts.length; i++) {
      checkAborted(signal);
      const part = parts[i] as Part;
      const from = starts[i] as number;
      const to = i + 1 < starts.length ? (starts[i + 1] as number) : pageCount;
      const doc = parts.length === 1 ? source : await PDFDocument.create();
      if (doc !== source) {
        const indices = Array.from({ length: to - from }, (_, k) => from + k);
        for (const page of await doc.copyPages(source, indices)) doc.addPage(page);
      }
      for (const page of doc.getPages()) removeMarkers(page);
      doc.setTitle(`${part.label}: ${part.title}`);
      doc.setCreator('IVLP Planner');
      doc.setProducer('IVLP Planner');
      await stampPages(doc, { headerLeft: programTitle, headerRight: part.label, footerLeft });
      await staged.add(join(options.outDir, part.fileName), await doc.save());
      pages.push(to - from);
      onProgress?.({ phase: 'split', done: i + 1, total: parts.length });
    }
    checkAborted(signal);
    const paths = await staged.commit((done, total) => onProgress?.({ phase: 'write', done, total }));
    return paths.map((path, i) => ({ path, pages: pages[i] as number }));
  } finally {
    await staged.discard();
  }
}

/** File name of an itinerary: `itinerary-<id>.pdf` (ids are safe file-name characters). */
export function itineraryFileName(itinerary: Itinerary, extension: 'pdf' | 'ics'): string {
  const prefix = itinerary.kind === 'participant' ? 'itinerary' : itinerary.kind;
  return `${prefix}-${itinerary.subject.id}.${extension}`;
}

/** Prints itineraries as ONE document and writes one PDF per itinerary. */
export async function exportItineraryPdfs(itineraries: readonly Itinerary[], options: ExportPdfOptions): Promise<WrittenPdf[]> {
  if (itineraries.length === 0) return [];
  checkAborted(options.signal);
  options.onProgress?.({ phase: 'render', done: 0, total: 1 });
  const html = renderItineraries(itineraries, { issue: options.issue, paper: options.paper, changes: options.changes });
  options.onProgress?.({ phase: 'render', done: 1, total: 1 });
  const parts = itineraries.map((it) => ({
    fileName: itineraryFileName(it, 'pdf'),
    marker: splitMarker(it.kind, it.subject.id),
    title: it.subject.name,
    label: KIND_TITLE[it.kind],
  }));
  return printSplitWrite(html, parts, (itineraries[0] as Itinerary).program.title, options);
}

/** Prints the program book to `program-book-<program id>.pdf`. */
export async function exportBookPdf(book: ProgramBook, options: ExportPdfOptions): Promise<WrittenPdf> {
  checkAborted(options.signal);
  const html = renderBook(book, { issue: options.issue, paper: options.paper });
  const [written] = await printSplitWrite(html, [{ fileName: `program-book-${book.program.id}.pdf`, marker: null, title: book.program.title, label: 'Program book' }], book.program.title, options);
  return written as WrittenPdf;
}
