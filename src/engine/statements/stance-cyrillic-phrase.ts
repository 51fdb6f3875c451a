import { chunkAlternatives, escapeRegExp, factorAlternatives } from '../text/regexp';
import { stem } from '../text/stem';

/**
 * Russian and Ukrainian stance as officials say it (issue #15, session 9): cue classes written
 * from the languages' diplomatic and political idiom (МИД, Кремль, Офіс президента, Рада, Дума),
 * not from any article. A cue is a phrase of dictionary words, each reduced to its Snowball stem
 * (the engine's `stem`: Russian Snowball, then Ukrainian endings), so one entry covers every case
 * and number ("рабочая основа", "рабочей основой", "робочою основою"). A word ending in `*` is a
 * root written by hand where the stemmer would cut too little ("напрям*" for напрямок/напрямку);
 * one ending in `=`, and any word of three letters or fewer (на, за, не, с), must stand as written
 * (a verb form: "требуем", not "требуется"). Up to one other word may
 * sit between two words of a phrase ("готовы уже подписать").
 */

/**
 * A letter, spelled as ranges (Latin, Greek, Cyrillic) instead of \p{L}: the classes below repeat
 * some two thousand times, and a Unicode property class in each made V8 spend five seconds
 * compiling the pattern on first use (0.2 s with ranges). Every phrase is Cyrillic and the text is
 * lower-cased, so the other scripts \p{L} would add never meet these words.
 */
export const LETTER = 'A-Za-z\\u00C0-\\u024F\\u0370-\\u03FF\\u0400-\\u052F';
const WORD = `[${LETTER}'-]`;

function word(w: string): string {
  if (w.endsWith('=')) return `${escapeRegExp(w.slice(0, -1))}(?![${LETTER}])`;
  if (w.endsWith('*')) return `${escapeRegExp(w.slice(0, -1))}${WORD}*`;
  if ([...w].length <= 3) return `${escapeRegExp(w)}(?![${LETTER}])`;
  return `${escapeRegExp(stem(w))}${WORD}*`;
}

/** One alternative per phrase: each word stemmed, at most `gap` words between two of them. */
function phraseAlternatives(cues: readonly string[], gap: number): string[] {
  // A gap word is never a negator: "нам не подходит" is no "нам подходит".
  const between = `(?:\\s+(?!(?:не|ні|ни|нет)(?![${LETTER}]))${WORD}+){0,${gap}}\\s+`;
  return cues.map((p) => p.trim().split(/\s+/u).map(word).join(between));
}

/** One alternation over phrases: each word stemmed, at most `gap` words between two of them. */
export function phrases(cues: readonly string[], gap = 1): string {
  return `(?<![${LETTER}])(?:${factorAlternatives(phraseAlternatives(cues, gap))})`;
}

/**
 * The same phrases as parts under the 20 KB V8 optimizes (whole, a class of a thousand phrases is
 * tried at every word), for stance-cues.ts's Alternation to try in order.
 */
export const phraseParts = (cues: readonly string[], gap = 1): string[] =>
  chunkAlternatives(phraseAlternatives(cues, gap), (alt) => `(?<![${LETTER}])(?:${alt})`);

/** Every pairing of a word of `a` with a word of `b`, as two-word phrases. */
export const cross = (a: readonly string[], b: readonly string[]): string[] =>
  a.flatMap((x) => b.map((y) => `${x} ${y}`));

/** An adjective or adverb ending, not a noun's ("-ость", "-ість"). */
const ADJ_END = `(?!ост|ість|іст)[${LETTER}]{0,4}(?![${LETTER}])`;
/** Adjective or adverb stems, longest first, each with an adjective's ending. */
export const evaluative = (stems: readonly string[]): string =>
  `(?<![${LETTER}])(?:${[...stems].sort((a, b) => b.length - a.length).join('|')})${ADJ_END}`;
