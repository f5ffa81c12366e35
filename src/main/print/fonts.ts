/**
 * The fonts every printed document embeds, read from the pinned @fontsource packages (never from
 * the network) and inlined as data: URLs, so names print the same on any machine: Noto Sans for
 * Latin (with Latin Extended and Vietnamese), Cyrillic and Greek, Noto Sans Arabic for Arabic
 * script, Noto Sans SC for Chinese. Templates stay within these faces (no arrows or symbols Noto
 * Sans lacks: "to" rather than an arrow), so nothing falls back to whatever fonts the machine has.
 *
 * Only the faces whose unicode-range the document's text touches are inlined: Noto Sans SC alone
 * comes in about a hundred slices per weight, and a document without Chinese needs none of them.
 * Each face keeps its unicode-range, so Chromium uses (and the PDF embeds a subset of) just those.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

/** Font family names the print CSS uses. */
export const SANS_FAMILY = 'IvlpSans';
export const ARABIC_FAMILY = 'IvlpArabic';
export const CJK_FAMILY = 'IvlpCjk';

const WEIGHTS = [400, 700] as const;

// Subsets and their ranges as published in each package's unicode.json (kept here so the CSS does
// not depend on reading JSON at run time for the faces every document uses).
const SANS_SUBSETS: Readonly<Record<string, string>> = {
  latin: 'U+0000-00FF,U+0131,U+0152-0153,U+02BB-02BC,U+02C6,U+02DA,U+02DC,U+0304,U+0308,U+0329,U+2000-206F,U+20AC,U+2122,U+2191,U+2193,U+2212,U+2215,U+FEFF,U+FFFD',
  'latin-ext': 'U+0100-02BA,U+02BD-02C5,U+02C7-02CC,U+02CE-02D7,U+02DD-02FF,U+0304,U+0308,U+0329,U+1D00-1DBF,U+1E00-1E9F,U+1EF2-1EFF,U+2020,U+20A0-20AB,U+20AD-20C0,U+2113,U+2C60-2C7F,U+A720-A7FF',
  vietnamese: 'U+0102-0103,U+0110-0111,U+0128-0129,U+0168-0169,U+01A0-01A1,U+01AF-01B0,U+0300-0301,U+0303-0304,U+0308-0309,U+0323,U+0329,U+1EA0-1EF9,U+20AB',
  cyrillic: 'U+0301,U+0400-045F,U+0490-0491,U+04B0-04B1,U+2116',
  'cyrillic-ext': 'U+0460-052F,U+1C80-1C8A,U+20B4,U+2DE0-2DFF,U+A640-A69F,U+FE2E-FE2F',
  greek: 'U+0370-0377,U+037A-037F,U+0384-038A,U+038C,U+038E-03A1,U+03A3-03FF',
  'greek-ext': 'U+1F00-1FFF',
};
const ARABIC_RANGE = 'U+0600-06FF,U+0750-077F,U+0870-088E,U+0890-0891,U+0897-08E1,U+08E3-08FF,U+200C-200E,U+2010-2011,U+204F,U+2E41,U+FB50-FDFF,U+FE70-FE74,U+FE76-FEFC';

const require = createRequire(import.meta.url);

interface Face {
  family: string;
  weight: number;
  file: string;
  range: string;
  /** [from, to] code point pairs of the range. */
  spans: number[];
}

function spansOf(range: string): number[] {
  const out: number[] = [];
  for (const part of range.split(',')) {
    const m = /^U\+([0-9a-f]+)(?:-([0-9a-f]+))?$/i.exec(part.trim());
    if (!m) continue;
    const from = parseInt(m[1] as string, 16);
    out.push(from, m[2] ? parseInt(m[2], 16) : from);
  }
  return out;
}

let faces: Face[] | null = null;

/** Every face the print documents may use, read lazily once per process. */
function allFaces(): Face[] {
  if (faces) return faces;
  const list: Face[] = [];
  const add = (family: string, weight: number, file: string, range: string) => list.push({ family, weight, file, range, spans: spansOf(range) });
  // Chinese slices as the package publishes them: "[N]" -> noto-sans-sc-N-<weight>-normal.woff2.
  const cjk = JSON.parse(readFileSync(require.resolve('@fontsource/noto-sans-sc/unicode.json'), 'utf8')) as Record<string, string>;
  for (const weight of WEIGHTS) {
    for (const [subset, range] of Object.entries(SANS_SUBSETS)) add(SANS_FAMILY, weight, `@fontsource/noto-sans/files/noto-sans-${subset}-${weight}-normal.woff2`, range);
    add(ARABIC_FAMILY, weight, `@fontsource/noto-sans-arabic/files/noto-sans-arabic-arabic-${weight}-normal.woff2`, ARABIC_RANGE);
    for (const [key, range] of Object.entries(cjk)) {
      const slice = /^\[(\d+)\]$/.exec(key)?.[1];
      // Only the numbered slices: the named ones repeat Latin, Cyrillic and Vietnamese, which Noto Sans covers.
      if (slice) add(CJK_FAMILY, weight, `@fontsource/noto-sans-sc/files/noto-sans-sc-${slice}-${weight}-normal.woff2`, range);
    }
  }
  faces = list;
  return list;
}

function touches(face: Face, codePoints: readonly number[]): boolean {
  const s = face.spans;
  for (const cp of codePoints) {
    for (let i = 0; i < s.length; i += 2) if (cp >= (s[i] as number) && cp <= (s[i + 1] as number)) return true;
  }
  return false;
}

const dataUrls = new Map<string, string>();

function dataUrl(specifier: string): string {
  let url = dataUrls.get(specifier);
  if (url === undefined) {
    url = `data:font/woff2;base64,${readFileSync(require.resolve(specifier)).toString('base64')}`;
    dataUrls.set(specifier, url);
  }
  return url;
}

/**
 * The @font-face rules for a document whose text is `text` (markup is fine: tags are ASCII): every
 * face of Noto Sans Latin (labels need it), plus each other face whose range the text touches.
 */
export function fontFaceCss(text: string): string {
  // One pass over the text (a batch's markup is megabytes): only the non-ASCII code points, once each.
  const seen = new Set<number>();
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (unit <= 0x7f) continue;
    const cp = text.codePointAt(i) as number;
    seen.add(cp);
    if (cp > 0xffff) i++;
  }
  const codePoints = [...seen];
  const rules: string[] = [];
  for (const face of allFaces()) {
    const always = face.family === SANS_FAMILY && face.file.includes('-latin-');
    if (!always && !touches(face, codePoints)) continue;
    rules.push(`@font-face{font-family:${face.family};font-style:normal;font-weight:${face.weight};font-display:block;src:url(${dataUrl(face.file)}) format(woff2);unicode-range:${face.range}}`);
  }
  return rules.join('\n');
}
