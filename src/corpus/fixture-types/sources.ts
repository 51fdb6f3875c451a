// Generated from docs/schemas/fixture-sources.v1.json by scripts/fixture-types.mjs: do not edit. Change the
// schema, then run `npm run fixture-types` (npm test fails while the two differ).

/**
 * fixtures/plans/<plan>/sources.json — every distinct URL cited by a clause or position.
 */
export interface SourcesFixture {
  schema: 'plandiff.sources/v1';
  sources: {
    url: string;
    /**
     * The outlet's proper name (with 'via X' / 'citing X' where the copy is a relay), not just a host.
     */
    outlet: string;
    /**
     * ISO 639-1 code of the page.
     */
    language: string;
    /**
     * true when the host only mirrors, relays or aggregates others' reporting: a claim resting on such sources alone is graded D.
     */
    aggregator?: true;
    /**
     * The page's headline (titleFrom page), or a title read from the URL slug (titleFrom slug), or a descriptive title (no titleFrom; note says why).
     */
    title: string;
    titleFrom?: 'page' | 'slug';
    /**
     * Publication date; null only with a note saying why.
     */
    date: string | null;
    note?: string;
  }[];
}
