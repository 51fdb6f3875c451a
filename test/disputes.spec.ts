import { join } from 'node:path';
import { loadCorpus } from '../src/corpus/corpus';
import { corpusDisputes } from '../src/corpus/disputes';
import { disputesOf, type PositionInput } from '../src/engine/disputes';

const corpus = loadCorpus(join(__dirname, '..', 'fixtures', 'plans', 'ukraine-2025'));

describe('disputes derived from the Ukraine 2025 corpus', () => {
  const v28 = corpusDisputes(corpus, 'v28');
  const of = (label: string) => v28.find((d) => d.label === label)!;

  it('shows point 21 and its sub-points contested, with Russian and Ukrainian positions behind them', () => {
    for (const label of ['21', '21a', '21b', '21c', '21d']) {
      const dispute = of(label);
      expect(dispute.status).toBe('disputed');
      expect(dispute.scope).toBe('specific');
      const parties = dispute.parties.map((p) => p.party);
      expect(parties).toEqual(expect.arrayContaining(['Russia', 'Ukraine']));
    }
    // Yermak's objection names point 21 itself; Putin's demand for the 21d withdrawal (support,
    // p04; the dossier had it inverted, audit 2.4) reaches the chapeau as a sub-point.
    expect(of('21').parties.find((p) => p.party === 'Ukraine')).toMatchObject({
      stance: 'opposes',
      via: 'clause',
      positions: ['p29'],
    });
    expect(of('21').parties.find((p) => p.party === 'Russia')).toMatchObject({ via: 'sub-point' });
    expect(of('21d').parties.find((p) => p.party === 'Russia')).toMatchObject({
      stance: 'supports',
      via: 'clause',
    });
    expect(of('21b').parties.find((p) => p.party === 'Ukraine')).toMatchObject({
      stance: 'opposes',
      via: 'parent',
    });
  });

  it('shows the army cap (point 6) opposed by Europe and supported by its US authors', () => {
    const army = of('6');
    expect(army.status).toBe('disputed');
    expect(army.parties.find((p) => p.party === 'Europe/EU')).toMatchObject({
      stance: 'opposes',
      via: 'clause',
    });
    expect(army.parties.find((p) => p.party === 'Europe/EU')!.positions).toEqual([
      'p46',
      'p51',
      'p52',
    ]);
    expect(army.parties.find((p) => p.party === 'US')).toMatchObject({ stance: 'supports' });
  });

  it('tells clause-specific disputes from plan-wide ones', () => {
    // Point 1 (sovereignty) has no position of its own: only stances on the whole plan reach it.
    expect(of('1')).toMatchObject({ status: 'disputed', scope: 'plan-wide' });
    expect(of('14').scope).toBe('specific');
  });

  it('marks what Geneva bracketed for the leaders as deferred', () => {
    expect(corpusDisputes(corpus, 'v19').find((d) => d.label === 'r4')!.status).toBe('deferred');
  });

  it('gives every non-placeholder clause of every version exactly one status', () => {
    for (const version of corpus.versions) {
      const disputes = corpusDisputes(corpus, version.slug);
      expect(disputes.map((d) => d.label)).toEqual(
        version.clauses.filter((c) => c.status !== 'placeholder').map((c) => c.label),
      );
    }
  });
});

describe('disputesOf rules', () => {
  const clause = { label: '1', topics: ['territory'] };
  const position = (over: Partial<PositionInput>): PositionInput => ({
    id: 'x',
    party: 'A',
    version: 'v',
    target: { topic: 'general' },
    stance: 'supports',
    date: '2025-01-01',
    ...over,
  });
  const status = (positions: PositionInput[], authors: string[] = []) =>
    disputesOf({ version: 'v', clauses: [clause], positions, authors, deferred: new Set() })[0]!;

  it('counts the author as supporting unless one of its positions says otherwise', () => {
    expect(status([], ['A'])).toMatchObject({
      status: 'agreed',
      parties: [{ party: 'A', via: 'author' }],
    });
    expect(status([position({ stance: 'opposes' })], ['A']).status).toBe('rejected');
  });

  it('prefers the most specific position, then the latest, then the cautious one on the same day', () => {
    const general = position({ id: 'g', stance: 'supports' });
    const topical = position({ id: 't', target: { topic: 'territory' }, stance: 'opposes' });
    expect(status([general, topical]).parties[0]).toMatchObject({
      stance: 'opposes',
      via: 'topic',
    });
    const later = position({ id: 'l', stance: 'supports', date: '2025-02-01' });
    expect(status([position({ id: 'e', stance: 'opposes' }), later]).parties[0]!.stance).toBe(
      'supports',
    );
    const sameDay = position({ id: 's', stance: 'opposes' });
    expect(status([general, sameDay]).parties[0]!.stance).toBe('opposes');
  });

  it('ignores positions on other versions and topics the clause does not touch', () => {
    expect(
      status([
        position({ version: 'w', stance: 'opposes' }),
        position({ target: { topic: 'amnesty' }, stance: 'opposes' }),
      ]).status,
    ).toBe('unknown');
  });

  it('reads support against opposition as disputed, conditional support included', () => {
    expect(
      status([position({ party: 'A' }), position({ party: 'B', stance: 'opposes' })]).status,
    ).toBe('disputed');
    expect(
      status([
        position({ party: 'A', stance: 'conditional' }),
        position({ party: 'B', stance: 'opposes' }),
      ]).status,
    ).toBe('disputed');
    expect(status([position({ party: 'A', stance: 'conditional' })]).status).toBe('unknown');
  });
});
