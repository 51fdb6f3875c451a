import { SOURCE_REF, s } from '../../common/api-docs';

const END = s.object({ version: s.str(), label: s.nstr('null for a one-sided link') });

/** LinkRecord (links.repository.ts). */
export const LINK = s.object({
  id: s.int(),
  from: END,
  to: END,
  kind: s.str(),
  evidence: s.nstr(),
  confidence: s.nstr(),
  sources: s.array(SOURCE_REF),
  createdAt: s.time(),
});

export const LINK_EXAMPLE = {
  id: 3,
  from: { version: 'v1', label: '12' },
  to: { version: 'v2', label: '10' },
  kind: 'renumbered',
  evidence: null,
  confidence: null,
  sources: [],
  createdAt: '2026-01-01T00:00:00.000Z',
};
