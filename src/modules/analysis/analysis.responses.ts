import { s } from '../../common/api-docs';

/**
 * The analysis views are computed by the engine (src/engine/lineage, disputes, briefing); their
 * full contracts are documented in docs/disputes.md and docs/engine.md, and the briefing has a
 * published JSON Schema. Here: the top-level shape a client navigates by.
 */
const FAMILY = s.open('A clause family: the same point across versions', {
  id: s.str(),
  topics: s.strings(),
  cells: s.array(s.open('The family in one version', { version: s.str(), labels: s.strings() })),
});

const TOPIC_ROLLUP = s.open('One topic across versions', {
  topic: s.str(),
  steps: s.array(s.open('What happened to the topic from one version to the next')),
  intensity: {
    type: 'object',
    description: 'Per version: the share of the topic’s clauses that are disputed or opposed',
    additionalProperties: { type: 'number' },
  },
});

export const DISPUTES = s.open('The status of every clause of one version (docs/disputes.md)', {
  plan: s.str(),
  version: s.str(),
  date: s.str(),
  authors: s.strings(),
  filters: s.open('The filters applied'),
  versionWide: s.array(s.open('A party’s stance on the version as a whole')),
  clauses: s.array(
    s.open('One clause: its status, the stances on it and why', {
      label: s.str(),
      status: s.str(),
      text: s.str(),
      topics: s.strings(),
      basis: s.str(),
      grade: s.nstr(),
    }),
  ),
  counts: { type: 'object', additionalProperties: { type: 'integer' } },
  page: s.object({ offset: s.int(), limit: s.int(), total: s.int() }),
  positions: s.array(s.open('A position, listed once; clauses refer to it by id')),
  excluded: s.array(s.open('A position left out, and why')),
});

export const LINEAGE = s.open('Clause families × versions', {
  lineage: s.open('Versions and their clause families', {
    versions: s.strings(),
    families: s.array(FAMILY),
  }),
  rows: s.array(s.open('Each family relative to the baseline (with ?baseline= only)')),
});

export const THREE_WAY = s.object({
  base: s.str(),
  a: s.str(),
  b: s.str(),
  families: s.array(
    s.open('Base vs A vs B for one family', {
      family: s.str(),
      topics: s.strings(),
      outcome: s.str(),
    }),
  ),
});

export const TOPICS = s.array(TOPIC_ROLLUP);
export { TOPIC_ROLLUP };

export const HISTORY = s.object({
  family: FAMILY,
  positions: s.array(s.open('A position on one of the family’s clauses')),
});

export const BRIEFING = s.open(
  'plandiff.briefing/v1; the full schema is served at /api/schemas/briefing.v1.json',
  { schema: s.str(), generatedAt: s.time() },
);
