import { searchDocuments } from '../../engine';
import type { SearchOrder } from '../../engine';
import type { ClauseStatus } from './versions.types';

export interface SearchableClause {
  readonly version: string;
  readonly label: string;
  readonly text: string;
  readonly status: ClauseStatus;
  readonly topics: readonly string[];
}

export interface ClauseHit extends SearchableClause {
  /** BM25 relevance among the plan's clauses; higher is better. */
  readonly score: number;
  /** [start, end) UTF-16 offsets of the matched words and phrases in `text`. */
  readonly matches: readonly (readonly [number, number])[];
  /** The clause's topics that the query named. */
  readonly matchedTopics: readonly string[];
}

export interface ClauseSearchResult {
  readonly query: string;
  /** How the query was read: the words and phrases a clause must contain, and words ignored. */
  readonly terms: {
    readonly words: readonly string[];
    readonly phrases: readonly string[];
    readonly ignored: readonly string[];
  };
  /** Matches before `limit` cut the list. */
  readonly total: number;
  /** One sentence for a reader: how many clauses matched, or plainly that none did. */
  readonly message: string;
  readonly results: readonly ClauseHit[];
}

export interface ClauseSearchOptions {
  readonly limit: number;
  readonly order?: SearchOrder;
  /** Only this version's clauses. */
  readonly version?: string;
}

/**
 * Whole words, stemmed (English, Russian, Ukrainian), phrases in quotes, ranked by BM25 over the
 * plan's clauses (the engine's searchDocuments). The caller's order (version date, then clause
 * order) breaks ties and is the `document` order.
 */
export function searchClauses(
  clauses: readonly SearchableClause[],
  query: string,
  options: ClauseSearchOptions,
): ClauseSearchResult {
  const pool =
    options.version === undefined ? clauses : clauses.filter((c) => c.version === options.version);
  const found = searchDocuments(pool, query, {
    limit: options.limit,
    order: options.order ?? 'relevance',
  });
  const parts = found.query.parts;
  const shown = query.trim();
  return {
    query: shown,
    terms: {
      words: parts.filter((p) => !p.phrase).map((p) => p.text),
      phrases: parts.filter((p) => p.phrase).map((p) => p.text),
      ignored: found.query.ignored,
    },
    total: found.total,
    message: messageFor(shown, found.total, parts.length),
    results: found.hits.map((h) => ({
      version: h.document.version,
      label: h.document.label,
      text: h.document.text,
      status: h.document.status,
      topics: h.document.topics,
      score: h.score,
      matches: h.matches,
      matchedTopics: h.topics,
    })),
  };
}

function messageFor(query: string, total: number, parts: number): string {
  if (parts === 0) return `No matches: “${query}” has no words to search for.`;
  if (total === 0) return `No matches for “${query}”.`;
  return total === 1 ? `1 clause matches “${query}”.` : `${total} clauses match “${query}”.`;
}
