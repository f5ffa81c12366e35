/**
 * The print stylesheet. Only our own constants go in here (React does not escape <style> text):
 * never program data. Margins leave room for the header and footer stamped on each page after
 * printing (see ../stamp.ts).
 */
import { ARABIC_FAMILY, CJK_FAMILY, SANS_FAMILY } from '../fonts';

export type Paper = 'a4' | 'letter';

/** Page margins in millimetres; the stamp draws inside the top and bottom ones. */
export const MARGINS_MM = { top: 12.5, right: 12, bottom: 12, left: 12 } as const;

const INK = '#1c2430';
const NAVY = '#13294b';
const MUTED = '#5b6675';
const RULE = '#d3d9e1';

export function printCss(paper: Paper): string {
  const m = MARGINS_MM;
  return `
@page{size:${paper === 'a4' ? 'A4' : 'letter'};margin:${m.top}mm ${m.right}mm ${m.bottom}mm ${m.left}mm}
*{box-sizing:border-box}
html{font-family:${SANS_FAMILY},${ARABIC_FAMILY},${CJK_FAMILY},sans-serif;font-size:9pt;line-height:1.32;color:${INK};-webkit-print-color-adjust:exact;print-color-adjust:exact}
body{margin:0}
h1,h2,h3,p{margin:0}
bdi{unicode-bidi:isolate}
.doc{break-before:page}
.doc:first-child{break-before:auto}
.wrap,.entry,.notes,td{overflow-wrap:anywhere}
.band{background:${NAVY};color:#fff;padding:7mm 8mm 6mm;border-radius:2mm}
.marker{color:inherit;text-decoration:none}
.kicker{display:block;text-transform:uppercase;letter-spacing:.14em;font-size:7.5pt;font-weight:700;opacity:.8}
.band h1{font-size:21pt;font-weight:700;line-height:1.15;margin:2mm 0 1.5mm}
.band .sub{font-size:10pt;opacity:.92}
.band .program{margin-top:3mm;font-size:10.5pt;font-weight:700}
.facts{display:grid;grid-template-columns:repeat(4,1fr);gap:3mm;margin:4mm 0 0}
.fact{border:0.6pt solid ${RULE};border-radius:1.5mm;padding:2mm 3mm}
.fact .label,.label{font-size:7pt;text-transform:uppercase;letter-spacing:.1em;color:${MUTED};font-weight:700}
.fact .value{font-size:9.5pt;font-weight:700;margin-top:.8mm}
.box{border:0.6pt solid ${RULE};border-radius:1.5mm;padding:2.5mm 4mm;margin-top:3.5mm;break-inside:avoid}
.box h2,.section-title{font-size:10pt;color:${NAVY};margin-bottom:1.5mm}
.emergency{border-color:#b42318;border-width:1pt}
.emergency h2{color:#b42318}
.section-title{font-size:14pt;border-bottom:1.5pt solid ${NAVY};padding-bottom:1.5mm;margin:0 0 3mm;break-after:avoid}
.new-page{break-before:page}
/* Padding keeps the split-marker link inside its page: at the very top edge Chromium can place it on the page before. */
.changes{padding-top:4mm}
.changes .kicker{color:${MUTED};margin-bottom:2mm}
.change-list{margin:2mm 0 0;padding-left:5mm}
.change-list li{margin:0 0 1.8mm}
table{width:100%;border-collapse:collapse}
th{text-align:left;font-size:7pt;text-transform:uppercase;letter-spacing:.08em;color:${MUTED};border-bottom:0.8pt solid ${NAVY};padding:1mm 2mm 1mm 0}
td{vertical-align:top;padding:.9mm 2mm .9mm 0;border-bottom:0.5pt solid ${RULE}}
tr{break-inside:avoid}
.nowrap{white-space:nowrap}
.zones li{margin:.6mm 0}
ul{margin:0;padding-left:4.5mm}
.day{margin-top:4mm}
.day-head{border-bottom:1.4pt solid ${NAVY};padding-bottom:1mm;break-after:avoid;display:flex;justify-content:space-between;align-items:baseline;gap:4mm}
.day-head h2,.day-head h3{font-size:11.5pt;color:${NAVY}}
.day-head .tz{font-size:8pt;color:${MUTED};text-align:right}
.entry{display:grid;grid-template-columns:21mm 1fr;column-gap:3mm;padding:1.5mm 0 1.6mm;border-bottom:0.5pt solid ${RULE}}
.entry.cancelled .title{text-decoration:line-through;color:${MUTED}}
.entry.away{color:${MUTED}}
.when{font-weight:700;font-variant-numeric:tabular-nums;white-space:nowrap}
.when .abbr{display:block;font-weight:400;font-size:7.5pt;color:${MUTED}}
.head{break-inside:avoid}
.title{font-weight:700;font-size:9.5pt}
.meta{color:${MUTED};font-size:8pt}
.detail{margin-top:.3mm}
.notes{margin-top:.6mm;white-space:pre-wrap;orphans:3;widows:3;unicode-bidi:isolate}
.badge{display:inline-block;font-size:6.8pt;font-weight:700;letter-spacing:.08em;text-transform:uppercase;border-radius:1mm;padding:.2mm 1.4mm;margin-left:1.5mm;vertical-align:1pt;text-decoration:none}
.badge.tentative{background:#fff4d6;color:#7a4d00;border:0.5pt solid #d9a400}
.badge.cancelled{background:#fde7e7;color:#b42318;border:0.5pt solid #b42318}
.badge.away{background:#eef1f5;color:${MUTED};border:0.5pt solid ${RULE}}
.who{font-size:8pt;color:${NAVY};margin-top:.4mm}
.leg{display:grid;grid-template-columns:13mm 1fr;column-gap:2mm;margin-top:.3mm}
.group-swatch{display:inline-block;width:2.6mm;height:2.6mm;border-radius:.6mm;margin-right:1.5mm;vertical-align:-.2mm}
.intro{color:${MUTED};margin:0 0 1.5mm}
/* The compact itinerary: glance pages, then details (glance.tsx, details.tsx). */
[dir=rtl]{unicode-bidi:isolate}
.tr{unicode-bidi:isolate}
.sep{color:${MUTED}}
.band .latin{font-weight:400;font-size:14pt}
.draft-mark{position:absolute;right:8mm;top:6mm;border:1.2pt solid #fff;border-radius:1mm;padding:.6mm 2.4mm;font-weight:700;letter-spacing:.2em;font-size:11pt}
.band{position:relative}
.glance .band{padding:4mm 7mm 4mm}
.glance .band h1{font-size:18pt;margin:1.5mm 0 1mm}
.facts.three,.glance .facts{grid-template-columns:1.2fr 1.2fr 1.6fr;margin-top:3mm}
.glance .box{margin-top:2.5mm;padding:2mm 3.5mm}
.contacts{display:grid;grid-template-columns:1fr 1fr;column-gap:4mm;row-gap:.3mm;font-size:8pt;line-height:1.22}
.glance .section-title{margin-top:3mm;font-size:11pt}
.gdays{column-count:2;column-gap:5mm;column-fill:balance}
.gday{margin:0 0 1.3mm}
.gday-head{font-size:7.8pt;color:#fff;background:${NAVY};padding:.5mm 1.8mm;border-radius:.8mm;margin:0 0 .6mm;break-after:avoid}
.gday-tz{font-weight:400;opacity:.85}
.gl{display:grid;grid-template-columns:19mm 1fr;column-gap:1.2mm;font-size:7pt;line-height:1.17;padding:.15mm 0;border-bottom:.4pt solid ${RULE};break-inside:avoid}
.gl-when{font-weight:700;font-variant-numeric:tabular-nums;white-space:nowrap;overflow:hidden}
.gl-zone{font-weight:400;font-size:6.2pt;color:${MUTED}}
.gl-title{font-weight:700}
.gl-where,.gl-who{color:${MUTED}}
.gl.cancelled .gl-title{text-decoration:line-through;color:${MUTED}}
.gl.away{color:${MUTED}}
table.compact th{font-size:6.6pt;padding:.6mm 1.5mm .6mm 0}
table.compact td{font-size:7.2pt;padding:.6mm 1.5mm .6mm 0}
tr.cancelled td{text-decoration:line-through;color:${MUTED}}
.cols{column-count:2;column-gap:5mm}
.det-day{break-inside:auto;margin:0 0 1.5mm}
.det{font-size:6.8pt;line-height:1.18;padding:.3mm 0 .35mm;border-bottom:.4pt solid ${RULE};break-inside:avoid}
.det-item:not(:last-child)::after{content:' · ';color:${MUTED}}
.det-body{color:${INK}}
.det .notes{margin-top:.3mm}
.details .box{break-inside:auto;padding:1.6mm 3mm;margin-top:2.2mm}
.details>.section-title{margin-top:3mm}
.details .box table.compact td{padding:.35mm 1.5mm .35mm 0}
.venue{font-size:6.8pt;line-height:1.18;margin:0 0 .9mm;break-inside:avoid}
.venue .meta,.det .meta,.person .meta{font-size:inherit}
.person{font-size:6.8pt;line-height:1.22;margin:0 0 .5mm;break-inside:avoid}
.shared-note{font-size:6.8pt;margin:0 0 1.2mm;break-inside:avoid}
.details .box h2{break-after:avoid}
/* Partner packets and meal sheets (partner.tsx). */
.sub-title{font-size:8.5pt;color:${NAVY};margin:0 0 1mm;break-after:avoid}
.section-title.small{font-size:11pt;margin-top:3mm}
.partner-group+.partner-group{break-before:page}
.partner-group>.section-title{margin-top:3mm}
.partner .box{break-inside:auto;padding:2mm 3.5mm;margin-top:2.5mm}
.partner-group .section-title .meta{font-size:8.5pt;font-weight:400}
.meal{margin:0 0 3mm;break-inside:avoid}
.meal table.compact{margin:.8mm 0}
.meals .meal .meta,.partner .meal .meta{font-size:7.6pt}
`;
}
