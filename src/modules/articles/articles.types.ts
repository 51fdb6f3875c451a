import type { StatementRecord } from '../statements/statements.types';

export interface ArticleSummary {
  readonly id: number;
  /** Corpus id (articles.json) for seeded articles; null for articles imported here. */
  readonly key: string | null;
  readonly title: string;
  readonly outlet: string;
  readonly date: string;
  readonly url: string | null;
  readonly language: string;
  /** SHA-256 (hex) of the text as stored (UTF-8). */
  readonly sha256: string;
  /** How many of its statements await review, were accepted, were rejected. */
  readonly review: {
    readonly proposed: number;
    readonly accepted: number;
    readonly rejected: number;
  };
  readonly createdAt: string;
}

export interface ArticleDetail extends ArticleSummary {
  /** null when only metadata and hash are kept (publishers' articles seeded from the corpus). */
  readonly text: string | null;
  /** Every statement stored for the article, by position in the text. */
  readonly statements: readonly StatementRecord[];
}

export interface NewArticle {
  readonly title: string;
  readonly outlet: string;
  readonly date: string;
  readonly url: string | null;
  readonly language: string;
  readonly sha256: string;
  readonly text: string;
}
