import { findVerbs } from './attribution';
import type { Verb } from './attribution';
import type { Quote } from './layout';

/** Offsets helpers the extractor shares: ranges of sorted items, trimming, titles, language. */

/** Items not inside a quote, so mentions and verbs inside quotes are not read as attribution. */
export function outside<T extends { start: number }>(
  items: readonly T[],
  quotes: readonly Quote[],
): T[] {
  let q = 0;
  return items.filter((item) => {
    while (q < quotes.length && quotes[q]!.close <= item.start) q++;
    const quote = quotes[q];
    return !(quote && quote.open <= item.start && item.start < quote.close);
  });
}

/** Index of the first item (sorted by start) starting at or after `start`, by binary search. */
export function firstFrom<T extends { start: number }>(items: readonly T[], start: number): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (items[mid]!.start < start) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The items (sorted by start) that start in [start, end). */
export function inRange<T extends { start: number }>(
  items: readonly T[],
  start: number,
  end: number,
): T[] {
  const lo = firstFrom(items, start);
  const out: T[] = [];
  for (let i = lo; i < items.length && items[i]!.start < end; i++) out.push(items[i]!);
  return out;
}

/** Looks like a title ("Squawk Box", "Russia Calling!"): every word capitalised. */
export function isTitle(text: string): boolean {
  const words = text.trim().split(/\s+/u);
  return (
    words.length <= 6 &&
    words.every((w) => /^[\p{Lu}\p{N}]/u.test(w.replace(/^[^\p{L}\p{N}]+/u, '')))
  );
}

/** "WASHINGTON — ", "MOSCOW (Reuters) - ": a dateline opening a paragraph, not reported words. */
const DATELINE_RE = /^[\p{Lu}][\p{Lu} .'’-]{2,40}(?:\([^)]{0,40}\))?\s*[—–-]\s+/u;

export function trimSpan(text: string, start: number, end: number): [number, number] {
  const dateline = DATELINE_RE.exec(text.slice(start, Math.min(end, start + 60)));
  if (dateline) start += dateline[0].length;
  while (start < end && /[\s,:;—–-]/u.test(text[start]!)) start++;
  while (end > start && /[\s.,;:—–-]/u.test(text[end - 1]!)) end--;
  // "…would not comment on the draft, but [added that …]": the conjunction before a second verb
  // of the same speaker belongs to neither statement.
  const tail = TRAILING_CONJUNCTION.exec(text.slice(Math.max(start, end - 12), end));
  if (tail) {
    end -= tail[0].length;
    while (end > start && /[\s.,;:—–-]/u.test(text[end - 1]!)) end--;
  }
  return [start, end];
}

const TRAILING_CONJUNCTION = /[,;]\s*(?:but|and|while|although|though|yet)$/u;

/** The words between the verb and a quote frame it ("indicated that a possible meeting …"). */
export function frameOf(context: string): string {
  const lastVerb = findVerbs(context).pop();
  return lastVerb ? context.slice(lastVerb.end) : '';
}

export function distance(verb: Verb, quotes: readonly Quote[]): number {
  return Math.min(
    ...quotes.map((q) =>
      verb.start >= q.close ? verb.start - q.close : q.open >= verb.end ? q.open - verb.end : 0,
    ),
  );
}

export function languageOf(text: string): string {
  const sample = text.slice(0, 20_000);
  // Counted by code unit: matching would build an array of every letter of 20,000 characters.
  let cyrillic = 0;
  let latin = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if (c >= 0x400 && c <= 0x4ff) cyrillic++;
    else if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) latin++;
  }
  if (cyrillic <= latin) return 'en';
  return /[іїєґ]/iu.test(sample) ? 'uk' : 'ru';
}
