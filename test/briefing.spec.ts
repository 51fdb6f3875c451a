import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { corpusBriefing } from '../src/corpus/briefing';
import { loadCorpus } from '../src/corpus/corpus';
import { createAjv } from '../src/lib/json-schema';

const corpus = loadCorpus(join(__dirname, '..', 'fixtures', 'plans', 'ukraine-2025'));
const schema = (name: string): object =>
  JSON.parse(readFileSync(join(__dirname, '..', 'docs', 'schemas', name), 'utf8')) as object;

describe('briefing export (plandiff.briefing/v1)', () => {
  const briefing = corpusBriefing(corpus, '2026-11-23T12:00:00.000Z');

  it('validates against its JSON Schema', () => {
    const ajv = createAjv();
    ajv.addSchema(schema('comparison.v1.json'));
    const validate = ajv.compile(schema('briefing.v1.json'));
    const valid = validate(briefing);
    expect((validate.errors ?? []).slice(0, 5)).toEqual([]);
    expect(valid).toBe(true);
  });

  it('gives the same ids (indeed the same document) for the same corpus', () => {
    expect(corpusBriefing(corpus, '2026-11-23T12:00:00.000Z')).toEqual(briefing);
  });

  it('carries every clause with a stable id and its family, positions with quotes and sources', () => {
    const clause = briefing.clauses.find((c) => c.id === 'ukraine-2025:v28:21a')!;
    expect(clause).toMatchObject({
      version: 'v28',
      label: '21a',
      parent: '21',
      family: expect.any(String),
    });
    expect(briefing.clauses).toHaveLength(
      corpus.versions.reduce((n, v) => n + v.clauses.length, 0),
    );
    expect(briefing.positions.every((p) => p.quote.length > 0 && p.sources.length > 0)).toBe(true);
    expect(briefing.comparisons.map((c) => `${c.from}>${c.to}`)).toEqual([
      'v28>veu',
      'veu>v20',
      'v28>v20',
    ]);
  });
});

describe('briefing export: editorial notes', () => {
  it('carries a clause note apart from its text, and the comparisons ignore it', () => {
    const noted = {
      ...corpus,
      versions: corpus.versions.map((v) =>
        v.slug !== 'veu'
          ? v
          : {
              ...v,
              clauses: v.clauses.map((c) =>
                c.label === '1' ? { ...c, note: '(unchanged from the US draft, 3 numbers)' } : c,
              ),
            },
      ),
    };
    const before = corpusBriefing(corpus, '2026-12-05T00:00:00.000Z');
    const after = corpusBriefing(noted, '2026-12-05T00:00:00.000Z');
    const clause = after.clauses.find((c) => c.id.endsWith(':veu:1'))!;
    expect(clause.note).toBe('(unchanged from the US draft, 3 numbers)');
    // The text stays what it was (today's fixture still holds its notes inside `text` until the
    // data moves them; this checks the mechanism).
    expect(clause.text).toBe(before.clauses.find((c) => c.id === clause.id)!.text);
    expect(after.comparisons).toEqual(before.comparisons);
    const ajv = createAjv();
    ajv.addSchema(schema('comparison.v1.json'));
    const validate = ajv.compile(schema('briefing.v1.json'));
    expect([validate(after), (validate.errors ?? []).slice(0, 3)]).toEqual([true, []]);
  });
});
