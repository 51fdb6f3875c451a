import { disputesOf, type DisputeFilters, type DisputeResult } from '../engine';
import type { Corpus } from './corpus';

/**
 * Dispute status of every clause of one corpus version, by the rules of docs/disputes.md.
 * Placeholder rows (points whose text was not retrieved) are kept and read `unknown`. A clause is
 * `deferred` in the version a `deferred` link points into (V19 bracketed territory and NATO for
 * the leaders). Positions on other versions reach a clause through same/reworded links.
 */
export function corpusDisputes(
  corpus: Corpus,
  versionSlug: string,
  filters?: DisputeFilters,
): DisputeResult {
  const version = corpus.versions.find((v) => v.slug === versionSlug);
  if (version === undefined) throw new Error(`unknown version ${versionSlug}`);
  const deferred = new Set(
    corpus.links
      .filter((l) => l.kind === 'deferred' && l.to?.version === versionSlug)
      .map((l) => l.to!.label),
  );
  return disputesOf({
    version: versionSlug,
    clauses: version.clauses,
    positions: corpus.positions,
    authors: version.authorParties,
    deferred,
    versionDates: Object.fromEntries(corpus.versions.map((v) => [v.slug, v.date])),
    links: corpus.links,
    ...(filters !== undefined ? { filters } : {}),
  });
}
