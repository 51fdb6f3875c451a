import type { Clause, Comparison, Overrides, LineageLink } from '../../engine';

/** A version reduced to what the engine compares. */
export interface VersionForCompare {
  readonly id: number;
  readonly slug: string;
  readonly title: string;
  readonly clauses: readonly Clause[];
  /** For the report's provenance. */
  readonly date: string;
  readonly channel: string | null;
  readonly basis: string;
  readonly grade: string | null;
  /** Some points are placeholders (announced, not retrieved): what it lacks is unknown. */
  readonly incomplete: boolean;
}

export interface ReportSource {
  readonly url: string;
  readonly outlet?: string;
  readonly title?: string;
  readonly date?: string;
  /** `version:label` of the compared clauses it supports. */
  readonly clauses?: readonly string[];
}

/** A curated link of the plan, by version slug and clause label (null = no clause). */
export interface CuratedLink {
  readonly kind: string;
  readonly from: { readonly version: string; readonly label: string } | null;
  readonly to: { readonly version: string; readonly label: string } | null;
  /** For a link with no target clause (`removed`), the version the clause is missing from. */
  readonly toVersion?: string;
  readonly confidence?: string;
}

/**
 * A stored version as a request names it: its id and `id@createdAt`, the identity under which
 * its (immutable) content is cached; createdAt guards against a reused id.
 */
export interface VersionRef {
  readonly id: number;
  readonly slug: string;
  readonly ref: string;
}

/** What a compare request resolves to before anything heavy is loaded or computed. */
export interface ComparePair {
  readonly plan: string;
  readonly planId: number;
  readonly from: VersionRef;
  readonly to: VersionRef;
  /** The plan's curated links that shape a comparison (pins are computed from them). */
  readonly links: readonly LineageLink[];
  /** The one cache key of the result (see comparisonKey); ETags derive from it. */
  readonly key: string;
}

/** A finished comparison: the JSON bytes the API sends and the object reports render from. */
export interface ComparisonResult {
  readonly comparison: Comparison;
  /** The pins the engine was given, for a report's provenance. */
  readonly overrides: Overrides;
  readonly json: Buffer;
}
