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
import type { CityPacket, MealSheet } from '../../shared/itinerary/index';
import type { Itinerary, ProgramBook } from '../../shared/itinerary/types';
import type { TranslationLanguage } from '../../shared/program/schema';
import { findMarkers, removeMarkers, splitMarker } from './markers';
import type { Printer } from './printer';
import { StagedFiles } from './staged-files';
import { applyStamps, loadStampSheet, stampSheetHtml, type StampText } from './stamp';
import { copyTaggedPart, TaggedSource } from './tagged-split';
import { Labels } from './i18n/labels';
import { KIND_KEY, KIND_TITLE } from './templates/itinerary';
import { renderBook, renderItineraries, renderMealSheets, renderPackets, type ChangesPage, type IssueInfo, type Paper } from './templates/render';

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
  /** The issued version; null before the first issue (the files say DRAFT). */
  issue: IssueInfo | null;
  /** Labels beside the English in this language. */
  language?: TranslationLanguage | null;
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
  /** Header, top right, in English ("Personal itinerary"). */
  label: string;
  /** The same in the document's other language, when bilingual. */
  otherLabel?: string | null;
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

/** Header and footer of every page of every part, in print order ("Page i of n" within each part). */
function stampTexts(parts: readonly Part[], counts: readonly number[], programTitle: string, options: ExportPdfOptions): StampText[] {
  const l = new Labels(options.language ?? null);
  const issue = options.issue;
  const footer = (which: 'en' | 'other') =>
    issue ? l[which]('issued', { date: issuedDateLabel(issue.issuedOn), version: issue.version }) : l[which]('draft');
  const stamps: StampText[] = [];
  parts.forEach((part, i) => {
    const pages = counts[i] as number;
    for (let page = 1; page <= pages; page++) {
      const other = l.language && part.otherLabel ? { language: l.language, headerRight: part.otherLabel, footerLeft: footer('other') ?? '', footerRight: l.other('page', { page, pages }) ?? '' } : null;
      stamps.push({ headerLeft: programTitle, headerRight: part.label, footerLeft: footer('en') ?? '', footerRight: l.en('page', { page, pages }), other });
    }
  });
  return stamps;
}

async function printSplitWrite(html: string, parts: readonly Part[], programTitle: string, options: ExportPdfOptions): Promise<WrittenPdf[]> {
  const { signal, onProgress } = options;
  checkAborted(signal);
  onProgress?.({ phase: 'print', done: 0, total: 1 });
  const printed = await options.printer.print(html, { paper: options.paper, tagged: true });
  checkAborted(signal);

  const source = await PDFDocument.load(printed, { updateMetadata: false });
  const starts = partStarts(source, parts);
  const pageCount = source.getPageCount();
  const counts = starts.map((from, i) => (i + 1 < starts.length ? (starts[i + 1] as number) : pageCount) - from);
  // The headers and footers: one small print for every page of the batch (see stamp.tsx).
  const stampBytes = await options.printer.print(stampSheetHtml(stampTexts(parts, counts, programTitle, options), options.paper), { paper: options.paper, tagged: false });
  onProgress?.({ phase: 'print', done: 1, total: 1 });
  checkAborted(signal);
  const stampDoc = await loadStampSheet(stampBytes);
  const tagged = new TaggedSource(source);
  if (stampDoc.getPageCount() !== pageCount) throw new SplitError(`the header and footer sheet has ${stampDoc.getPageCount()} pages for ${pageCount} printed pages`);
  await mkdir(options.outDir, { recursive: true });
  const staged = new StagedFiles();
  try {
    for (let i = 0; i < parts.length; i++) {
      checkAborted(signal);
      const part = parts[i] as Part;
      const from = starts[i] as number;
      const to = from + (counts[i] as number);
      const doc = parts.length === 1 ? source : await copyTaggedPart(tagged, from, to, part.title);
      for (const page of doc.getPages()) removeMarkers(page);
      doc.setTitle(`${part.label}: ${part.title}`, { showInWindowTitleBar: true });
      doc.setCreator('IVLP Planner');
      doc.setProducer('IVLP Planner');
      await applyStamps(doc, doc.getPages(), stampDoc.getPages().slice(from, to));
      await staged.add(join(options.outDir, part.fileName), await doc.save());
      onProgress?.({ phase: 'split', done: i + 1, total: parts.length });
    }
    checkAborted(signal);
    const paths = await staged.commit((done, total) => onProgress?.({ phase: 'write', done, total }));
    return paths.map((path, i) => ({ path, pages: counts[i] as number }));
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
  const html = renderItineraries(itineraries, { issue: options.issue, paper: options.paper, changes: options.changes, language: options.language ?? null });
  options.onProgress?.({ phase: 'render', done: 1, total: 1 });
  const l = new Labels(options.language ?? null);
  const parts = itineraries.map((it) => ({
    fileName: itineraryFileName(it, 'pdf'),
    marker: splitMarker(it.kind, it.subject.id),
    title: it.subject.latinName ? `${it.subject.name} (${it.subject.latinName})` : it.subject.name,
    label: KIND_TITLE[it.kind],
    otherLabel: l.get(KIND_KEY[it.kind]).other,
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

/** Prints the local partners' packets as ONE document and writes `partner-<city id>.pdf` for each. */
export async function exportPacketPdfs(packets: readonly CityPacket[], options: ExportPdfOptions): Promise<WrittenPdf[]> {
  if (packets.length === 0) return [];
  checkAborted(options.signal);
  const html = renderPackets(packets, { issue: options.issue, paper: options.paper });
  const parts = packets.map((p) => ({ fileName: `partner-${p.city.id}.pdf`, marker: splitMarker('partner', p.city.id), title: p.city.name, label: 'City packet' }));
  return printSplitWrite(html, parts, (packets[0] as CityPacket).program.title, { ...options, language: null });
}

/** Prints the meal host sheets as ONE document and writes `meals-<city id>.pdf` for each. */
export async function exportMealSheetPdfs(sheets: readonly MealSheet[], options: ExportPdfOptions): Promise<WrittenPdf[]> {
  if (sheets.length === 0) return [];
  checkAborted(options.signal);
  const html = renderMealSheets(sheets, { issue: options.issue, paper: options.paper });
  const parts = sheets.map((s) => ({ fileName: `meals-${s.city.id}.pdf`, marker: splitMarker('meals', s.city.id), title: s.city.name, label: 'Meal host sheet' }));
  return printSplitWrite(html, parts, (sheets[0] as MealSheet).program.title, { ...options, language: null });
}
