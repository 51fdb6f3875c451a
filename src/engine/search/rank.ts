import { parseQuery } from './query';
import type { ParsedQuery, QueryPart } from './query';
import { searchWords } from './words';
import type { SearchWord } from './words';

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
  /** Per query part: occurrences in the text (spans), and whether a topic names it. */
  readonly spans: readonly (readonly [number, number])[][];
  readonly inTopics: readonly boolean[];
  readonly topics: readonly string[];
}

/** Spans of `part` in `words`: each occurrence of the word, or of the phrase's words in a row. */
function occurrences(part: QueryPart, words: readonly SearchWord[]): [number, number][] {
  const out: [number, number][] = [];
  const n = part.keys.length;
  for (let i = 0; i + n <= words.length; i++) {
    let j = 0;
    while (j < n && words[i + j]!.key === part.keys[j]) j++;
    if (j === n) out.push([words[i]!.start, words[i + n - 1]!.end]);
  }
  return out;
}

function candidate(doc: SearchDocument, index: number, parts: readonly QueryPart[]): Candidate {
  const words = searchWords(doc.text);
  const topicWords = doc.topics.map((t) => searchWords(t));
  const spans = parts.map((p) => occurrences(p, words));
  const named = parts.map((p) =>
    doc.topics.filter((_, t) => occurrences(p, topicWords[t]!).length > 0),
  );
  return {
    index,
    length: words.length,
    spans,
    inTopics: named.map((t) => t.length > 0),
    topics: doc.topics.filter((t) => named.some((n) => n.includes(t))),
  };
}

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
  const df = parts.map(() => 0);
  const matched: Candidate[] = [];
  documents.forEach((doc, index) => {
    const c = candidate(doc, index, parts);
    totalLength += c.length;
    let all = true;
    parts.forEach((_, p) => {
      if (c.spans[p]!.length > 0 || c.inTopics[p]) df[p]! += 1;
      else all = false;
    });
    if (all) matched.push(c);
  });
  const n = documents.length;
  const avg = totalLength / n || 1;
  const idf = df.map((d) => Math.log(1 + (n - d + 0.5) / (d + 0.5)));
  const scored = matched.map((c) => {
    const norm = K1 * (1 - B + (B * c.length) / avg);
    let score = 0;
    parts.forEach((_, p) => {
      const tf = c.spans[p]!.length + (c.inTopics[p] ? TOPIC_WEIGHT : 0);
      score += (idf[p]! * tf * (K1 + 1)) / (tf + norm);
    });
    return { c, score: Math.round(score * 10_000) / 10_000 };
  });
  if (options.order !== 'document') {
    scored.sort((a, b) => b.score - a.score || a.c.index - b.c.index);
  }
  return {
    query: parsed,
    total: scored.length,
    hits: scored.slice(0, Math.max(0, options.limit)).map(({ c, score }) => ({
      document: documents[c.index]!,
      score,
      matches: mergeSpans(c.spans.flat()),
      topics: c.topics,
    })),
  };
}
