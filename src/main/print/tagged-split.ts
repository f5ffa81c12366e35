/**
 * One traveler's pages out of the batch's tagged PDF, still tagged. Chromium tags the whole batch
 * (a structure tree of headings, paragraphs, tables and links, each tied to the marked content it
 * drew) and outlines it by headings; pdf-lib's copyPages would copy the pages and drop both. Here
 * the pages are copied with one object copier, and the structure elements and outline items that
 * belong to those pages are rebuilt around them: the parents down to the document element, the
 * parent tree a reader uses to go from content back to its element, the document language and the
 * "marked" flag. The marker links that find the split points (markers.ts) are not carried over.
 */
import {
  PDFArray,
  PDFBool,
  PDFDict,
  PDFDocument,
  PDFHexString,
  PDFName,
  PDFNull,
  PDFNumber,
  PDFObjectCopier,
  PDFPage,
  PDFRef,
  PDFString,
  type PDFContext,
  type PDFObject,
} from 'pdf-lib';
import { SPLIT_MARKER_PREFIX } from './markers';

const N = (name: string) => PDFName.of(name);

/** The objects of the copier that it has mapped so far, so pages keep their identity across copies. */
type Traversed = Map<PDFObject, PDFObject>;

function deref(context: PDFContext, value: PDFObject | undefined): PDFObject | undefined {
  return value instanceof PDFRef ? context.lookup(value) : value;
}

function asArray(context: PDFContext, value: PDFObject | undefined): PDFObject[] {
  const v = deref(context, value);
  if (v === undefined) return [];
  return v instanceof PDFArray ? v.asArray() : [value as PDFObject];
}

function isMarkerAnnotation(context: PDFContext, ref: PDFObject | undefined): boolean {
  const annot = deref(context, ref);
  if (!(annot instanceof PDFDict)) return false;
  const action = deref(context, annot.get(N('A')));
  const uri = action instanceof PDFDict ? deref(context, action.get(N('URI'))) : undefined;
  const text = uri instanceof PDFString || uri instanceof PDFHexString ? uri.decodeText() : '';
  return text.startsWith(SPLIT_MARKER_PREFIX);
}

/** Source structure element refs -> the pages (ref tags) their content is drawn on. */
class PageIndex {
  private readonly memo = new Map<PDFObject, Set<string>>();
  constructor(private readonly context: PDFContext) {}

  pagesOf(elem: PDFObject, inherited: string | null = null): Set<string> {
    const cached = this.memo.get(elem);
    if (cached) return cached;
    const pages = new Set<string>();
    this.memo.set(elem, pages);
    const dict = deref(this.context, elem);
    if (!(dict instanceof PDFDict)) return pages;
    const pg = dict.get(N('Pg'));
    const own = pg instanceof PDFRef ? pg.tag : inherited;
    for (const kid of asArray(this.context, dict.get(N('K')))) {
      const k = deref(this.context, kid);
      if (k instanceof PDFNumber) {
        if (own) pages.add(own);
      } else if (k instanceof PDFDict) {
        const kidPg = k.get(N('Pg'));
        const type = k.get(N('Type'));
        if (type === N('MCR') || type === N('OBJR')) {
          const tag = kidPg instanceof PDFRef ? kidPg.tag : own;
          if (tag) pages.add(tag);
        } else {
          for (const p of this.pagesOf(kid, own)) pages.add(p);
        }
      }
    }
    return pages;
  }
}

/**
 * What every part of one batch reads from the source: which pages each element touches, the parent
 * tree, the outline. Built once per batch (computing them per part made the split quadratic).
 */
export class TaggedSource {
  readonly pages: PageIndex;
  readonly parentTree: [number, PDFObject][];
  constructor(readonly doc: PDFDocument) {
    this.pages = new PageIndex(doc.context);
    const root = deref(doc.context, doc.catalog.get(N('StructTreeRoot')));
    this.parentTree = root instanceof PDFDict ? numberTree(doc.context, root.get(N('ParentTree'))).sort((a, b) => a[0] - b[0]) : [];
  }
}

interface Rebuild {
  src: PDFContext;
  dst: PDFContext;
  copier: PDFObjectCopier;
  pages: PageIndex;
  /** Source page ref tags of the part. */
  kept: ReadonlySet<string>;
  /** Source element ref -> its copy. */
  elems: Map<PDFObject, PDFRef>;
  ids: [string, PDFRef][];
}

