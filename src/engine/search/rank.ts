import { parseQuery } from './query';
import type { ParsedQuery, QueryPart } from './query';
import { analyseText } from './words';
import type { AnalysedText } from './words';

export interface SearchDocument {
  readonly text: string;
  /** Topic tags (e.g. "army-size"): a query word found only here still counts as found. */
  readonly topics: readonly string[];
}

export type SearchOrder = 'relevance' | 'document';

export interface SearchOptions {
  readonly limit: number;
  /** `relevance` (BM25, best first) or `document` (the order the documents came in). */
  readonly order?: SearchOrder;
}

export interface SearchHit<T> {
  readonly document: T;
  /** BM25 score, rounded to 4 decimals; higher is more relevant. */
  readonly score: number;
  /** Where the query's words and phrases are in the text: [start, end) UTF-16 offsets. */
  readonly matches: readonly (readonly [number, number])[];
  /** The document's topics that a query word or phrase named. */
  readonly topics: readonly string[];
}

export interface SearchOutcome<T> {
  readonly query: ParsedQuery;
  /** Matching documents before `limit` cut the list. */
  readonly total: number;
  readonly hits: readonly SearchHit<T>[];
}

// Okapi BM25's usual constants: term-frequency saturation and length normalisation.
const K1 = 1.2;
const B = 0.75;
/** A word found in the topics alone counts as half an occurrence in the text. */
const TOPIC_WEIGHT = 0.5;

interface Candidate {
  readonly index: number;
  readonly length: number;
  /** Per query part: occurrences in the text, plus TOPIC_WEIGHT when a topic names it. */
  readonly tf: Float64Array;
}

/**
 * Where `part` starts in `text` (word indexes): each occurrence of the word, or of the phrase's
 * words in a row; at most `max`. A plain loop: this runs once per part per clause per query.
 */
function starts(part: QueryPart, text: AnalysedText, max = Infinity): number[] {
  const out: number[] = [];
  const { keys } = text;
  const n = part.keys.length;
  const first = part.keys[0];
  for (let i = 0; i + n <= keys.length && out.length < max; i++) {
    if (keys[i] !== first) continue;
    let j = 1;
    while (j < n && keys[i + j] === part.keys[j]) j++;
    if (j === n) out.push(i);
  }
  return out;
}

const inText = (part: QueryPart, text: AnalysedText): boolean => starts(part, text, 1).length > 0;

/** [start, end) offsets of every occurrence of every part, in the document's text. */
function spansOf(parts: readonly QueryPart[], doc: SearchDocument): [number, number][] {
  const text = analyseText(doc.text);
  const out: [number, number][] = [];
  for (const part of parts) {
    for (const i of starts(part, text)) {
      out.push([text.starts[i]!, text.ends[i + part.keys.length - 1]!]);
    }
  }
  return out;
}

/** The document's topics that some part names. */
const topicsNamed = (parts: readonly QueryPart[], doc: SearchDocument): string[] =>
  doc.topics.filter((t) => parts.some((p) => inText(p, analyseText(t))));

/** Overlapping or touching spans joined, in text order. */
function mergeSpans(spans: readonly (readonly [number, number])[]): [number, number][] {
  const sorted = [...spans].sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const out: [number, number][] = [];
  for (const [s, e] of sorted) {
    const last = out[out.length - 1];
    if (last && s <= last[1]) last[1] = Math.max(last[1], e);
    else out.push([s, e]);
  }
  return out;
}

/**
 * Whole-word, stemmed search over documents (parseQuery for the syntax): a document matches when
 * it has every word and phrase of the query, in its text or its topics. Ranked by BM25 over the
 * documents given (each part weighted by how rare it is among them, then by how often it occurs,
 * relative to the document's length); ties, and `order: 'document'`, keep the input order.
 */
export function searchDocuments<T extends SearchDocument>(
  documents: readonly T[],
  query: string,
  options: SearchOptions,
): SearchOutcome<T> {
  const parsed = parseQuery(query);
  const parts = parsed.parts;
  if (parts.length === 0) return { query: parsed, total: 0, hits: [] };
  let totalLength = 0;
  const df = new Float64Array(parts.length);
  const matched: Candidate[] = [];
  // One pass counts; only the hits returned are located (spansOf) after ranking.
  const tf = new Float64Array(parts.length);
  documents.forEach((doc, index) => {
    const text = analyseText(doc.text);
    totalLength += text.keys.length;
    let all = true;
    parts.forEach((part, p) => {
      const named = doc.topics.some((t) => inText(part, analyseText(t)));
      tf[p] = starts(part, text).length + (named ? TOPIC_WEIGHT : 0);
      if (tf[p] > 0) df[p]! += 1;
      else all = false;
    });
    if (all) matched.push({ index, length: text.keys.length, tf: tf.slice() });
  });
  const n = documents.length;
  const avg = totalLength / n || 1;
  const idf = Array.from(df, (d) => Math.log(1 + (n - d + 0.5) / (d + 0.5)));
  const scored = matched.map((c) => {
    const norm = K1 * (1 - B + (B * c.length) / avg);
    let score = 0;
    c.tf.forEach((f, p) => {
      score += (idf[p]! * f * (K1 + 1)) / (f + norm);
    });
    return { c, score: Math.round(score * 10_000) / 10_000 };
  });
  if (options.order !== 'document') {
    scored.sort((a, b) => b.score - a.score || a.c.index - b.c.index);
  }
  return {
    query: parsed,
    total: scored.length,
    hits: scored.slice(0, Math.max(0, options.limit)).map(({ c, score }) => {
      const document = documents[c.index]!;
      return {
        document,
        score,
        matches: mergeSpans(spansOf(parts, document)),
        topics: topicsNamed(parts, document),
      };
    }),
  };
}
