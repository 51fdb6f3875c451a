/**
 * The layout of an article as the extractor reads it: lines (paragraphs), headings, bullets,
 * direct quotes and sentences, all as offsets into the original text so every quote the extractor
 * returns is an exact substring of it.
 */
import { dialogueQuotes } from './dialogue';
import type { Paragraph, Quote } from './layout-types';

export type { Paragraph, Quote } from './layout-types';

export interface Sentence {
  readonly start: number;
  readonly end: number;
  readonly paragraph: number;
}

export interface Layout {
  readonly paragraphs: readonly Paragraph[];
  readonly quotes: readonly Quote[];
  readonly sentences: readonly Sentence[];
}

// Telegram channels mark list items with emoji ("▪️", "🔹", "📌"): the symbol may carry a variation
// selector (U+FE0F) and may be glued to the text.
const BULLET_RE =
  /^[ \t]*(?:(?:[-•*–—▪●◦]|\d{1,2}[.)])[ \t]+|[▪▫◾◽■●◦•🔹🔸🔷🔶🔺🔻📌👉➡✅❌]\uFE0F?[ \t]*(?=\S))/u;
const CLOSING_PUNCT = /[.!?:;…»”"“’)\]]\s*$/u;

/** Closing marks for each opening mark; „ closes with “ (German, Ukrainian) or ”. */
const CLOSERS: Readonly<Record<string, string>> = {
  '“': '”',
  '„': '“”',
  '«': '»',
  '"': '"',
  '‘': '’',
};

function splitParagraphs(text: string): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  let start = 0;
  while (start <= text.length) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    const line = text.slice(start, end);
    if (line.trim() !== '') {
      const bullet = BULLET_RE.exec(line);
      const words = line.trim().split(/\s+/u).length;
      paragraphs.push({
        index: paragraphs.length,
        start,
        end,
        // A quote mark right after a word closes a phrase, not a sentence ('… "pretty good"').
        heading:
          !bullet && words <= 14 && (!CLOSING_PUNCT.test(line) || /\p{L}["”»’]\s*$/u.test(line)),
        bulletStart: bullet ? start + bullet[0].length : -1,
      });
    }
    start = end + 1;
  }
  return paragraphs;
}

const isLetter = (c: string | undefined): boolean => c !== undefined && /[\p{L}\p{N}]/u.test(c);

/** An opening mark: not glued to a word before it, followed by a word character. */
function opensQuote(text: string, i: number): boolean {
  const c = text[i]!;
  if (!(c in CLOSERS)) return false;
  const before = text[i - 1];
  const after = text[i + 1];
  if (after === undefined || /\s/u.test(after)) return false;
  if (c === '‘' || c === '"') return !isLetter(before);
  return true;
}

function closesAt(text: string, i: number, opener: string): boolean {
  const c = text[i]!;
  if (!CLOSERS[opener]!.includes(c)) return false;
  // ’ inside a word is an apostrophe (Ukraine’s), not the end of a ‘…’ quote.
  if (opener === '‘') return !isLetter(text[i + 1]);
  if (opener === '"') return !isLetter(text[i + 1]) || !isLetter(text[i - 1]);
  return true;
}

/**
 * Finds the closing mark of the quote opened at `open`. A quote may run across paragraphs when
 * the next paragraph opens with the same mark (the English convention); otherwise a quote left
 * open at the end of its paragraph is a stray mark.
 */
function findClose(
  text: string,
  open: number,
  paragraphs: readonly Paragraph[],
  p: number,
): number {
  const opener = text[open]!;
  let depth = 0;
  let para = p;
  let i = open + 1;
  // The last mark that could have closed the quote, had a nested opening not been counted.
  let lastCloser = -1;
  while (para < paragraphs.length) {
    const end = paragraphs[para]!.end;
    for (; i < end; i++) {
      const c = text[i]!;
      if (c === opener && opener === '«') depth++;
      // 'сорвать "мирный план" Трампа' inside "…": a straight mark after a space (or the outer
      // mark itself, a bracket or a dash: '""Peace" is …', '(the "28 points")') and before a
      // letter opens a nested quote; it does not close the outer one.
      else if (
        opener === '"' &&
        c === '"' &&
        (/[\s([{—–/]/u.test(text[i - 1] ?? '') || i === open + 1) &&
        isLetter(text[i + 1])
      ) {
        depth++;
      } else if (closesAt(text, i, opener)) {
        if (depth === 0) return i;
        depth--;
        lastCloser = i;
      }
    }
    const next = paragraphs[para + 1];
    if (next === undefined || text[next.start] !== opener || para - p >= 5) {
      // '"He called it "dead, and we agree," X said': a mark read as a nested opening (never
      // closed, or a stray) left the quote open to the paragraph's end; the last mark that
      // closed a nested quote ends it instead.
      return opener === '"' ? lastCloser : -1;
    }
    para++;
    i = next.start + 1;
  }
  return -1;
}

function findQuotes(text: string, paragraphs: readonly Paragraph[]): Quote[] {
  const quotes: Quote[] = [];
  for (const para of paragraphs) {
    let i = para.start;
    // A quote that continued from an earlier paragraph already covers this one's start.
    const last = quotes[quotes.length - 1];
    if (last !== undefined && last.close > i) i = last.close;
    while (i < para.end) {
      if (!opensQuote(text, i)) {
        i++;
        continue;
      }
      const close = findClose(text, i, paragraphs, para.index);
      if (close < 0) {
        i++;
        continue;
      }
      const inner = text.slice(i + 1, close);
      quotes.push({
        open: i,
        close: close + 1,
        start: i + 1,
        end: close,
        words: inner
          .trim()
          .split(/\s+/u)
          .filter((w) => /[\p{L}\p{N}]/u.test(w)).length,
        paragraph: para.index,
      });
      if (close >= para.end) break;
      i = close + 1;
    }
  }
  return quotes;
}

const ABBREVIATIONS = new Set([
  'mr',
  'mrs',
  'ms',
  'dr',
  'st',
  'jan',
  'feb',
  'mar',
  'apr',
  'aug',
  'sept',
  'sep',
  'oct',
  'nov',
  'dec',
  'gen',
  'sen',
  'rep',
  'gov',
  'lt',
  'col',
  'prof',
  'vs',
  'no',
  'jr',
  'т',
  'г',
  'им',
  'тыс',
  'млн',
  'млрд',
  'ст',
  'п',
]);

function isAbbreviation(text: string, dot: number): boolean {
  let s = dot;
  while (s > 0 && /[\p{L}.]/u.test(text[s - 1]!)) s--;
  const word = text.slice(s, dot);
  // U.S., J.D., E.U.: letters separated by dots.
  if (/^(?:\p{L}\.)*\p{Lu}$/u.test(word)) return true;
  return ABBREVIATIONS.has(word.toLowerCase());
}

/**
 * '"We will not sign." Peskov said on Monday.', '"Is it fair?" Zelensky asked.': a short
 * sentence with no quote of its own right after a closing quote is its attribution, kept with it.
 */
function attributionFollows(text: string, from: number, paraEnd: number): boolean {
  const rest = text.slice(from, paraEnd);
  const next = /^[^.!?…]*[.!?…]?/u.exec(rest)![0];
  return !/[“"«„]/u.test(next) && next.trim().split(/\s+/u).length <= 5;
}

function splitSentences(
  text: string,
  paragraphs: readonly Paragraph[],
  quotes: readonly Quote[],
): Sentence[] {
  const sentences: Sentence[] = [];
  let q = 0;
  // A quote running past its paragraph carries the open sentence into the next one.
  let carried: { start: number; paragraph: number } | null = null;
  for (const para of paragraphs) {
    let start: number = carried?.start ?? (para.bulletStart >= 0 ? para.bulletStart : para.start);
    const owner: number = carried?.paragraph ?? para.index;
    carried = null;
    let i = Math.max(start, para.start);
    for (; i < para.end; i++) {
      while (q < quotes.length && quotes[q]!.close <= i) q++;
      const quote = quotes[q];
      // The quote's own last mark is read below: a quoted sentence ends the sentence when a
      // new one follows ('… in Moscow." Her bottom line: "…"'), else two quotes become one.
      if (quote !== undefined && quote.open < i && i < quote.close - 2) {
        if (quote.close > para.end) break;
        i = quote.close - 3;
        continue;
      }
      const c = text[i]!;
      if (!'.!?…'.includes(c)) continue;
      let j = i + 1;
      while (j < text.length && '”"»’)'.includes(text[j]!)) j++;
      if (j < para.end && !/\s/u.test(text[j]!)) continue;
      let k = j;
      while (k < para.end && /\s/u.test(text[k]!)) k++;
      if (k < para.end && !/[\p{Lu}\p{N}“"«„‘—–-]/u.test(text[k]!)) continue;
      if (c === '.' && isAbbreviation(text, i)) continue;
      if (j > i + 1 && attributionFollows(text, k, para.end)) continue;
      sentences.push({ start, end: j, paragraph: owner });
      start = k;
      i = k - 1;
    }
    const open = quotes[q];
    if (open !== undefined && open.open < para.end && open.close > para.end && open.open >= start) {
      carried = { start, paragraph: owner };
      continue;
    }
    if (start < para.end && text.slice(start, para.end).trim() !== '') {
      sentences.push({ start, end: para.end, paragraph: owner });
    }
  }
  return sentences;
}

export function layout(text: string): Layout {
  const paragraphs = splitParagraphs(text);
  const marked = findQuotes(text, paragraphs);
  const dialogue = dialogueQuotes(text, paragraphs);
  // A dialogue quote holds any marked quote inside it («…» within the speech) as its own words.
  const quotes =
    dialogue.length === 0
      ? marked
      : [
          ...marked.filter((q) => !dialogue.some((d) => q.open < d.close && q.close > d.open)),
          ...dialogue,
        ].sort((a, b) => a.open - b.open);
  return { paragraphs, quotes, sentences: splitSentences(text, paragraphs, quotes) };
}
