import { splitAttribution } from './attribution';
import type {
  Alternative,
  Bracket,
  BracketProblem,
  OptionMark,
  ParsedText,
  Placeholder,
  StatusMark,
  StatusMarkKind,
} from './types';

/**
 * Parses the bracket syntax of one clause in a single pass plus one pass per bracket over its own
 * top-level text, so the work is linear in the input. Unbalanced brackets are reported as
 * problems and their stray delimiters taken out of `clean`; nothing here throws on any string.
 */

/** Deeper brackets are still taken out of `clean` but not recorded (real drafts nest 3 deep). */
export const MAX_BRACKET_DEPTH = 8;
/** Per text: the Paris draft of 5 December 2015 had 916 in all, across some 50 pages. */
export const MAX_BRACKETS = 5000;
const MAX_PLACEHOLDER = 200;
const MAX_MARK = 80;

const MARKS: readonly [RegExp, StatusMarkKind][] = [
  [/^agreed\s+ad\s+ref(?:erendum)?\.?$/iu, 'agreed-ad-ref'],
  [
    /^(?:agreed|ad\s+ref(?:erendum)?)\s+(?:in|by)\s+(?:the\s+)?(?:wg\s*\d*|working\s+group|splinter|contact\s+group|informals?)\b.*$/iu,
    'agreed-wg',
  ],
  [/^agreed\.?$/iu, 'agreed'],
  [/^re-?opened\b.*$/iu, 'reopened'],
];

const OPTION = /\b(Sub-?option|Option)\s+(\d{1,3}[a-z]?|[A-Z])\s*[:.)]/gu;

interface Pair {
  start: number;
  end: number;
  depth: number;
  parent?: number;
  children: number[];
}

type Span = { start: number; end: number };

export function parseBrackets(input: string): ParsedText {
  const problems: BracketProblem[] = [];
  const pairs: Pair[] = [];
  const remove: Span[] = [];
  const placeholders: Placeholder[] = [];
  const stack: { at: number; pair?: number }[] = [];
  // Indices of the recorded (not too deep) open pairs on the stack: depth without rescanning.
  const recordedOpen: number[] = [];
  let brace = -1;
  let tooMany = false;
  for (let i = 0; i < input.length; i++) {
    const ch = input[i];
    if (ch === '[') {
      const recorded = recordedOpen.length;
      if (recorded >= MAX_BRACKET_DEPTH) {
        problems.push({ kind: 'too-deep', at: i });
        stack.push({ at: i });
      } else if (pairs.length >= MAX_BRACKETS) {
        if (!tooMany) problems.push({ kind: 'too-many', at: i });
        tooMany = true;
        stack.push({ at: i });
      } else {
        const parent = recordedOpen.at(-1);
        pairs.push({
          start: i,
          end: -1,
          depth: recorded + 1,
          ...(parent !== undefined ? { parent } : {}),
          children: [],
        });
        if (parent !== undefined) pairs[parent]!.children.push(pairs.length - 1);
        stack.push({ at: i, pair: pairs.length - 1 });
        recordedOpen.push(pairs.length - 1);
      }
    } else if (ch === ']') {
      const open = stack.pop();
      if (open === undefined) {
        problems.push({ kind: 'unmatched-close', at: i });
        remove.push({ start: i, end: i + 1 });
      } else if (open.pair === undefined) {
        remove.push({ start: open.at, end: open.at + 1 }, { start: i, end: i + 1 });
      } else {
        pairs[open.pair]!.end = i + 1;
        recordedOpen.pop();
      }
    } else if (ch === '{') {
      brace = i;
    } else if (ch === '}' && brace >= 0) {
      if (i - brace <= MAX_PLACEHOLDER && !/[[\]]/u.test(input.slice(brace, i))) {
        placeholders.push({ text: input.slice(brace + 1, i).trim(), start: brace, end: i + 1 });
        remove.push({ start: brace, end: i + 1 });
      }
      brace = -1;
    }
  }
  for (const open of stack) {
    problems.push({ kind: 'unclosed', at: open.at });
    remove.push({ start: open.at, end: open.at + 1 });
  }
  // An unclosed bracket is no bracket: its children stay, re-parented to the nearest closed one.
  const closed = pairs.map((p) => p.end >= 0);
  const marks: StatusMark[] = [];
  const brackets: Bracket[] = [];
  const idOf = new Map<number, number>();
  const isMark = new Set<number>();
  for (const [index, p] of pairs.entries()) {
    if (!closed[index]) continue;
    const kind =
      p.children.length === 0 ? markKind(input.slice(p.start + 1, p.end - 1)) : undefined;
    if (kind !== undefined) {
      marks.push({ kind, start: p.start, end: p.end });
      remove.push({ start: p.start, end: p.end });
      isMark.add(index);
    }
  }
  let groups = 0;
  let last: { index: number; parent: number | undefined; end: number; group: number } | undefined;
  for (const [index, p] of pairs.entries()) {
    if (!closed[index] || isMark.has(index)) continue;
    const parentIndex = closedAncestor(pairs, closed, p.parent);
    // Only `][` with nothing between marks alternatives (`[shall][should]`): with a space the
    // drafts also write a bracket then a separate optional word (`[below 1.5 °C] [or] [well …]`).
    const adjacent = last !== undefined && last.parent === parentIndex && last.end === p.start;
    const group = adjacent ? last!.group : groups++;
    const { alternatives, spans } = alternativesOf(input, p, pairs, closed, isMark);
    remove.push({ start: p.start, end: p.start + 1 }, { start: p.end - 1, end: p.end }, ...spans);
    idOf.set(index, brackets.length);
    brackets.push({
      id: brackets.length,
      start: p.start,
      end: p.end,
      depth: depthOf(pairs, closed, index),
      ...(parentIndex !== undefined ? { parent: idOf.get(parentIndex)! } : {}),
      group,
      alternatives,
    });
    last = { index, parent: parentIndex, end: p.end, group };
  }
  const options: OptionMark[] = [];
  for (const m of input.matchAll(OPTION)) {
    options.push({
      number: m[2]!,
      sub: /^sub/iu.test(m[1]!),
      start: m.index,
      end: m.index + m[0].length,
    });
  }
  const { clean, removed } = cut(input, remove);
  return {
    clean,
    removed,
    brackets,
    groups,
    options,
    marks,
    placeholders,
    problems: problems.sort((a, b) => a.at - b.at),
  };
}

