import { searchWords } from './words';

/** One thing a clause must contain: a word (any inflection) or a phrase (these words in order). */
export interface QueryPart {
  /** As typed, for showing the reader how the query was read. */
  readonly text: string;
  readonly phrase: boolean;
  /** Word keys (words.ts), in order; one for a word. */
  readonly keys: readonly string[];
}

export interface ParsedQuery {
  readonly parts: readonly QueryPart[];
  /** Function words of the query left out (they would match nearly every clause). */
  readonly ignored: readonly string[];
}

/** Most parts a query may have: a longer one is a pasted paragraph, not a search. */
export const MAX_QUERY_PARTS = 32;

// Typographic and Russian/Ukrainian quotation marks count as the plain double quote.
const QUOTES = /[“”„«»"]/gu;

/**
 * Reads a query: words, and phrases in double quotes ("security guarantees", «гарантии
 * безопасности»). An unclosed quote runs to the end. A bare function word is ignored unless the
 * query has nothing else; inside a phrase every word counts. Repeated parts count once.
 */
export function parseQuery(query: string): ParsedQuery {
  const pieces = query.replace(QUOTES, '"').split('"');
  const words: QueryPart[] = [];
  const stops: QueryPart[] = [];
  const phrases: QueryPart[] = [];
  pieces.forEach((piece, i) => {
    const found = searchWords(piece);
    if (i % 2 === 1 && found.length > 1) {
      const text = found.map((w) => piece.slice(w.start, w.end)).join(' ');
      phrases.push({ text, phrase: true, keys: found.map((w) => w.key) });
      return;
    }
    for (const w of found) {
      const part = { text: piece.slice(w.start, w.end), phrase: false, keys: [w.key] };
      // A one-word phrase is a word the user insists on, function word or not.
      (w.stop && i % 2 === 0 ? stops : words).push(part);
    }
  });
  const kept = words.length + phrases.length > 0 ? [...words, ...phrases] : stops;
  const seen = new Set<string>();
  const parts = kept.filter((p) => {
    const id = `${p.phrase ? 'p' : 'w'}:${p.keys.join(' ')}`;
    return !seen.has(id) && seen.add(id) !== undefined;
  });
  return {
    parts: parts.slice(0, MAX_QUERY_PARTS),
    ignored: kept === stops ? [] : stops.map((p) => p.text),
  };
}
