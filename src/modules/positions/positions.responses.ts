import { SOURCE_REF, s } from '../../common/api-docs';

/** PositionRecord (positions.repository.ts). */
export const POSITION = s.object({
  id: s.int(),
  key: s.nstr('Stable corpus key (p01 …) for seeded positions'),
  party: s.nstr(),
  actor: s.nullable(s.object({ name: s.str(), role: s.nstr() })),
  version: s.nstr(),
  clause: s.nstr(),
  labels: s.strings(),
  topic: s.nstr(),
  stance: s.str('supports, opposes, conditional, seeks-change, unclear'),
  quote: s.nstr(),
  date: s.nstr(),
  outlet: s.nstr(),
  note: s.nstr(),
  grade: s.nstr('A-D'),
  article: s.nint(),
  statement: s.nint(),
  sources: s.array(SOURCE_REF),
  createdAt: s.time(),
});

export const POSITION_EXAMPLE = {
  id: 12,
  key: null,
  party: 'ukraine',
  actor: { name: 'Volodymyr Zelensky', role: 'President' },
  version: 'v2',
  clause: '1',
  labels: ['1'],
  topic: null,
  stance: 'supports',
  quote: 'We agree with this point.',
  date: '2025-11-24',
  outlet: null,
  note: null,
  grade: 'B',
  article: null,
  statement: null,
  sources: [
    {
      url: 'https://example.org/report',
      outlet: 'Example News',
      title: null,
      date: '2025-11-24',
      language: 'en',
    },
  ],
  createdAt: '2026-01-01T00:00:00.000Z',
};
