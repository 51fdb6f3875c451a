import type { SourceInput, SourceRef } from '../sources/sources.repository';

export type Basis = 'text' | 'reported' | 'mixed';
export type Grade = 'A' | 'B' | 'C' | 'D';
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
  readonly parents: readonly string[];
  readonly clauses: readonly NewClause[];
}
