// Generated from docs/schemas/fixture-articles.v1.json by scripts/fixture-types.mjs: do not edit. Change the
// schema, then run `npm run fixture-types` (npm test fails while the two differ).

/**
 * fixtures/plans/<plan>/articles.json — news articles whose reviewed statements are positions (position.article = article id). Publishers' text is not copied: an article is kept as metadata and the SHA-256 of its text.
 */
export interface ArticlesFixture {
  schema: 'plandiff.articles/v1';
  articles: Article[];
}
export interface Article {
  id: string;
  title: string;
  /**
   * Where the title comes from when it is not the stored page's headline: 'slug' = read from the URL.
   */
  titleFrom?: 'page' | 'slug';
  outlet: string;
  date: string;
  /**
   * null when no copy of the publisher's page was found (say so in note).
   */
  url: string | null;
  language: string;
  /**
   * SHA-256 (hex) of the article text as imported (UTF-8).
   */
  sha256: string;
  /**
   * Text file relative to the plan directory, only when the text may be redistributed.
   */
  file?: string;
  note?: string;
  /**
   * Ids of the positions reviewed from this article.
   */
  statements: string[];
  /**
   * Extracted spans the review rejected, with the reason.
   */
  rejected: {
    quote: string;
    reason: string;
  }[];
}
