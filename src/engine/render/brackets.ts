import type { BracketFate } from '../brackets/resolve';
import type { Comparison } from '../types';
import { escapeInline, oneLine } from './markdown-redline';

/**
 * The Brackets section of a report on two negotiating drafts. Settled brackets come first (which
 * wording survived is the change a negotiator reads first), then what is still open, then the
 * brackets the newer draft adds. Absent when neither draft has brackets (`Comparison.brackets`).
 */

export type BracketRowKind = BracketFate | 'added';

export interface BracketRow {
  readonly label: string;
  readonly kind: BracketRowKind;
  /** One plain sentence; wordings quoted from the drafts (at most 25 words each). */
  readonly text: string;
}

/** Display order: resolution first. */
export const BRACKET_ROW_ORDER: readonly BracketRowKind[] = [
  'resolved',
  'merged',
  'kept',
  'deleted',
  'rewritten',
  'clause-removed',
  'open',
  'added',
];

const quote = (w: string): string => {
  const words = oneLine(w)
    .split(/\s+/u)
    .filter((x) => x !== '');
  const cut = words.length > 25 ? `${words.slice(0, 25).join(' ')} …` : words.join(' ');
  return `“${cut === '' ? '(empty)' : cut}”`;
};
const list = (ws: readonly string[]): string => ws.map(quote).join(' / ');

function sentence(
  fate: BracketFate,
  wordings: readonly string[],
  survivors: readonly number[],
  still?: { readonly label: string; readonly bracket: number },
): string {
  const kept = wordings.filter((_, i) => survivors.includes(i));
  const dropped = wordings.filter((_, i) => !survivors.includes(i));
  switch (fate) {
    case 'resolved':
      return `${list(kept)} adopted${dropped.length > 0 ? `; dropped ${list(dropped)}` : ''}.`;
    case 'merged':
      return `Several wordings kept: ${list(kept)}${dropped.length > 0 ? `; dropped ${list(dropped)}` : ''}.`;
    case 'kept':
      return `${list(kept)} kept; the brackets are gone.`;
    case 'deleted':
      return `${list(wordings)} deleted; the text closes up around it.`;
    case 'rewritten':
      return `Passage rewritten: neither ${list(wordings)} nor its context is in the newer text.`;
    case 'clause-removed':
      return `The clause is gone, with ${list(wordings)}.`;
    case 'open':
      return `Still open${still !== undefined ? ` (in ${still.label})` : ''}: ${list(wordings)}.`;
  }
}

export function bracketRows(c: Comparison): BracketRow[] {
  const b = c.brackets;
  if (b === undefined) return [];
  const rows: BracketRow[] = [
    ...b.resolutions.map((r) => ({
      label: r.label,
      kind: r.fate,
      text: sentence(r.fate, r.wordings, r.survivors, r.still),
    })),
    ...b.added.map((a) => ({
      label: a.label,
      kind: 'added' as const,
      text: `New bracket: ${list(a.wordings)}.`,
    })),
  ];
  const rank = (k: BracketRowKind): number => BRACKET_ROW_ORDER.indexOf(k);
  // Stable: within a kind, document order.
  return rows
    .map((r, i) => ({ r, i }))
    .sort((x, y) => rank(x.r.kind) - rank(y.r.kind) || x.i - y.i)
    .map((x) => x.r);
}

/** "3 resolved, 1 still open, 2 new" over the kinds that occur. */
export function bracketSummaryLine(c: Comparison): string {
  const b = c.brackets;
  if (b === undefined) return '';
  const names: Record<BracketRowKind, string> = {
    resolved: 'resolved',
    merged: 'merged',
    kept: 'kept',
    deleted: 'deleted',
    rewritten: 'rewritten',
    'clause-removed': 'gone with their clause',
    open: 'still open',
    added: 'new',
  };
  const parts = BRACKET_ROW_ORDER.filter((k) => b.summary[k] > 0).map(
    (k) => `${b.summary[k]} ${names[k]}`,
  );
  const n = b.resolutions.length;
  return `${n} bracketed ${n === 1 ? 'decision' : 'decisions'} in ${b.from}${parts.length > 0 ? `: ${parts.join(', ')}` : ''}.`;
}

export function bracketsMarkdown(c: Comparison): string[] {
  if (c.brackets === undefined) return [];
  const rows = bracketRows(c);
  return [
    '## Brackets',
    '',
    escapeInline(bracketSummaryLine(c)),
    '',
    ...(rows.length === 0
      ? ['Neither draft has a bracket.', '']
      : [
          '| Clause | Fate | What happened |',
          '| :--- | :--- | :--- |',
          ...rows.map(
            (r) => `| ${escapeInline(oneLine(r.label))} | ${r.kind} | ${escapeInline(r.text)} |`,
          ),
          '',
        ]),
  ];
}

export function bracketsHtml(c: Comparison, esc: (s: string) => string): string {
  if (c.brackets === undefined) return '';
  const rows = bracketRows(c);
  const body =
    rows.length === 0
      ? '<p>Neither draft has a bracket.</p>'
      : [
          '<table class="brackets"><thead><tr><th scope="col">Clause</th><th scope="col">Fate</th><th scope="col">What happened</th></tr></thead><tbody>',
          ...rows.map(
            (r) =>
              `<tr class="fate-${esc(r.kind)}"><td>${esc(r.label)}</td><td>${esc(r.kind)}</td><td>${esc(r.text)}</td></tr>`,
          ),
          '</tbody></table>',
        ].join('\n');
  return [
    '<section aria-labelledby="brackets">',
    '<h2 id="brackets">Brackets</h2>',
    `<p class="summary-line">${esc(bracketSummaryLine(c))}</p>`,
    body,
    '</section>',
  ].join('\n');
}
