import { disputesOf, type ClauseDispute } from '../engine/disputes';
import type { Corpus } from './corpus';

/**
 * Dispute status of every clause of one corpus version. Placeholder rows (deleted or
 * not-retrieved points) carry no content to dispute and are left out. A clause is `deferred` in
 * the version a `deferred` link points into (V19 bracketed territory and NATO for the leaders).
 */
export function corpusDisputes(corpus: Corpus, versionSlug: string): ClauseDispute[] {
  const version = corpus.versions.find((v) => v.slug === versionSlug);
  if (version === undefined) throw new Error(`unknown version ${versionSlug}`);
  const deferred = new Set(
    corpus.links
      .filter((l) => l.kind === 'deferred' && l.to?.version === versionSlug)
      .map((l) => l.to!.label),
  );
  return disputesOf({
    version: versionSlug,
    clauses: version.clauses.filter((c) => c.status !== 'placeholder'),
    positions: corpus.positions,
    authors: version.authorParties,
    deferred,
  });
}
