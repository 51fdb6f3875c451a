import type { DiffRun } from '../types';
import { normaliseRuns } from './common';

type Marker = '~~' | '**';
type Piece = { readonly text: string } | { readonly marker: Marker; readonly open: boolean };

/**
 * One paragraph: deletions as `~~text~~`, insertions as `**text**`, everything else escaped.
 * Line breaks inside clauses become spaces, since a break would end the paragraph or a marker.
 */
export function renderMarkdownRedline(diff: readonly DiffRun[]): string {
  const pieces: Piece[] = [];
  let lastMarked: Marker | undefined;
  for (const run of normaliseRuns(diff)) {
    const text = oneLine(run.text);
    if (run.op === 'equal') {
      pieces.push({ text: escapeInline(text) });
      lastMarked = undefined;
      continue;
    }
    // Markdown only honours a marker that touches non-whitespace, so edge spaces go outside it.
    const [lead, core, trail] = splitEdges(text);
    if (core === '') {
      // A deleted space is shown as nothing; an inserted one is simply part of the new text.
      if (run.op === 'insert') {
        pieces.push({ text });
        lastMarked = undefined;
      }
      continue;
    }
    const marker: Marker = run.op === 'delete' ? '~~' : '**';
    // `~~600,000~~ **800,000**` reads better than the two words glued together.
    const separator = lastMarked !== undefined && lead === '' ? ' ' : '';
    pieces.push(
      { text: separator + lead },
      { marker, open: true },
      { text: escapeInline(core) },
      { marker, open: false },
      { text: trail },
    );
    lastMarked = trail === '' ? marker : undefined;
  }
  const paragraph = protectLineStart(splitEdges(joinPieces(pieces))[1]);
  return paragraph === '' ? '_(no text)_' : paragraph;
}

/**
 * Joins pieces, adding a space where CommonMark's flanking rules would otherwise refuse a marker:
 * an opener followed by punctuation must be preceded by whitespace or punctuation (`a~~(b)~~`
 * does not strike through), and likewise a closer preceded by punctuation.
 */
function joinPieces(pieces: readonly Piece[]): string {
  // Appended to an array, and the last character read from the last piece written: reading it
  // from a growing string would flatten that string once per piece.
  const out: string[] = [];
  let last: string | undefined;
  const write = (s: string): void => {
    if (s === '') return;
    out.push(s);
    last = lastChar(s);
  };
  pieces.forEach((piece, i) => {
    if ('text' in piece) return write(piece.text);
    if (piece.open) {
      const next = firstChar(nextText(pieces, i));
      if (isPunctuationLike(next) && !isSafeNeighbour(last)) write(' ');
      write(piece.marker);
    } else {
      const prev = last;
      const next = firstChar(nextText(pieces, i));
      write(piece.marker);
      if (isPunctuationLike(prev) && !isSafeNeighbour(next)) write(' ');
    }
  });
  return out.join('');
}

/** The first non-empty text after position i, without joining the rest (diffs can be long). */
function nextText(pieces: readonly Piece[], i: number): string {
  for (let j = i + 1; j < pieces.length; j++) {
    const text = textOf(pieces[j]);
    if (text !== '') return text;
  }
  return '';
}

function textOf(piece: Piece | undefined): string {
  if (piece === undefined) return '';
  return 'text' in piece ? piece.text : piece.marker;
}

/** CommonMark's Unicode whitespace: Zs plus tab, line feed, form feed and carriage return. */
const WS = '[\\t\\n\\f\\r\\p{Zs}]';
const IS_WS = new RegExp(`^${WS}$`, 'u');

/**
 * [leading whitespace, the rest, trailing whitespace], scanning in from both ends. A regex such
 * as /^(\s*)([\s\S]*?)(\s*)$/ retries the trailing group at every position of a long inner
 * space run: a clause holding 99,000 spaces took 23 s to render. Every CommonMark whitespace
 * character is a single UTF-16 unit, so a per-unit test is exact.
 */
function splitEdges(s: string): [string, string, string] {
  let start = 0;
  while (start < s.length && IS_WS.test(s[start]!)) start++;
  let end = s.length;
  while (end > start && IS_WS.test(s[end - 1]!)) end--;
  return [s.slice(0, start), s.slice(start, end), s.slice(end)];
}
// Older CommonMark counts only P as punctuation, 0.31 adds S: treat edges as the riskier reading…
const PUNCT_OR_SYMBOL = /^[\p{P}\p{S}]$/u;
// …and neighbours as safe only when every reading agrees (P, or ASCII punctuation).
const SAFE_PUNCT = /^(?:\p{P}|[!-/:-@[-`{-~])$/u;

function isPunctuationLike(ch: string | undefined): boolean {
  return ch !== undefined && PUNCT_OR_SYMBOL.test(ch);
}

function isSafeNeighbour(ch: string | undefined): boolean {
  return ch === undefined || IS_WS.test(ch) || SAFE_PUNCT.test(ch);
}

function firstChar(s: string): string | undefined {
  const cp = s.codePointAt(0);
  return cp === undefined ? undefined : String.fromCodePoint(cp);
}

function lastChar(s: string): string | undefined {
  if (s === '') return undefined;
  const low = s.charCodeAt(s.length - 1);
  const pair = s.length >= 2 && low >= 0xdc00 && low <= 0xdfff;
  return s.slice(pair ? -2 : -1);
}

/** Line breaks (any convention) become single spaces. */
export function oneLine(s: string): string {
  return s.replace(/\r\n|[\r\n]/g, ' ');
}

/**
 * Backslash-escapes every character that could start inline markup, a table cell or raw HTML,
 * and `&` only where it would otherwise form an entity, so prose stays readable in the source.
 */
export function escapeInline(s: string): string {
  return s.replace(/[\\`*_~|<>[\]#]/g, '\\$&').replace(/&(?=#?[0-9A-Za-z]+;)/g, '\\&');
}

/** A paragraph starting `- `, `+ `, `1. ` or `1) ` would become a list; `#`/`>` are escaped already. */
function protectLineStart(line: string): string {
  if (/^[-+=]/.test(line)) return `\\${line}`;
  return line.replace(/^(\d{1,9})([.)])/, '$1\\$2');
}
