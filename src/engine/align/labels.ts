import type { Clause } from '../types';

/**
 * A document's clause labels resolved to indices, once per comparison: the overrides, the
 * sub-point structure (features, splits) and the reading order each built their own label Map
 * of the same 10,000 labels before (issue #18, speed round 4).
 */
export interface DocumentIndex {
  /** Index of each label; a repeated label (stored or imported clauses) maps to its last clause. */
  readonly byLabel: ReadonlyMap<string, number>;
  /** Index of each clause's parent, undefined for a top-level clause or an unknown parent. */
  readonly parents: readonly (number | undefined)[];
}

export function documentIndex(clauses: readonly Clause[]): DocumentIndex {
  const byLabel = new Map<string, number>();
  for (let i = 0; i < clauses.length; i++) byLabel.set(clauses[i]!.label, i);
  const parents = new Array<number | undefined>(clauses.length);
  for (let i = 0; i < clauses.length; i++) {
    const parent = clauses[i]!.parent;
    parents[i] = parent === undefined ? undefined : byLabel.get(parent);
  }
  return { byLabel, parents };
}
