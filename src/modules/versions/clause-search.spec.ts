import { fold, searchClauses } from './clause-search';
import type { SearchableClause } from './clause-search';

const clause = (label: string, text: string, topics: string[] = []): SearchableClause => ({
  version: 'v1',
  label,
  text,
  status: 'text',
  topics,
});

const corpus = [
  clause('1', 'Ukraine will not join NATO.', ['nato']),
  clause('2', 'The armed forces stay at 800,000 in peacetime.', ['army-size']),
  clause('3', 'Élections in Kyiv within 100 days.'),
];

describe('searchClauses', () => {
  it('needs every term, ignoring case and accents', () => {
    expect(searchClauses(corpus, 'ukraine NATO', 10).results.map((c) => c.label)).toEqual(['1']);
    expect(searchClauses(corpus, 'elections kyiv', 10).results.map((c) => c.label)).toEqual(['3']);
    expect(searchClauses(corpus, 'ukraine army', 10).total).toBe(0);
  });

  it('matches numbers verbatim and topics too', () => {
    expect(searchClauses(corpus, '800,000', 10).results.map((c) => c.label)).toEqual(['2']);
    expect(searchClauses(corpus, 'army-size', 10).results.map((c) => c.label)).toEqual(['2']);
  });

  it('counts all matches but returns at most `limit`, in the given order', () => {
    const r = searchClauses(corpus, 'in', 2);
    expect(r.total).toBe(3);
    expect(r.results.map((c) => c.label)).toEqual(['1', '2']);
  });

  it('finds nothing for a blank query', () => {
    expect(searchClauses(corpus, '   ', 10)).toEqual({ query: '', total: 0, results: [] });
  });

  it('folds typographic quotes and dashes', () => {
    expect(fold('Russia’s — US–Ukraine')).toBe("russia's - us-ukraine");
  });
});
