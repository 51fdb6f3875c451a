import { actorTerm } from '../substance/actors';
import { anchorTerms } from './anchors';
import { canonicalNumber, foldText, rawTokens } from './fold';
import { stem } from './stem';
import { isStopword } from './stopwords';

export { canonicalNumber, foldText, rawTokens } from './fold';

/**
 * Text normalisation for similarity. Only similarity uses these tokens; redlines diff the text
 * as written.
 */

const stemCache = new Map<string, string>();
const STEM_CACHE_LIMIT = 200_000;

/** Content terms: stop-words dropped, words stemmed (memoised), numbers canonical. */
export function contentTerms(text: string): string[] {
  return termsOfTokens(rawTokens(foldText(text)));
}

function termsOfTokens(tokens: readonly string[]): string[] {
  const terms: string[] = [];
  for (const token of tokens) {
    const term = tokenTerm(token);
    if (term !== undefined) terms.push(term);
  }
  return terms;
}

/**
 * The content term of one folded token: `#600000` for a number, the canonical actor, the
 * (memoised) stem; undefined for a stop-word or a one-letter stem.
 */
export function tokenTerm(token: string): string | undefined {
  const first = token.charCodeAt(0);
  if (first >= 48 && first <= 57) return `#${canonicalNumber(token)}`;
  if (isStopword(token)) return undefined;
  const actor = actorTerm(token);
  if (actor !== undefined) return actor;
  let stemmed = stemCache.get(token);
  if (stemmed === undefined) {
    stemmed = stem(token);
    // A bounded cache keeps memory flat on adversarial vocabularies.
    if (stemCache.size < STEM_CACHE_LIMIT) stemCache.set(token, stemmed);
  }
  return stemmed.length > 1 ? stemmed : undefined;
}

/** Hashed character n-grams of one folded token (none for a stop-word), as gramsOfTokens. */
export function tokenGrams(token: string, n: number): number[] {
  return isStopword(token) ? [] : gramsOfTokens([token], n);
}

/**
 * Character n-grams of each content word (with boundary marks), which survive inflection and
 * transliteration differences that defeat stemmers: "invades"/"invasion", "Zaporizhzhia"/
 * "Zaporizhzhya". Each gram is returned as a 32-bit FNV-1a hash of its code units rather than
 * a string: at 10,000 clauses that is a million fewer short-lived strings.
 */
function gramsOfTokens(tokens: readonly string[], n: number): number[] {
  const grams: number[] = [];
  for (const token of tokens) {
    if (isStopword(token)) continue;
    const padded = `<${token}>`;
    const last = Math.max(0, padded.length - n);
    for (let start = 0; start <= last; start++) {
      let hash = 0x811c9dc5;
      const end = Math.min(padded.length, start + n);
      for (let i = start; i < end; i++) hash = Math.imul(hash ^ padded.charCodeAt(i), 0x01000193);
      grams.push(hash | 0);
    }
  }
  return grams;
}

/**
 * Content terms, character n-gram hashes and translation-proof anchors (text/anchors.ts) of one
 * text, folding and tokenizing it once.
 */
export function analyse(
  text: string,
  n = 4,
  withAnchors = true,
): { words: string[]; grams: number[]; anchors: string[] } {
  const tokens = rawTokens(foldText(text));
  return {
    words: termsOfTokens(tokens),
    grams: gramsOfTokens(tokens, n),
    anchors: withAnchors ? anchorTerms(text, tokens) : [],
  };
}
