import { s } from '../../common/api-docs';

/** StatementRecord (statements.types.ts). */
export const STATEMENT = s.object({
  id: s.int(),
  article: s.int(),
  key: s.str(),
  engineVersion: s.str(),
  status: s.oneOf('proposed', 'accepted', 'rejected'),
  speaker: s.nstr(),
  party: s.nstr(),
  role: s.oneOf('official', 'institution', 'commentator', 'unknown'),
  quote: s.str(),
  span: { type: 'array', items: { type: 'integer' }, minItems: 2, maxItems: 2 },
  mode: s.oneOf('direct', 'reported'),
  stance: s.oneOf('supports', 'opposes', 'conditional', 'unclear'),
  target: s.open('What the statement is about', {
    kind: s.oneOf('plan', 'version', 'clause', 'topic'),
    version: s.str(),
    labels: s.array(s.open('A clause the statement names, with how it was matched')),
    topic: s.str(),
  }),
  topics: s.strings(),
  date: s.nstr(),
  confidence: s.num(),
  reportedBy: s.nstr(),
  reason: s.nstr('Why it was rejected'),
  position: s.nint('The position an accepted statement became'),
  reviewedAt: s.nullable(s.time()),
  createdAt: s.time(),
});

/** ExtractionReport (statements.types.ts). */
export const EXTRACTION_REPORT = s.object({
  engineVersion: s.str(),
  created: s.int(),
  replaced: s.int(),
  unchanged: s.int(),
});

export const STATEMENT_EXAMPLE = {
  id: 41,
  article: 5,
  key: 's-3f9c2a',
  engineVersion: '1.4.0',
  status: 'proposed',
  speaker: 'Volodymyr Zelensky',
  party: 'ukraine',
  role: 'official',
  quote: 'We will not give up our land.',
  span: [120, 149],
  mode: 'direct',
  stance: 'opposes',
  target: { kind: 'topic', topic: 'territory' },
  topics: ['territory'],
  date: '2025-11-24',
  confidence: 0.82,
  reportedBy: null,
  reason: null,
  position: null,
  reviewedAt: null,
  createdAt: '2026-01-01T00:00:00.000Z',
};
