/**
 * A reference alignment between two versions, used to measure the aligner.
 * Every scored clause of A appears in the `from` of exactly one link and every scored clause of B
 * in the `to` of exactly one link; `removed` links have an empty `to`, `added` an empty `from`.
 * Clauses listed in `unknown` have no known fate and are not scored.
 */
export interface GoldLink {
  readonly from: readonly string[];
  readonly to: readonly string[];
  /** The dossier's (or generator's) kind, for reporting only; scoring compares partner sets. */
  readonly kind: string;
  /** Where this link comes from (dossier link, generator operation). */
  readonly basis?: string;
}

export interface GoldAlignment {
  readonly schema: 'plandiff.gold/v1';
  readonly from: string;
  readonly to: string;
  /** How the links were derived, in a sentence or two. */
  readonly derivation: string;
  readonly links: readonly GoldLink[];
  readonly unknown: { readonly from: readonly string[]; readonly to: readonly string[] };
}
