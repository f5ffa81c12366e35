/**
 * The fonts every printed document embeds, read from the pinned @fontsource packages (never from
 * the network) and inlined as data: URLs, so names print the same on any machine: Noto Sans for
 * Latin (with Latin Extended and Vietnamese), Cyrillic and Greek, Noto Sans Arabic for Arabic
 * script. Templates stay within these faces (no arrows or symbols Noto Sans lacks: "to" rather
 * than an arrow), so nothing falls back to whatever fonts the machine has. Each face carries its
 * unicode-range, so Chromium only uses (and the PDF only embeds a subset of) the faces it needs.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

/** Font family names the print CSS uses. */
export const SANS_FAMILY = 'IvlpSans';
export const ARABIC_FAMILY = 'IvlpArabic';

const WEIGHTS = [400, 700] as const;

// Subsets and their ranges as published in each package's unicode.json (kept here so the CSS does
// not depend on reading JSON at run time).
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

function dataUrl(specifier: string): string {
  return `data:font/woff2;base64,${readFileSync(require.resolve(specifier)).toString('base64')}`;
}

let cached: string | null = null;

/** The @font-face rules with every face inlined; read once per process (about 450 kB of CSS). */
export function fontFaceCss(): string {
  if (cached !== null) return cached;
  const rules: string[] = [];
  for (const weight of WEIGHTS) {
    for (const [subset, range] of Object.entries(SANS_SUBSETS)) {
      const url = dataUrl(`@fontsource/noto-sans/files/noto-sans-${subset}-${weight}-normal.woff2`);
      rules.push(`@font-face{font-family:${SANS_FAMILY};font-style:normal;font-weight:${weight};font-display:block;src:url(${url}) format(woff2);unicode-range:${range}}`);
    }
    const url = dataUrl(`@fontsource/noto-sans-arabic/files/noto-sans-arabic-arabic-${weight}-normal.woff2`);
    rules.push(`@font-face{font-family:${ARABIC_FAMILY};font-style:normal;font-weight:${weight};font-display:block;src:url(${url}) format(woff2);unicode-range:${ARABIC_RANGE}}`);
  }
  cached = rules.join('\n');
  return cached;
}
