// Generated from docs/schemas/fixture-version.v1.json by scripts/fixture-types.mjs: do not edit. Change the
// schema, then run `npm run fixture-types` (npm test fails while the two differ).

export type Slug = string;

/**
 * fixtures/plans/<plan>/versions/<slug>.json — one version of the text as clause-level paraphrases with sources.
 */
export interface VersionFixture {
  schema: 'plandiff.version/v1';
  slug: Slug;
  /**
   * The dossier id, e.g. V28.
   */
  label: string;
  title: string;
  date: string;
  /**
   * Who produced the version, via which channel.
   */
  channel: string;
  /**
   * Parties that authored the version, named as in positions; they count as supporting it unless a position says otherwise.
   *
   * @minItems 1
   */
  authorParties: string[];
  basis: 'text' | 'reported' | 'mixed';
  /**
   * Range of the clauses' own grades, best/worst (A, or A/D).
   */
  grade: string;
  /**
   * The long evidence-grade text.
   */
  gradeNote: string;
  notes: string;
  /**
   * Slugs of the versions this one was drafted from (the version DAG).
   */
  parents: Slug[];
  clauses: Clause[];
}
export interface Clause {
  /**
   * Dossier number: 10, 10a, r2.
   */
  label: string;
  /**
   * Label of the enclosing clause for sub-points (10 for 10a).
   */
  parent?: string;
  /**
   * The dossier paraphrase, verbatim.
   */
  text: string;
  /**
   * text = paraphrase of a leaked/published text; reported = known from reports only; placeholder = a DELETED/NOT LISTED/NOT RETRIEVED row kept for numbering, not content.
   */
  status: 'text' | 'reported' | 'placeholder';
  /**
   * This clause's own evidence grade: A on-record words in an official text or a named outlet's copy of the text; B a named outlet's summary or reported speech, or a document it says it has seen; C anonymous officials or sources; D only a relay, aggregator or mirror.
   */
  grade?: 'A' | 'B' | 'C' | 'D';
  topics: string[];
  sources: string[];
  /**
   * The compiler's remarks (pointers to other versions, sources, translations, ordering): never part of `text`.
   */
  note?: string;
}
