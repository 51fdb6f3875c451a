/**
 * Plain data shapes shared by every engine stage. Everything here is serialisable JSON:
 * the engine takes these in and gives these back, with no classes or framework types.
 */

import type { BracketComparison } from './brackets/types';

/** One clause (point, article, sub-point) of a version, as segmentation produced it. */
export interface Clause {
  /** The label as written, without trailing punctuation: `1`, `10a`, `10.1`, `IV`. Unique per version. */
  readonly label: string;
  /** The clause text without its number. */
  readonly text: string;
  /** Label of the enclosing clause for sub-points (`10` for `10a`), otherwise undefined. */
  readonly parent?: string;
}

/** A version reduced to what the engine needs: a title and its clauses in document order. */
export interface VersionText {
  readonly title: string;
  readonly clauses: readonly Clause[];
}

export const CHANGE_KINDS = [
  'unchanged',
  'reworded',
  'renumbered',
  'moved',
  'split',
  'merged',
  'added',
  'removed',
  // A clause a reported (read-out) version does not mention and no curation decides on: its fate
  // is unknown, and unknown is never shown as removed. Only curated comparisons produce it.
  'unreported',
] as const;

/** How one group of clauses in A relates to one group in B. */
export type ChangeKind = (typeof CHANGE_KINDS)[number];

export const FLAGS = [
  'number-changed',
  'negation-changed',
  'modal-changed',
  'date-changed',
  'actor-changed',
] as const;

/** A substantive difference detected inside a change, beyond mere rewording. */
export type SubstanceFlag = (typeof FLAGS)[number];

export type DiffOp = 'equal' | 'insert' | 'delete';

/** One run of a word-level redline. Concatenating equal+delete runs gives the old text, equal+insert the new. */
export interface DiffRun {
  readonly op: DiffOp;
  readonly text: string;
}

/** One typed change: a group of A clauses linked to a group of B clauses. */
export interface Change {
  readonly kind: ChangeKind;
  /** Labels in A (empty for `added`). */
  readonly from: readonly string[];
  /** Labels in B (empty for `removed`). */
  readonly to: readonly string[];
  /** Text similarity of the linked groups in [0,1]; numbering never contributes. */
  readonly similarity: number;
  /** How sure the engine is of this decision, in [0,1]. */
  readonly confidence: number;
  /** Word-level redline of the joined A texts against the joined B texts. */
  readonly diff: readonly DiffRun[];
  readonly flags: readonly SubstanceFlag[];
  /** Topic tags of the clauses involved (union of both sides), sorted. */
  readonly topics: readonly string[];
  /** True when an analyst override fixed this link rather than the aligner. */
  readonly pinned?: boolean;
  /**
   * True when the link, its grouping and its kind come from the plan's curated links (a curated
   * merge may include clauses the engine itself joined to it), not from an ad-hoc override.
   */
  readonly curated?: boolean;
}

export interface ComparisonSide {
  readonly title: string;
  readonly clauseCount: number;
}

export type ChangeSummary = Record<ChangeKind, number>;

/** The public `plandiff.comparison/v1` contract (see docs/schemas/comparison.v1.json). */
export interface Comparison {
  readonly schema: 'plandiff.comparison/v1';
  readonly engineVersion: string;
  readonly from: ComparisonSide;
  readonly to: ComparisonSide;
  readonly changes: readonly Change[];
  readonly summary: ChangeSummary;
  /**
   * Negotiating drafts only (either side has brackets, options or status marks): the fate of each
   * bracket of `from` in `to` and the brackets `to` adds (docs/brackets.md). Absent otherwise.
   */
  readonly brackets?: BracketComparison;
}

/** An analyst's decision the aligner must honour. */
export interface PinnedLink {
  /** A labels; empty pins the B side as added. */
  readonly from: readonly string[];
  /** B labels; empty pins the A side as removed. */
  readonly to: readonly string[];
}

export interface ForbiddenLink {
  readonly from: string;
  readonly to: string;
}

export interface Overrides {
  readonly pin?: readonly PinnedLink[];
  readonly forbid?: readonly ForbiddenLink[];
}
