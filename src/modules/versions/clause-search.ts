import type { ClauseStatus } from './versions.types';

export interface SearchableClause {
  readonly version: string;
  readonly label: string;
  readonly text: string;
  readonly status: ClauseStatus;
  readonly topics: readonly string[];
}

export interface ClauseSearchResult {
  readonly query: string;
  /** Matches before `limit` cut the list. */
  readonly total: number;
  readonly results: readonly SearchableClause[];
}

/** Case and accents folded, so "kyiv" finds "Kyiv" and "elections" finds "Élections". */
export const fold = (s: string): string =>
  s
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[’‘`]/g, "'")
    .replace(/[‐-―−]/g, '-');

/**
 * Every whitespace-separated term of the query must occur in the clause text or its topics (a
 * plain substring: analysts search for numbers such as "800,000" and names, not stems). Clauses
 * keep the caller's order, which is version date then clause order.
 */
export function searchClauses(
  clauses: readonly SearchableClause[],
  query: string,
  limit: number,
): ClauseSearchResult {
  const terms = fold(query).split(/\s+/).filter(Boolean);
  const matches =
    terms.length === 0
      ? []
      : clauses.filter((c) => {
          const haystack = fold(`${c.text} ${c.topics.join(' ')}`);
          return terms.every((t) => haystack.includes(t));
        });
  return { query: query.trim(), total: matches.length, results: matches.slice(0, limit) };
}
