// Generated from docs/schemas/fixture-plan.v1.json by scripts/fixture-types.mjs: do not edit. Change the
// schema, then run `npm run fixture-types` (npm test fails while the two differ).

/**
 * fixtures/plans/<slug>/plan.json — one negotiated text and the order of its versions.
 */
export interface PlanFixture {
  schema: 'plandiff.plan/v1';
  slug: string;
  title: string;
  description: string;
  /**
   * Version slugs in dossier order (chronological; the lineage is in each version's parents).
   *
   * @minItems 1
   */
  versionOrder: string[];
}
