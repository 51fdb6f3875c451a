import { searchClauses } from './clause-search';
import type { SearchableClause } from './clause-search';

const clause = (
  label: string,
  text: string,
  topics: string[] = [],
  version = 'v1',
): SearchableClause => ({ version, label, text, status: 'text', topics });

const corpus = [
  clause('1', 'Ukraine will not join NATO.', ['nato']),
  clause('2', 'The armed forces stay at 800,000 in peacetime.', ['army-size']),
  clause('3', 'Élections in Kyiv within 100 days.'),
  clause('1', 'Ukraine will not join NATO; NATO will not station troops.', ['nato'], 'v2'),
];

const labels = (r: ReturnType<typeof searchClauses>): string[] =>
  r.results.map((c) => `${c.version}:${c.label}`);

describe('searchClauses', () => {
  it('needs every word, ignoring case and accents, and never a part of a word', () => {
    expect(labels(searchClauses(corpus, 'ukraine NATO', { limit: 10, order: 'document' }))).toEqual(
      ['v1:1', 'v2:1'],
    );
    expect(labels(searchClauses(corpus, 'elections kyiv', { limit: 10 }))).toEqual(['v1:3']);
    expect(searchClauses(corpus, 'ukraine army', { limit: 10 }).total).toBe(0);
    // "join" contains "in"; only the word counts.
    expect(labels(searchClauses(corpus, 'in', { limit: 10, order: 'document' }))).toEqual([
      'v1:2',
      'v1:3',
    ]);
  });

  it('matches numbers and topics, and locates the matched words', () => {
    const r = searchClauses(corpus, '800,000 army', { limit: 10 });
    expect(labels(r)).toEqual(['v1:2']);
    const hit = r.results[0]!;
    expect(hit.matches.map(([s, e]) => hit.text.slice(s, e))).toEqual(['800,000']);
    expect(hit.matchedTopics).toEqual(['army-size']);
  });

  it('says how the query was read and how many clauses matched', () => {
    const r = searchClauses(corpus, 'the "armed forces" of NATO', { limit: 10 });
    expect(r.terms).toEqual({ words: ['NATO'], phrases: ['armed forces'], ignored: ['the', 'of'] });
    expect(r.total).toBe(0);
    expect(r.message).toBe('No matches for “the "armed forces" of NATO”.');
    expect(searchClauses(corpus, 'NATO', { limit: 10 }).message).toBe('2 clauses match “NATO”.');
  });

  it('searches one version when asked, and counts past the limit', () => {
    expect(labels(searchClauses(corpus, 'NATO', { limit: 10, version: 'v1' }))).toEqual(['v1:1']);
    const r = searchClauses(corpus, 'NATO', { limit: 1 });
    expect(r.total).toBe(2);
    expect(r.results).toHaveLength(1);
  });

  it('finds nothing for a blank query, and says so', () => {
    const r = searchClauses(corpus, '   ', { limit: 10 });
    expect(r.total).toBe(0);
    expect(r.results).toEqual([]);
    expect(r.message).toMatch(/^No matches/);
  });
});
