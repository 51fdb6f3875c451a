import type { DisputeStatus } from '../disputes-types';
import type { ChangeKind } from '../types';

/** A clause as lineage sees it: enough to build families and show each version's wording. */
export interface LineageClause {
  readonly label: string;
  readonly parent?: string;
  readonly text: string;
  readonly status: 'text' | 'reported' | 'placeholder';
  readonly topics: readonly string[];
}

export interface LineageVersion {
  readonly slug: string;
  readonly date: string;
  readonly parents: readonly string[];
  /**
   * `clauses` for a text (or a point-by-point readout); `reports` for a version known only as
   * reported items (r1, r2 …) about clauses of other versions.
   */
  readonly items: 'clauses' | 'reports';
  readonly clauses: readonly LineageClause[];
}

export interface ClauseRef {
  readonly version: string;
  readonly label: string;
}

/** A curated link (the dossier's kinds: same, reworded, split, merged, removed, added, deferred, …). */
export interface LineageLink {
  readonly from: ClauseRef | null;
  readonly to: ClauseRef | null;
  /** For a link with no target (`removed`), the version the clause is missing from. */
  readonly toVersion?: string;
  readonly kind: string;
  readonly confidence?: string;
}

export interface LineageInput {
  /** In timeline order; parents must come before their children. */
  readonly versions: readonly LineageVersion[];
  readonly links: readonly LineageLink[];
  /** Dispute status by version slug and clause label, when known. */
  readonly disputes?: Readonly<Record<string, Readonly<Record<string, DisputeStatus>>>>;
}

/** What happened to a family in a version, relative to its parent version. */
export type CellChange = ChangeKind | 'deferred' | 'reported' | 'absent' | 'unknown';

export interface FamilyCell {
  readonly version: string;
  /** Clause labels (or reported items) of the family in this version; empty when absent. */
  readonly labels: readonly string[];
  readonly texts: readonly string[];
  /** `clause` in a version with clauses; `report` for reported items about the family. */
  readonly item: 'clause' | 'report';
  /**
   * The evidence: published text, a reported (read-out) clause, a placeholder, absent (a known
   * absence), or unknown (a read-out or incomplete version that does not mention the family).
   */
  readonly status: 'text' | 'reported' | 'placeholder' | 'absent' | 'unknown';
  readonly change: CellChange;
  /** Where the change came from: a curated link, the engine's alignment, or structure. */
  readonly basis: 'curated' | 'engine' | 'structure';
  readonly confidence: number;
  readonly dispute?: DisputeStatus;
  /** Earlier versions whose cell reads the same as this one (a chain of `unchanged` steps). */
  readonly sameAs?: readonly string[];
}

export interface Family {
  /** Stable id: the first member in timeline order, `version:label`. */
  readonly id: string;
  readonly topics: readonly string[];
  readonly cells: readonly FamilyCell[];
}

export interface Lineage {
  readonly versions: readonly string[];
  readonly families: readonly Family[];
}
