/**
 * The data shapes of dispute derivation (docs/disputes.md): what goes in (positions, clauses,
 * curated links, filters) and what comes out (a status per clause, each party's stance and the
 * positions behind it). Kept apart from the rules in disputes.ts so that views and lineage can
 * import the vocabulary without the derivation.
 */

export const STANCES = ['supports', 'opposes', 'conditional', 'unclear'] as const;
export type Stance = (typeof STANCES)[number];

export const DISPUTE_STATUSES = [
  'disputed',
  'opposed',
  'conditional',
  'agreed',
  'supported',
  'unclear',
  'no-position',
  'deferred',
  'unknown',
] as const;
export type DisputeStatus = (typeof DISPUTE_STATUSES)[number];

export const GRADES = ['A', 'B', 'C', 'D'] as const;
export type Grade = (typeof GRADES)[number];
export const isGrade = (g: unknown): g is Grade => (GRADES as readonly unknown[]).includes(g);

/** How a position reached a clause, most specific first. */
export const VIAS = ['clause', 'sub-point', 'parent', 'lineage', 'topic'] as const;
export type Via = (typeof VIAS)[number];

export type Scope = 'clause-specific' | 'version-wide';

export interface PositionInput {
  readonly id: string;
  /** null for commentators, whose words never count as a party's stance. */
  readonly party: string | null;
  readonly actor?: string;
  /** The version the position was stated about. */
  readonly version: string;
  /** `label`/`labels` name clauses; `topic` alone names a topic; topic "general" means the whole version. */
  readonly target: {
    readonly label?: string;
    readonly labels?: readonly string[];
    readonly topic?: string;
  };
  readonly stance: Stance;
  readonly date?: string | null;
  readonly grade?: Grade;
}

export interface DisputeClauseInput {
  readonly label: string;
  readonly parent?: string;
  readonly topics: readonly string[];
  /** `placeholder`: a row whose text was not retrieved; its status is `unknown`. */
  readonly status?: string;
}

export interface DisputeLink {
  readonly from: { readonly version: string; readonly label: string } | null;
  readonly to: { readonly version: string; readonly label: string } | null;
  readonly kind: string;
}

export interface DisputeFilters {
  /** Only positions dated on or after / on or before (YYYY-MM-DD); undated ones drop out. */
  readonly from?: string;
  readonly to?: string;
  /** Only positions graded this well or better (A best); ungraded ones drop out. */
  readonly minGrade?: Grade;
}

export interface DisputeInput {
  readonly version: string;
  readonly clauses: readonly DisputeClauseInput[];
  /** Every position of the plan: those on other versions may reach a clause through lineage. */
  readonly positions: readonly PositionInput[];
  /** Parties that authored the version: their support is presumed and shown, never counted. */
  readonly authors: readonly string[];
  /** Labels the version itself brackets for later (a `deferred` link points at them). */
  readonly deferred: ReadonlySet<string>;
  /** Version dates by slug (YYYY-MM-DD): a position is about a version only from its date on. */
  readonly versionDates?: Readonly<Record<string, string>>;
  /** Curated links; `same` and `reworded` ones join a clause to itself in other versions. */
  readonly links?: readonly DisputeLink[];
  readonly filters?: DisputeFilters;
}

export interface PartyStance {
  readonly party: string;
  /** The most recent report at the deciding level (the most cautious on a tie). */
  readonly stance: Stance;
  /** The reports at the deciding level disagree: all of them are in `positions`, side by side. */
  readonly conflicting: boolean;
  readonly via: Via | 'version';
  /** Ids of the positions at the deciding level, side by side. */
  readonly positions: readonly string[];
  /** For `via: lineage`: the clauses (`version:label`) the positions were stated about. */
  readonly statedAbout?: readonly string[];
}

export interface ClauseDispute {
  readonly label: string;
  readonly status: DisputeStatus;
  /** Clause-specific stances only: version-wide ones are in `DisputeResult.versionWide`. */
  readonly parties: readonly PartyStance[];
  /** Parties whose reports conflict on this clause: the status rests on a contested record. */
  readonly conflicting: readonly string[];
  /** Authors with no position of their own on the clause: support presumed, never counted. */
  readonly presumedSupport: readonly string[];
}

export interface DisputeResult {
  readonly version: string;
  readonly clauses: readonly ClauseDispute[];
  /** Each party's stance on the version as a whole (positions on the version or the plan). */
  readonly versionWide: readonly PartyStance[];
  /** Positions naming this version that do not count, and why. */
  readonly excluded: readonly { readonly position: string; readonly reason: ExclusionReason }[];
}

export type ExclusionReason = 'commentator' | 'predates-version' | 'filtered';
