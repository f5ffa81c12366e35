/**
 * Where each itinerary starts in a batch PDF. Each itinerary's cover carries one link to
 * `https://split.ivlp.invalid/<kind>/<id>` (never followed: the host cannot exist, and the link is
 * removed from the file before it is written). Chromium turns links into URI annotations on the page
 * where they are laid out, so reading the annotations tells the split exactly which page each
 * traveler's document starts on, whatever the headings say (tagged-split.ts then drops the marker
 * from each file's structure tree).
 */
import { PDFArray, PDFDict, PDFHexString, PDFName, PDFString, type PDFDocument, type PDFPage } from 'pdf-lib';

export const SPLIT_MARKER_PREFIX = 'https://split.ivlp.invalid/';

/** The marker link of an itinerary. */
export function splitMarker(kind: string, id: string): string {
  return `${SPLIT_MARKER_PREFIX}${kind}/${id}`;
}

function markerOf(annotation: PDFDict | undefined): string | null {
  const action = annotation?.lookupMaybe(PDFName.of('A'), PDFDict);
  const uri = action?.lookup(PDFName.of('URI'));
  const value = uri instanceof PDFString || uri instanceof PDFHexString ? uri.decodeText() : null;
  return value !== null && value.startsWith(SPLIT_MARKER_PREFIX) ? value : null;
}

/** Marker -> first page index where it appears. */
export function findMarkers(doc: PDFDocument): Map<string, number> {
  const found = new Map<string, number>();
  doc.getPages().forEach((page, index) => {
    const annots = page.node.lookupMaybe(PDFName.of('Annots'), PDFArray);
    if (!annots) return;
    for (let i = 0; i < annots.size(); i++) {
      const marker = markerOf(annots.lookupMaybe(i, PDFDict));
      if (marker !== null && !found.has(marker)) found.set(marker, index);
    }
  });
  return found;
}

/** Removes the marker links from a page (the rest of its annotations stay). */
export function removeMarkers(page: PDFPage): void {
  const annots = page.node.lookupMaybe(PDFName.of('Annots'), PDFArray);
  if (!annots) return;
  for (let i = annots.size() - 1; i >= 0; i--) {
    if (markerOf(annots.lookupMaybe(i, PDFDict)) !== null) annots.remove(i);
  }
  if (annots.size() === 0) page.node.delete(PDFName.of('Annots'));
}
