import { CHANGE_KINDS } from '../types';
import type { ChangeKind } from '../types';

// Colours are dark-on-light with contrast well above 4.5:1; del/ins also differ by
// line-through/underline and by hidden "[deleted: …]" cues for screen readers.
const KIND_COLOURS: Readonly<Record<ChangeKind, string>> = {
  unchanged: '#eeeeee',
  reworded: '#fff1c2',
  renumbered: '#e4ecff',
  moved: '#e8e1ff',
  split: '#d9f2f2',
  merged: '#ffe2f0',
  added: '#def5e0',
  removed: '#fde2e2',
  unreported: '#f4f4f4',
};

/** Left rule of a changed clause in the document: the kind's colour, darkened to be seen. */
const KIND_RULES: Readonly<Record<ChangeKind, string>> = {
  unchanged: '#bbbbbb',
  reworded: '#c79a00',
  renumbered: '#3f63c7',
  moved: '#6a4fc7',
  split: '#1f8a8a',
  merged: '#c0407f',
  added: '#2e8b3c',
  removed: '#b02a2a',
  unreported: '#8a8a8a',
};

// One family for everything (title, body, redline, tables): Liberation Sans and DejaVu Sans ship
// with Debian's Chromium and cover Latin and Cyrillic, so print and screen look the same.
export const REPORT_FONT = '"Liberation Sans", Arial, "DejaVu Sans", "Helvetica Neue", sans-serif';

/**
 * The report's stylesheet. Print keeps the colours (print-color-adjust: exact): a redline whose
 * insertions and deletions turn black loses half of what it says.
 */
export const STYLE = `
:root { color-scheme: light; }
* { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
body { font: 15px/1.5 ${REPORT_FONT}; color: #1b1b1b; background: #ffffff; max-width: 60rem;
  margin: 0 auto; padding: 1.5rem; }
.title-block { border-bottom: 3px solid #1b1b1b; padding-bottom: .6rem; margin-bottom: 1rem; }
.kicker { text-transform: uppercase; letter-spacing: .08em; font-size: .75rem; color: #4a4a4a; margin: 0; }
h1 { font-size: 1.35rem; line-height: 1.3; margin: .2rem 0 .6rem; }
h2 { font-size: 1.15rem; border-bottom: 1px solid #1b1b1b; padding-bottom: .15rem; margin: 1.6rem 0 .6rem; }
h3 { font-size: 1rem; margin: .8rem 0 .3rem; }
table { border-collapse: collapse; margin: .4rem 0 .8rem; font-size: .9em; }
caption { text-align: left; font-style: italic; padding-bottom: .2rem; }
th, td { border: 1px solid #9a9a9a; padding: .15rem .5rem; text-align: left; vertical-align: top; }
thead th { background: #f0f0f0; }
td.num { text-align: right; font-variant-numeric: tabular-nums; }
tfoot th, tfoot td { font-weight: 700; }
table.changes { width: 100%; }
dl.meta { display: grid; grid-template-columns: max-content 1fr; gap: .1rem 1rem; margin: 0; }
dl.meta dt { font-weight: 600; }
dl.meta dd { margin: 0; }
nav.contents ol { margin: .2rem 0; padding-left: 1.4rem; columns: 2; }
nav.contents h2 { margin-top: .6rem; }
.summary-line { font-weight: 600; }
.badge { display: inline-block; border: 1px solid #1b1b1b; border-radius: .25rem; padding: 0 .35rem;
  font-size: .78em; font-weight: 600; color: #1b1b1b; vertical-align: baseline; }
${CHANGE_KINDS.map((k) => `.kind-${k} { background: ${KIND_COLOURS[k]}; }`).join('\n')}
.clause { display: grid; grid-template-columns: 3.2rem 1fr; gap: 0 .5rem; margin: 0 0 .45rem;
  padding: .1rem 0 .1rem .5rem; border-left: 4px solid transparent; break-inside: avoid; }
.clause .label { font-weight: 700; }
.clause .text { white-space: pre-wrap; overflow-wrap: anywhere; }
.clause .note { grid-column: 2; font-size: .82em; color: #4a4a4a; }
${CHANGE_KINDS.map((k) => `.clause.changed.rule-${k} { border-left-color: ${KIND_RULES[k]}; }`).join('\n')}
details.unchanged-run > summary { cursor: pointer; color: #4a4a4a; font-size: .85em; margin-bottom: .3rem; }
.redline { white-space: pre-wrap; overflow-wrap: anywhere; }
del { color: #8b0000; background: #fde7e7; text-decoration: line-through;
  text-decoration-thickness: 2px; }
ins { color: #0b5a1e; background: #e3f4e6; text-decoration: underline;
  text-decoration-thickness: 2px; }
del + ins, ins + del { margin-left: .25em; }
del::before, del::after, ins::before, ins::after { position: absolute; width: 1px; height: 1px;
  overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
del::before { content: " [deleted: "; }
ins::before { content: " [inserted: "; }
del::after, ins::after { content: "] "; }
a { color: #0b3d91; }
ol.sources li { margin-bottom: .2rem; overflow-wrap: anywhere; }
ol.sources .supports { color: #4a4a4a; font-size: .9em; }
footer { margin-top: 2rem; font-size: .85rem; color: #4a4a4a; }
@media print {
  body { max-width: none; padding: 0; font-size: 10.5pt; }
  h2 { break-after: avoid; }
  tr, .dispute { break-inside: avoid; }
  details.unchanged-run > summary { display: none; }
  a { color: inherit; text-decoration: none; }
}
`;