/** Copies a structure element (and its kept children) under `parent`; null when none of it is on the part's pages. */
function cloneElem(r: Rebuild, ref: PDFObject, parent: PDFRef): PDFRef | null {
  const src = deref(r.src, ref);
  if (!(src instanceof PDFDict)) return null;
  const pages = r.pages.pagesOf(ref);
  if (![...pages].some((p) => r.kept.has(p))) return null;
  const out = r.dst.nextRef();
  r.elems.set(ref, out);
  const dict = r.dst.obj({});
  const kids: PDFObject[] = [];
  for (const kid of asArray(r.src, src.get(N('K')))) {
    const k = deref(r.src, kid);
    if (k instanceof PDFNumber) kids.push(k);
    else if (k instanceof PDFDict) {
      const type = k.get(N('Type'));
      if (type === N('MCR') || type === N('OBJR')) {
        const pg = k.get(N('Pg')) ?? src.get(N('Pg'));
        if (pg instanceof PDFRef && !r.kept.has(pg.tag)) continue;
        if (type === N('OBJR') && isMarkerAnnotation(r.src, k.get(N('Obj')))) continue;
        kids.push(r.copier.copy(k));
      } else {
        const child = cloneElem(r, kid, out);
        if (child) kids.push(child);
      }
    }
  }
  for (const [key, value] of src.entries()) {
    if (key === N('P') || key === N('K')) continue;
    if (key === N('Pg')) {
      if (value instanceof PDFRef && r.kept.has(value.tag)) dict.set(key, r.copier.copy(value));
      continue;
    }
    dict.set(key, r.copier.copy(value));
  }
  // A link whose only annotation was a split marker is plain text now.
  if (src.get(N('S')) === N('Link') && !kids.some((k) => k instanceof PDFDict && k.get(N('Type')) === N('OBJR'))) dict.set(N('S'), N('Span'));
  dict.set(N('P'), parent);
  dict.set(N('K'), r.dst.obj(kids));
  const id = src.get(N('ID'));
  if (id instanceof PDFString || id instanceof PDFHexString) r.ids.push([id.decodeText(), out]);
  r.dst.assign(out, dict);
  return out;
}

/** Every [key, value] of a number tree (flat /Nums or nested /Kids). */
function numberTree(context: PDFContext, node: PDFObject | undefined, out: [number, PDFObject][] = []): [number, PDFObject][] {
  const dict = deref(context, node);
  if (!(dict instanceof PDFDict)) return out;
  const nums = deref(context, dict.get(N('Nums')));
  if (nums instanceof PDFArray) {
    for (let i = 0; i + 1 < nums.size(); i += 2) {
      const key = nums.get(i);
      if (key instanceof PDFNumber) out.push([key.asNumber(), nums.get(i + 1)]);
    }
  }
  for (const kid of asArray(context, dict.get(N('Kids')))) numberTree(context, kid, out);
  return out;
}

interface OutlineItem {
  title: PDFObject;
  dest: PDFObject[];
  children: OutlineItem[];
}

/** The outline items whose destination is on a kept page (items elsewhere give way to their kept children). */
function keptOutline(r: Rebuild, first: PDFObject | undefined): OutlineItem[] {
  const out: OutlineItem[] = [];
  let node = deref(r.src, first);
  let guard = 0;
  while (node instanceof PDFDict && guard++ < 100_000) {
    const children = keptOutline(r, node.get(N('First')));
    const dest = deref(r.src, node.get(N('Dest')));
    const target = dest instanceof PDFArray ? dest.get(0) : undefined;
    if (dest instanceof PDFArray && target instanceof PDFRef && r.kept.has(target.tag)) {
      out.push({ title: node.get(N('Title')) as PDFObject, dest: dest.asArray(), children });
    } else {
      out.push(...children);
    }
    node = deref(r.src, node.get(N('Next')));
  }
  return out;
}

/** Writes outline items under `parent`; returns how many items are open below it. */
function writeOutline(r: Rebuild, items: readonly OutlineItem[], parent: PDFRef, parentDict: PDFDict): number {
  const refs = items.map(() => r.dst.nextRef());
  let count = 0;
  items.forEach((item, i) => {
    const dict = r.dst.obj({});
    dict.set(N('Title'), r.copier.copy(item.title));
    dict.set(N('Parent'), parent);
    dict.set(N('Dest'), r.dst.obj(item.dest.map((x) => r.copier.copy(x))));
    if (i > 0) dict.set(N('Prev'), refs[i - 1] as PDFRef);
    if (i + 1 < refs.length) dict.set(N('Next'), refs[i + 1] as PDFRef);
    const below = item.children.length ? writeOutline(r, item.children, refs[i] as PDFRef, dict) : 0;
    r.dst.assign(refs[i] as PDFRef, dict);
    count += 1 + below;
  });
  if (refs.length) {
    parentDict.set(N('First'), refs[0] as PDFRef);
    parentDict.set(N('Last'), refs.at(-1) as PDFRef);
    parentDict.set(N('Count'), PDFNumber.of(count));
  }
  return count;
}

