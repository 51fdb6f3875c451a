import type { SpeakerRole, StatementStance, StatementTarget } from '../../engine';

export type StatementStatus = 'proposed' | 'accepted' | 'rejected';

/** A stored statement as the API returns it: the extractor's output plus its review state. */
export interface StatementRecord {
  readonly id: number;
  readonly article: number;
  /** The extractor's own id (stable for the same text and engine version). */
  readonly key: string;
  readonly engineVersion: string;
  readonly status: StatementStatus;
  readonly speaker: string | null;
  readonly party: string | null;
  readonly role: SpeakerRole;
  readonly quote: string;
  /** UTF-16 offsets [start, end) into the article's text. */
  readonly span: readonly [number, number];
  readonly mode: 'direct' | 'reported';
  readonly stance: StatementStance;
  readonly target: StatementTarget;
  readonly topics: readonly string[];
  readonly date: string | null;
  readonly confidence: number;
  readonly reportedBy: string | null;
  /** Why it was rejected (rejected statements only). */
  readonly reason: string | null;
  /** The position an accepted statement became. */
  readonly position: number | null;
  readonly reviewedAt: string | null;
  readonly createdAt: string;
}

/** Every list's page (src/common/paging.ts). */
export type { Page } from '../../common/paging';

/** What a (re-)extraction did to an article's statements. */
export interface ExtractionReport {
  readonly engineVersion: string;
  /** New proposed statements stored. */
  readonly created: number;
  /** Proposed statements of older engine versions removed. */
  readonly replaced: number;
  /** Found again: already proposed by this engine version, or already reviewed (left alone). */
  readonly unchanged: number;
}
