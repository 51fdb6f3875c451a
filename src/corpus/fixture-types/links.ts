// Generated from docs/schemas/fixture-links.v1.json by scripts/fixture-types.mjs: do not edit. Change the
// schema, then run `npm run fixture-types` (npm test fails while the two differ).

export type Slug = string;

/**
 * fixtures/plans/<plan>/links.json — the dossier's clause correspondences between versions.
 */
export interface LinksFixture {
  schema: 'plandiff.links/v1';
  links: Link[];
}
export interface Link {
  /**
   * null = no counterpart (see fromVersion).
   */
  from: Ref | null;
  /**
   * null = no counterpart (see toVersion).
   */
  to: Ref | null;
  fromVersion?: Slug;
  toVersion?: Slug;
  kind:
    | 'same'
    | 'reworded'
    | 'split'
    | 'merged'
    | 'removed'
    | 'added'
    | 'deferred'
    | 'parallel'
    | 'thematic';
  evidence: string;
  confidence: 'high' | 'medium' | 'low';
  sources?: string[];
}
export interface Ref {
  version: Slug;
  label: string;
}
