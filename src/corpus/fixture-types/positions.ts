// Generated from docs/schemas/fixture-positions.v1.json by scripts/fixture-types.mjs: do not edit. Change the
// schema, then run `npm run fixture-types` (npm test fails while the two differ).

export type Target =
  | {
      label: string;
      topic: Topic;
    }
  | {
      /**
       * @minItems 2
       */
      labels: string[];
      topic: Topic;
    }
  | {
      topic: Topic;
    };
/**
 * Dossier topic as given; 'general' = the version as a whole.
 */
export type Topic = string;

/**
 * fixtures/plans/<plan>/positions.json — attributed stances of parties on versions or clauses.
 */
export interface PositionsFixture {
  schema: 'plandiff.positions/v1';
  positions: Position[];
}
export interface Position {
  /**
   * Stable id in dossier order: p01, p02, …
   */
  id: string;
  /**
   * The party whose stance this is; null for commentators (kept as commentary, never counted as a party's stance).
   */
  party: string | null;
  /**
   * Person or body quoted.
   */
  actor: string;
  version: string;
  target: Target;
  stance: 'supports' | 'opposes' | 'conditional' | 'unclear';
  /**
   * Verbatim (≤25 words), attributed.
   */
  quote: string;
  date: string | null;
  outlet: string;
  /**
   * @minItems 1
   */
  sources: string[];
  note?: string;
  /**
   * A a direct quote in a named outlet or an official transcript; B a named outlet's reported speech or a quote it relays from another outlet; C anonymous sources; D only a relay, aggregator or mirror.
   */
  grade: 'A' | 'B' | 'C' | 'D';
  /**
   * Id in articles.json of the article whose reviewed statement this position is.
   */
  article?: string;
}
