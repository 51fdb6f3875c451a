import { s } from '../../common/api-docs';

/** AuditEntry (audit.repository.ts). */
export const AUDIT_ENTRY = s.object({
  id: s.int(),
  tokenId: s.nstr('The token that wrote; null for the CLI and seeding'),
  action: s.str(),
  target: s.str(),
  at: s.time(),
});

export const AUDIT_EXAMPLE = [
  {
    id: 7,
    tokenId: 'tok_3f2a',
    action: 'version.create',
    target: 'v2',
    at: '2026-01-01T00:00:00.000Z',
  },
];
