import { s } from '../../common/api-docs';
import { STATEMENT, STATEMENT_EXAMPLE } from '../statements/statements.responses';

/** ArticleSummary (articles.types.ts). */
const SUMMARY_PROPERTIES = {
  id: s.int(),
  key: s.nstr('Corpus id for seeded articles'),
  title: s.str(),
  outlet: s.str(),
  date: s.str('YYYY-MM-DD'),
  url: s.nstr(),
  language: s.str(),
  sha256: s.str('SHA-256 (hex) of the stored text'),
  review: s.object({ proposed: s.int(), accepted: s.int(), rejected: s.int() }),
  createdAt: s.time(),
};

export const ARTICLE_SUMMARY = s.object(SUMMARY_PROPERTIES);

export const ARTICLE_DETAIL = s.object({
  ...SUMMARY_PROPERTIES,
  text: s.nstr('null when only metadata and hash are kept'),
  statements: s.array(STATEMENT),
});

const SUMMARY_EXAMPLE = {
  id: 5,
  key: null,
  title: 'Kyiv answers the second draft',
  outlet: 'Example News',
  date: '2025-11-24',
  url: 'https://example.org/kyiv-answers',
  language: 'en',
  sha256: 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855',
  review: { proposed: 1, accepted: 0, rejected: 0 },
  createdAt: '2026-01-01T00:00:00.000Z',
};

export const ARTICLE_PAGE_EXAMPLE = { items: [SUMMARY_EXAMPLE], total: 1, offset: 0, limit: 50 };

export const ARTICLE_DETAIL_EXAMPLE = {
  ...SUMMARY_EXAMPLE,
  text: '…',
  statements: [STATEMENT_EXAMPLE],
};
