/** Shapes of the fixture files written under `fixtures/plans/<plan>/` (see docs/schemas/fixture-*.json). */

export type ClauseStatus = 'text' | 'reported' | 'placeholder';
export type Grade = 'A' | 'B' | 'C' | 'D';

export interface ClauseFixture {
  readonly label: string;
  readonly parent?: string;
  readonly text: string;
  readonly status: ClauseStatus;
  readonly topics: readonly string[];
  readonly sources: readonly string[];
  readonly note?: string;
  readonly grade?: Grade;
}

export interface PlanFixture {
  readonly schema: 'plandiff.plan/v1';
  readonly slug: string;
  readonly title: string;
  readonly description: string;
  readonly versionOrder: readonly string[];
}

export interface VersionFixture {
  readonly schema: 'plandiff.version/v1';
  readonly slug: string;
  readonly label: string;
  readonly title: string;
  readonly date: string;
  readonly channel: string;
  readonly authorParties: readonly string[];
  readonly basis: 'text' | 'reported' | 'mixed';
  readonly grade: string;
  readonly gradeNote: string;
  readonly notes: string;
  readonly parents: readonly string[];
  readonly clauses: readonly ClauseFixture[];
}

export interface ClauseRef {
  readonly version: string;
  readonly label: string;
}

export interface LinkFixture {
  readonly from: ClauseRef | null;
  readonly to: ClauseRef | null;
  /** Version slug of a "(none)" side, when the dossier names it. */
  readonly fromVersion?: string;
  readonly toVersion?: string;
  readonly kind: string;
  readonly evidence: string;
  readonly confidence: string;
  readonly sources?: readonly string[];
}

export interface LinksFixture {
  readonly schema: 'plandiff.links/v1';
  readonly links: readonly LinkFixture[];
}

/** What a position is about: one clause, several clauses, or a topic (`general` = the whole version). */
export type PositionTarget =
  | { readonly label: string; readonly topic: string }
  | { readonly labels: readonly string[]; readonly topic: string }
  | { readonly topic: string };

export interface PositionFixture {
  readonly id: string;
  /** null for commentators. */
  readonly party: string | null;
  readonly actor: string;
  readonly version: string;
  readonly target: PositionTarget;
  readonly stance: string;
  readonly quote: string;
  readonly date: string | null;
  readonly outlet: string;
  readonly sources: readonly string[];
  readonly note?: string;
  readonly grade: Grade;
  readonly article?: string;
}

export interface PositionsFixture {
  readonly schema: 'plandiff.positions/v1';
  readonly positions: readonly PositionFixture[];
}

export interface SourceFixture {
  readonly url: string;
  readonly outlet: string;
  readonly language: string;
  readonly title?: string;
  readonly date?: string | null;
  readonly note?: string;
  readonly titleFrom?: 'page' | 'slug';
  readonly aggregator?: true;
}

export interface SourcesFixture {
  readonly schema: 'plandiff.sources/v1';
  readonly sources: readonly SourceFixture[];
}
