import { CHANGE_KINDS } from '../engine';
import type { Change, Comparison, DiffRun } from '../engine';

/**
 * `plandiff compare` on a terminal: each changed clause with its words marked in place, as
 * `git diff --word-diff` shows a change. In colour, deleted words are red and inserted ones
 * green; without colour (NO_COLOR, or asked for with --format diff into a pipe) they are
 * `[-deleted-]` and `{+inserted+}`, git's plain markers, so the text stays readable either way.
 */

export interface WordDiffOptions {
  readonly color: boolean;
  /** The file names, shown beside the titles. */
  readonly sourceLabel?: { readonly from: string; readonly to: string };
}

const ESC = '\u001b[';
const STYLE = {
  bold: [`${ESC}1m`, `${ESC}22m`],
  dim: [`${ESC}2m`, `${ESC}22m`],
  red: [`${ESC}31m`, `${ESC}39m`],
  green: [`${ESC}32m`, `${ESC}39m`],
  yellow: [`${ESC}33m`, `${ESC}39m`],
  cyan: [`${ESC}36m`, `${ESC}39m`],
} as const;
type Style = keyof typeof STYLE;

/**
 * A clause text comes from a document someone sent: its control characters (an escape sequence
 * could move the cursor or retitle the terminal) and bidirectional overrides (which reorder what
 * the reader sees) are shown as U+FFFD, never passed to the terminal.
 */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const UNSAFE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/gu;
const safe = (text: string): string => text.replace(UNSAFE, '\ufffd');

/** What each kind of change is called in the header line. */
const KIND_NAMES: Readonly<Record<Change['kind'], string>> = {
  unchanged: 'unchanged',
  reworded: 'reworded',
  renumbered: 'renumbered',
  moved: 'moved',
  split: 'split',
  merged: 'merged',
  added: 'added',
  removed: 'removed',
  unreported: 'not reported: its fate is unknown',
};

export function renderWordDiff(c: Comparison, options: WordDiffOptions): string {
  const paint = (style: Style, text: string): string =>
    options.color && text !== '' ? `${STYLE[style][0]}${text}${STYLE[style][1]}` : text;
  const from = options.sourceLabel ? ` (${safe(options.sourceLabel.from)})` : '';
  const to = options.sourceLabel ? ` (${safe(options.sourceLabel.to)})` : '';
  const lines = [
    paint('bold', `${safe(c.from.title)}${from} → ${safe(c.to.title)}${to}`),
    `${c.from.clauseCount} clauses → ${c.to.clauseCount} clauses: ${summaryLine(c)}`,
  ];
  const changed = c.changes.filter((ch) => ch.kind !== 'unchanged');
  if (changed.length === 0) lines.push('', 'The texts say the same thing, clause by clause.');
  for (const change of changed) {
    lines.push('', header(change, paint), body(change, paint, options.color));
  }
  lines.push(
    '',
    paint(
      'dim',
      'JSON: --format json (the default when piped). Reports: --format md|html|docx|pdf -o FILE.',
    ),
  );
  return `${lines.join('\n')}\n`;
}

function summaryLine(c: Comparison): string {
  const parts = CHANGE_KINDS.filter((k) => c.summary[k] > 0).map((k) => `${c.summary[k]} ${k}`);
  return parts.length > 0 ? parts.join(', ') : 'nothing to compare';
}

type Paint = (style: Style, text: string) => string;

/** `§ 5 → 3  moved  [number-changed]`: where the clause was and is, what happened, the flags. */
function header(change: Change, paint: Paint): string {
  const from = change.from.join(' + ');
  const to = change.to.join(' + ');
  const where =
    change.from.length === 0
      ? `§ ${to}`
      : change.to.length === 0 || from === to
        ? `§ ${from}`
        : `§ ${from} → ${to}`;
  const flags =
    change.flags.length > 0 ? `  ${paint('yellow', `[${change.flags.join(', ')}]`)}` : '';
  return `${paint('cyan', safe(where))}  ${paint('bold', KIND_NAMES[change.kind])}${flags}`;
}

function body(change: Change, paint: Paint, color: boolean): string {
  const runs = change.diff.filter((r) => r.text !== '');
  // Unknown is never shown as removed: the older text, plain, for reference.
  if (change.kind === 'unreported') {
    return paint(
      'dim',
      safe(
        runs
          .filter((r) => r.op !== 'insert')
          .map((r) => r.text)
          .join(''),
      ),
    );
  }
  if (runs.every((r) => r.op === 'equal')) {
    return `${safe(runs.map((r) => r.text).join(''))}\n${paint('dim', '(same words)')}`;
  }
  return runs.map((r) => run(r, paint, color)).join('');
}

function run(r: DiffRun, paint: Paint, color: boolean): string {
  const text = safe(r.text);
  if (r.op === 'equal') return text;
  if (color) return paint(r.op === 'delete' ? 'red' : 'green', text);
  return r.op === 'delete' ? `[-${text}-]` : `{+${text}+}`;
}