function markKind(content: string): StatusMarkKind | undefined {
  const text = content.trim();
  if (text.length > MAX_MARK) return undefined;
  return MARKS.find(([re]) => re.test(text))?.[1];
}

function closedAncestor(
  pairs: readonly Pair[],
  closed: readonly boolean[],
  p: number | undefined,
): number | undefined {
  let at = p;
  while (at !== undefined && !closed[at]) at = pairs[at]!.parent;
  return at;
}

function depthOf(pairs: readonly Pair[], closed: readonly boolean[], index: number): number {
  let depth = 1;
  for (let at = closedAncestor(pairs, closed, pairs[index]!.parent); at !== undefined;) {
    depth++;
    at = closedAncestor(pairs, closed, pairs[at]!.parent);
  }
  return depth;
}

/**
 * The bracket's own wordings: split at top-level ` / `, each with its attribution tail read off.
 * Returns the spans (separators and tails) that are syntax, not text.
 */
function alternativesOf(
  input: string,
  p: Pair,
  pairs: readonly Pair[],
  closed: readonly boolean[],
  isMark: ReadonlySet<number>,
): { alternatives: Alternative[]; spans: Span[] } {
  const kids = p.children.filter((c) => closed[c]).map((c) => pairs[c]!);
  const cuts: number[] = [p.start + 1];
  const seps: Span[] = [];
  let k = 0;
  for (let i = p.start + 1; i < p.end - 1; i++) {
    if (k < kids.length && i === kids[k]!.start) {
      i = kids[k]!.end - 1;
      k++;
      continue;
    }
    if (input[i] === '/' && /\s/u.test(input[i - 1] ?? '') && /\s/u.test(input[i + 1] ?? '')) {
      seps.push({ start: i - 1, end: i + 2 });
      cuts.push(i - 1, i + 2);
    }
  }
  cuts.push(p.end - 1);
  const spans: Span[] = [...seps];
  const alternatives: Alternative[] = [];
  const markSpans = p.children.filter((c) => isMark.has(c)).map((c) => pairs[c]!);
  for (let c = 0; c + 1 < cuts.length; c += 2) {
    const [from, to] = [cuts[c]!, cuts[c + 1]!];
    // The tail can only follow the last nested bracket: it attributes the whole wording.
    const lastKid = kids.filter((kid) => kid.end <= to && kid.start >= from).at(-1);
    const tailFrom = Math.max(from, lastKid?.end ?? from);
    const split = splitAttribution(input.slice(tailFrom, to));
    const textEnd = split === undefined ? to : tailFrom + split.at;
    if (split !== undefined) spans.push({ start: textEnd, end: to });
    let text = input.slice(from, textEnd);
    for (const m of markSpans) {
      if (m.start >= from && m.end <= textEnd) {
        text = text.replace(input.slice(m.start, m.end), ' ');
      }
    }
    alternatives.push({
      text: text.replace(/[[\]]/gu, '').replace(/\s+/gu, ' ').trim(),
      attributions: split?.attributions ?? [],
    });
  }
  return { alternatives, spans };
}

/** Takes the spans out; a span between two non-spaces leaves one space so words never fuse. */
function cut(
  input: string,
  spans: readonly Span[],
): { clean: string; removed: { start: number; end: number }[] } {
  const sorted = [...spans].sort((a, b) => a.start - b.start || b.end - a.end);
  const merged: Span[] = [];
  for (const s of sorted) {
    const prev = merged.at(-1);
    if (prev !== undefined && s.start <= prev.end) prev.end = Math.max(prev.end, s.end);
    else merged.push({ ...s });
  }
  let clean = '';
  let at = 0;
  for (const s of merged) {
    clean += input.slice(at, s.start);
    const before = clean.at(-1);
    const after = input[s.end];
    if (before !== undefined && after !== undefined && /\S/u.test(before) && /\S/u.test(after)) {
      clean += ' ';
    }
    at = s.end;
  }
  clean += input.slice(at);
  return { clean, removed: merged };
}
