import { isAscii } from '../text/fold';
import { myersDiff } from './myers';
import type { DiffRun } from '../types';

export interface WordDiffLimits {
  readonly maxEditLength: number;
  /** Work budget of the Myers search (diff/myers.ts), a step count rather than the clock. */
  readonly maxSteps: number;
}

// Own tokenizer over a port of jsdiff's diffArrays (diff/myers.ts) rather than diffWords: numbers keep their separators
// ("600,000" is one token, so a redline reads ~~600,000~~ 800,000), every script's letters form
// words (jsdiff's word regex knows only Latin and would diff Cyrillic letter by letter), and
// whitespace is kept as tokens so the runs rebuild both texts exactly.
const TOKEN_RE =
  /\p{N}+(?:[.,\u00a0\u202f]\p{N}+)*|[\p{L}\p{M}]+(?:['’][\p{L}\p{M}]+)*|\s+|[^\s\p{L}\p{M}\p{N}]/gu;

function tokens(text: string): string[] {
  return isAscii(text) ? asciiTokens(text) : (text.match(TOKEN_RE) ?? []);
}

const isDigit = (c: number): boolean => c >= 48 && c <= 57;
const isLetter = (c: number): boolean => (c | 32) >= 97 && (c | 32) <= 122;
/** \s restricted to ASCII: tab, line feed, vertical tab, form feed, carriage return, space. */
const isSpace = (c: number): boolean => c === 32 || (c >= 9 && c <= 13);

/**
 * TOKEN_RE for ASCII-only text as one character scan (most clauses; the Unicode-property regex
 * was the word diff's hot spot). In ASCII the regex reads: digits joined by single '.' or ','
 * before a digit; letters joined by single apostrophes before a letter; a whitespace run; any
 * other single character. src/engine/diff/word-diff.spec.ts holds the two to the same tokens.
 */
export function asciiTokens(text: string): string[] {
  const out: string[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    const start = i;
    const c = text.charCodeAt(i);
    if (isDigit(c)) {
      i++;
      for (;;) {
        while (i < n && isDigit(text.charCodeAt(i))) i++;
        const sep = text.charCodeAt(i);
        if ((sep === 46 || sep === 44) && i + 1 < n && isDigit(text.charCodeAt(i + 1))) i++;
        else break;
      }
    } else if (isLetter(c)) {
      i++;
      for (;;) {
        while (i < n && isLetter(text.charCodeAt(i))) i++;
        if (text.charCodeAt(i) === 39 && i + 1 < n && isLetter(text.charCodeAt(i + 1))) i++;
        else break;
      }
    } else if (isSpace(c)) {
      i++;
      while (i < n && isSpace(text.charCodeAt(i))) i++;
    } else {
      i++;
    }
    out.push(text.slice(start, i));
  }
  return out;
}

/** The regex tokenizer, exported so the spec can hold the ASCII scan to it. */
export function regexTokens(text: string): string[] {
  return text.match(TOKEN_RE) ?? [];
}

/**
 * Word-level redline of `before` against `after`, bounded: when the search gives up (edit length
 * or step budget exceeded) the whole pair is shown as one deletion and one insertion, never a hang.
 */
export function wordDiff(before: string, after: string, limits: WordDiffLimits): DiffRun[] {
  if (before === after) return before === '' ? [] : [{ op: 'equal', text: before }];
  if (before === '') return [{ op: 'insert', text: after }];
  if (after === '') return [{ op: 'delete', text: before }];
  const oldTokens = tokens(before);
  const newTokens = tokens(after);
  const edits = myersDiff(oldTokens, newTokens, limits);
  if (edits === undefined) {
    return [
      { op: 'delete', text: before },
      { op: 'insert', text: after },
    ];
  }
  // Blocks of equal text and edits; an edit separated from the next only by whitespace is merged
  // with it, so "~~Armed Forces are~~ **military is**" reads as one replacement, not three.
  const blocks: ({ equal: string } | { del: string; ins: string })[] = [];
  let oldAt = 0;
  let newAt = 0;
  for (const edit of edits) {
    const removed = edit.op === 'delete';
    let text: string;
    if (removed) text = joinTokens(oldTokens, oldAt, (oldAt += edit.count));
    else text = joinTokens(newTokens, newAt, (newAt += edit.count));
    if (edit.op === 'equal') oldAt += edit.count;
    const last = blocks[blocks.length - 1];
    if (edit.op === 'equal') {
      blocks.push({ equal: text });
      continue;
    }
    const beforeLast = blocks[blocks.length - 2];
    if (
      last !== undefined &&
      'equal' in last &&
      /^\s+$/u.test(last.equal) &&
      beforeLast !== undefined &&
      'del' in beforeLast
    ) {
      blocks.pop();
      beforeLast.del += last.equal;
      beforeLast.ins += last.equal;
    }
    const open = blocks[blocks.length - 1];
    if (open !== undefined && 'del' in open) {
      if (removed) open.del += text;
      else open.ins += text;
    } else {
      blocks.push(removed ? { del: text, ins: '' } : { del: '', ins: text });
    }
  }
  const runs: DiffRun[] = [];
  for (const block of blocks) {
    if ('equal' in block) runs.push({ op: 'equal', text: block.equal });
    else {
      if (block.del !== '') runs.push({ op: 'delete', text: block.del });
      if (block.ins !== '') runs.push({ op: 'insert', text: block.ins });
    }
  }
  return runs;
}

/** tokens[from..to) as one string, without the slice jsdiff made per change. */
function joinTokens(tokens: readonly string[], from: number, to: number): string {
  let text = '';
  for (let i = from; i < to; i++) text += tokens[i]!;
  return text;
}

/** The old text a redline encodes (equal + delete runs). */
export function oldText(runs: readonly DiffRun[]): string {
  return runs
    .filter((r) => r.op !== 'insert')
    .map((r) => r.text)
    .join('');
}

/** The new text a redline encodes (equal + insert runs). */
export function newText(runs: readonly DiffRun[]): string {
  return runs
    .filter((r) => r.op !== 'delete')
    .map((r) => r.text)
    .join('');
}
