import type { SourceInput, SourceRef } from '../sources/sources.repository';

export type Basis = 'text' | 'reported' | 'mixed';
/** Evidence grade: "A" (best) to "D", or a range such as "A/B" for a version whose points differ. */
export type Grade = string;
export type ClauseStatus = 'text' | 'reported' | 'placeholder';

export interface VersionSummary {
  readonly slug: string;
  readonly label: string | null;
  readonly title: string;
  readonly date: string;
  readonly channel: string | null;
  readonly author: string | null;
  readonly basis: Basis;
  readonly grade: Grade | null;
  readonly gradeNote: string | null;
  /** Parties that authored the version; they count as supporting it (disputes). */
  readonly authorParties: readonly string[];
  readonly aliases: readonly string[];
  readonly notes: string | null;
  readonly parents: readonly string[];
  readonly clauseCount: number;
  readonly createdAt: string;
}

export interface StoredClause {
  readonly label: string;
  readonly order: number;
  readonly parent: string | null;
  readonly text: string;
  readonly status: ClauseStatus;
  readonly topics: readonly string[];
  readonly sources: readonly SourceRef[];
  /** This clause's own evidence grade (A-D); null when the version's grade is all there is. */
  readonly grade: Grade | null;
  /** The compiler's editorial note; never part of `text`. */
  readonly note: string | null;
}

export interface VersionDetail extends VersionSummary {
  readonly clauses: readonly StoredClause[];
}

export interface NewClause {
  readonly label: string;
  readonly text: string;
  readonly parent: string | null;
  readonly status: ClauseStatus;
  readonly topics: readonly string[];
  readonly sources: readonly SourceInput[];
  readonly grade?: Grade | null;
  readonly note?: string | null;
}

export interface NewVersion {
  readonly slug: string;
  readonly title: string;
  readonly date: string;
  readonly label: string | null;
  readonly channel: string | null;
  readonly author: string | null;
  readonly notes: string | null;
  readonly basis: Basis;
  readonly grade: Grade | null;
  readonly gradeNote: string | null;
  readonly authorParties: readonly string[];
  /** How articles name the version ("28-point plan", …). */
  readonly aliases?: readonly string[];
  readonly parents: readonly string[];
  readonly clauses: readonly NewClause[];
  /** From a Word file with tracked changes: who changed what (see tracked-changes.ts). */
  readonly trackedChanges?: readonly NewTrackedChange[];
}

/** A tracked change as stored; `side` is the text whose clause `clause` names. */
export interface NewTrackedChange {
  readonly kind: 'insertion' | 'deletion' | 'move-from' | 'move-to';
  readonly author: string | null;
  readonly date: string | null;
  readonly text: string;
  readonly clause: string | null;
  readonly side: 'accepted' | 'original';
}

/** A stored tracked change as the API returns it (the import result's shape). */
export interface StoredTrackedChange {
  readonly kind: NewTrackedChange['kind'];
  readonly author: string | null;
  readonly date: string | null;
  readonly text: string;
  readonly clause: string | null;
  /** accepted: a clause of the text with every change accepted; original: before them. */
  readonly version: 'accepted' | 'original';
}

/** `GET …/versions/:version/tracked-changes`. */
export interface VersionTrackedChanges {
  readonly version: string;
  readonly authors: readonly string[];
  readonly changes: readonly StoredTrackedChange[];
}
