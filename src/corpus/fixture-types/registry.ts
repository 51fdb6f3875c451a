// Generated from docs/schemas/fixture-registry.v1.json by scripts/fixture-types.mjs: do not edit. Change the
// schema, then run `npm run fixture-types` (npm test fails while the two differ).

/**
 * fixtures/plans/<slug>/registry.json — the plan's parties, the people and institutions who speak on it (aliases in Latin and Cyrillic; Cyrillic aliases are stems that may take up to four more letters of case ending), and the names articles give its versions.
 */
export interface RegistryFixture {
  schema: 'plandiff.registry/v1';
  /**
   * @minItems 1
   */
  parties: string[];
  actors: {
    name: string;
    aliases: string[];
    kind: 'person' | 'institution';
    role: 'official' | 'institution' | 'commentator';
    /**
     * One of `parties`, or null for commentators (checked when loading).
     */
    party: string | null;
    gender?: 'male' | 'female';
    title?: string;
  }[];
  /**
   * Version slug → how articles name it ("28-point plan", "19 proposals"); slugs must exist in versions/.
   */
  versionAliases: {
    [k: string]: string[] | undefined;
  };
}
