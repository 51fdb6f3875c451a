import type { DisputeStatus, Lineage, LineageInput } from '../engine';
import { buildLineage } from '../engine';
import type { Corpus } from './corpus';
import { corpusDisputes } from './disputes';

/** The dossier numbers reported items r1, r2 … (V19, V27, V20US): they report, they are not text. */
const REPORT_LABEL = /^r\d+$/;

/** Lineage input from a corpus: versions in timeline order, curated links, derived disputes. */
export function lineageInput(corpus: Corpus): LineageInput {
  const disputes: Record<string, Record<string, DisputeStatus>> = {};
  for (const version of corpus.versions) {
    disputes[version.slug] = Object.fromEntries(
      corpusDisputes(corpus, version.slug).clauses.map((d) => [d.label, d.status]),
    );
  }
  return {
    versions: corpus.versions.map((v) => ({
      slug: v.slug,
      date: v.date,
      parents: v.parents,
      items:
        v.clauses.length > 0 && v.clauses.every((c) => REPORT_LABEL.test(c.label))
          ? 'reports'
          : 'clauses',
      clauses: v.clauses,
    })),
    links: corpus.links.map((l) => ({
      from: l.from,
      to: l.to,
      kind: l.kind,
      confidence: l.confidence,
      ...(l.to === null && l.toVersion !== undefined ? { toVersion: l.toVersion } : {}),
    })),
    disputes,
  };
}

export function corpusLineage(corpus: Corpus): Lineage {
  return buildLineage(lineageInput(corpus));
}

/**
 * Per version, the labels contested (disputed or opposed). Since version-wide positions no longer
 * reach clauses (docs/disputes.md), every contested status rests on clause-specific positions.
 */
export function specificallyContested(corpus: Corpus): Record<string, ReadonlySet<string>> {
  return Object.fromEntries(
    corpus.versions.map((v) => [
      v.slug,
      new Set(
        corpusDisputes(corpus, v.slug)
          .clauses.filter((d) => d.status === 'disputed' || d.status === 'opposed')
          .map((d) => d.label),
      ),
    ]),
  );
}