/**
 * A new document holding pages [from, to) of the source, with their structure tree and outline.
 * `title` names the outline's first entry (the traveler's heading): Chromium writes a heading's
 * text in visual order, which turns an Arabic name around.
 */
export async function copyTaggedPart(tagged: TaggedSource, from: number, to: number, title?: string): Promise<PDFDocument> {
  const source = tagged.doc;
  const doc = await PDFDocument.create({ updateMetadata: false });
  const src = source.context;
  const dst = doc.context;
  const copier = PDFObjectCopier.for(src, dst);
  const traversed = (copier as unknown as { traversedObjects: Traversed }).traversedObjects;
  const srcPages = source.getPages().slice(from, to);
  const kept = new Set<string>();
  // Pages first, each mapped before it is copied, so a reference to it anywhere (a marked-content
  // reference, an outline destination) lands on the copy and never copies it twice.
  for (const page of srcPages) {
    const ref = dst.nextRef();
    traversed.set(page.ref, ref);
    kept.add(page.ref.tag);
  }
  for (const page of srcPages) {
    const ref = traversed.get(page.ref) as PDFRef;
    const copied = copier.copy(page.node);
    dst.assign(ref, copied);
    doc.addPage(PDFPage.of(copied, ref, doc));
  }

  const catalog = source.catalog;
  const lang = catalog.get(N('Lang'));
  if (lang) doc.catalog.set(N('Lang'), copier.copy(lang));
  doc.catalog.set(N('ViewerPreferences'), dst.obj({ DisplayDocTitle: true }));
  const root = deref(src, catalog.get(N('StructTreeRoot')));
  if (!(root instanceof PDFDict)) return doc;

  const r: Rebuild = { src, dst, copier, pages: tagged.pages, kept, elems: new Map(), ids: [] };
  const rootRef = dst.nextRef();
  const kids = asArray(src, root.get(N('K')))
    .map((k) => cloneElem(r, k, rootRef))
    .filter((k): k is PDFRef => k !== null);
  // The parent tree, for the keys the copied pages and their (non-marker) annotations use.
  const keys = new Set<number>();
  for (const page of doc.getPages()) {
    const sp = page.node.get(N('StructParents'));
    if (sp instanceof PDFNumber) keys.add(sp.asNumber());
    for (const annot of asArray(dst, page.node.get(N('Annots')))) {
      const a = deref(dst, annot);
      const key = a instanceof PDFDict ? a.get(N('StructParent')) : undefined;
      if (key instanceof PDFNumber) keys.add(key.asNumber());
    }
  }
  const nums: PDFObject[] = [];
  for (const [key, value] of tagged.parentTree) {
    if (!keys.has(key)) continue;
    const v = deref(src, value);
    if (v instanceof PDFArray) nums.push(PDFNumber.of(key), dst.obj(v.asArray().map((e) => r.elems.get(e) ?? PDFNull)));
    else if (r.elems.has(value)) nums.push(PDFNumber.of(key), r.elems.get(value) as PDFRef);
  }
  const newRoot = dst.obj({ Type: 'StructTreeRoot' });
  newRoot.set(N('K'), dst.obj(kids));
  newRoot.set(N('ParentTree'), dst.obj({ Nums: dst.obj(nums) }));
  const next = root.get(N('ParentTreeNextKey'));
  if (next) newRoot.set(N('ParentTreeNextKey'), copier.copy(next));
  for (const key of ['RoleMap', 'ClassMap']) {
    const value = root.get(N(key));
    if (value) newRoot.set(N(key), copier.copy(value));
  }
  if (r.ids.length) {
    const names = r.ids.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0)).flatMap(([id, ref]) => [PDFString.of(id), ref]);
    newRoot.set(N('IDTree'), dst.obj({ Names: dst.obj(names) }));
  }
  dst.assign(rootRef, newRoot);
  doc.catalog.set(N('StructTreeRoot'), rootRef);
  doc.catalog.set(N('MarkInfo'), dst.obj({ Marked: PDFBool.True }));

  const outlines = deref(src, catalog.get(N('Outlines')));
  if (outlines instanceof PDFDict) {
    const items = keptOutline(r, outlines.get(N('First')));
    if (items[0] && title) items[0].title = PDFHexString.fromText(title);
    if (items.length) {
      const ref = dst.nextRef();
      const dict = dst.obj({ Type: 'Outlines' });
      writeOutline(r, items, ref, dict);
      dst.assign(ref, dict);
      doc.catalog.set(N('Outlines'), ref);
      doc.catalog.set(N('PageMode'), N('UseOutlines'));
    }
  }
  return doc;
}
