import { join } from 'node:path';
import { loadCorpus } from '../src/corpus/corpus';
import { corpusDisputes } from '../src/corpus/disputes';
import {
  DISPUTE_STATUSES,
  disputesOf,
  predates,
  scopeOf,
  type DisputeInput,
  type PositionInput,
} from '../src/engine/disputes';

// Rules of docs/disputes.md, one block per rule, on small hand-made inputs; then the audit's cases
// on the shipped corpus, asserted by rule so they hold while the corpus data is being corrected.

const position = (over: Partial<PositionInput>): PositionInput => ({
  id: 'x',
  party: 'A',
  version: 'v',
  target: { label: '1' },
  stance: 'supports',
  date: '2025-02-01',
  ...over,
});

const base: DisputeInput = {
  version: 'v',
  clauses: [
    { label: '1', topics: ['territory'] },
    { label: '2', topics: ['army'] },
    { label: '3', topics: [], parent: '2' },
  ],
  positions: [],
  authors: [],
  deferred: new Set(),
  versionDates: { u: '2025-01-01', v: '2025-02-01', w: '2025-03-01' },
  links: [
    { from: { version: 'u', label: '9' }, to: { version: 'v', label: '1' }, kind: 'reworded' },
    { from: { version: 'v', label: '1' }, to: { version: 'w', label: '7' }, kind: 'same' },
    { from: { version: 'v', label: '2' }, to: { version: 'w', label: '8' }, kind: 'merged' },
  ],
};
const run = (over: Partial<DisputeInput>) => disputesOf({ ...base, ...over });
const clause = (over: Partial<DisputeInput>, label = '1') =>
  run(over).clauses.find((c) => c.label === label)!;

describe('rule 1: a clause’s status comes from positions on that clause', () => {
  it('reaches the clause itself, its sub-points and its parent, saying how', () => {
    const positions = [position({ id: 'p', target: { label: '3' }, stance: 'opposes' })];
    expect(clause({ positions }, '2').parties[0]).toMatchObject({ via: 'sub-point' });
    expect(clause({ positions }, '3').parties[0]).toMatchObject({ via: 'clause' });
    const onParent = [position({ target: { label: '2' } })];
    expect(clause({ positions: onParent }, '3').parties[0]).toMatchObject({ via: 'parent' });
  });

  it('reaches the same clause in another version through same/reworded links, labelled', () => {
    const later = position({ id: 'w7', version: 'w', target: { label: '7' }, date: '2025-03-02' });
    const got = clause({ positions: [later] });
    expect(got.parties[0]).toMatchObject({
      via: 'lineage',
      statedAbout: ['w:7'],
      positions: ['w7'],
    });
    // Transitively: u:9 → v:1 → w:7.
    const onU = run({ version: 'u', clauses: [{ label: '9', topics: [] }], positions: [later] });
    expect(onU.clauses[0]!.parties[0]).toMatchObject({ via: 'lineage', statedAbout: ['w:7'] });
  });

  it('does not carry positions along merged, split or thematic links', () => {
    const onW8 = position({ version: 'w', target: { label: '8' }, date: '2025-03-02' });
    expect(clause({ positions: [onW8] }, '2').status).toBe('no-position');
  });

  it('counts a topic-targeted position on the clauses of that topic in its own version only', () => {
    const topical = position({ target: { topic: 'territory' }, stance: 'opposes' });
    expect(clause({ positions: [topical] }).parties[0]).toMatchObject({ via: 'topic' });
    expect(clause({ positions: [topical] }, '2').parties).toEqual([]);
    expect(scopeOf(topical)).toBe('clause-specific');
    const elsewhere = position({
      version: 'w',
      target: { topic: 'territory' },
      date: '2025-03-02',
    });
    expect(clause({ positions: [elsewhere] }).parties).toEqual([]);
  });

  it('lets the most specific level decide a party’s stance', () => {
    const positions = [
      position({ id: 't', target: { topic: 'territory' }, stance: 'opposes' }),
      position({ id: 'c', target: { label: '1' }, stance: 'supports' }),
    ];
    expect(clause({ positions }).parties[0]).toMatchObject({ stance: 'supports', via: 'clause' });
  });
});

describe('rule 2: positions on a whole version are the version’s stance, shown apart', () => {
  const general = position({ id: 'g', target: { topic: 'general' }, stance: 'opposes' });
  it('never makes a clause disputed or opposed', () => {
    const r = run({ positions: [general], authors: ['B'] });
    expect(r.clauses.map((c) => c.status)).toEqual(['no-position', 'no-position', 'no-position']);
    expect(r.clauses.every((c) => c.parties.length === 0)).toBe(true);
    expect(r.versionWide).toEqual([
      expect.objectContaining({ party: 'A', stance: 'opposes', via: 'version', positions: ['g'] }),
    ]);
    expect(scopeOf(general)).toBe('version-wide');
    expect(scopeOf(position({ target: {} }))).toBe('version-wide');
  });

  it('keeps another version’s version-wide stance out of this one', () => {
    const onW = position({ version: 'w', target: { topic: 'general' }, date: '2025-03-02' });
    expect(run({ positions: [onW] }).versionWide).toEqual([]);
  });
});

describe('rule 3: a position dated before a version existed is not about it', () => {
  it('is excluded from the version it names, and says why', () => {
    const early = position({ id: 'e', date: '2025-01-15', stance: 'opposes' });
    const r = run({ positions: [early] });
    expect(r.clauses[0]!.status).toBe('no-position');
    expect(r.excluded).toEqual([{ position: 'e', reason: 'predates-version' }]);
  });

  it('is not carried into a later version, but may reach an earlier one that existed', () => {
    // Stated about w:7 on 15 Feb, before w (1 Mar) and after v (1 Feb): it reaches v:1 only.
    const onW = position({ id: 'w', version: 'w', target: { label: '7' }, date: '2025-02-15' });
    expect(clause({ positions: [onW] }).parties[0]).toMatchObject({ via: 'lineage' });
    // Stated about v:1 on 15 Jan: before v and w, so it reaches neither; u existed, so u yes.
    const onV = position({ id: 'v', date: '2025-01-15' });
    expect(
      run({ version: 'w', clauses: [{ label: '7', topics: [] }], positions: [onV] }).clauses[0]!
        .parties,
    ).toEqual([]);
    expect(
      run({ version: 'u', clauses: [{ label: '9', topics: [] }], positions: [onV] }).clauses[0]!
        .parties,
    ).toHaveLength(1);
  });

  it('keeps an undated position on its own version, but carries it nowhere', () => {
    const undated = position({ date: null });
    expect(clause({ positions: [undated] }).parties).toHaveLength(1);
    expect(
      run({ version: 'w', clauses: [{ label: '7', topics: [] }], positions: [undated] }).clauses[0]!
        .parties,
    ).toEqual([]);
  });

  it('compares less precise dates at their own precision', () => {
    expect(predates('2025-01', '2025-01-20')).toBe(false);
    expect(predates('2024-12', '2025-01-20')).toBe(true);
    expect(predates('2025-01-19', '2025-01-20')).toBe(true);
  });
});

describe('rule 4: no position on record is not agreed', () => {
  const status = (positions: PositionInput[], authors: string[] = []) =>
    clause({ positions, authors }).status;
  const p = (party: string, stance: PositionInput['stance']) =>
    position({ id: party + stance, party, stance });

  it('reads no-position with only the authors’ presumed support, and shows the presumption', () => {
    const c = clause({ authors: ['US'] });
    expect(c).toMatchObject({ status: 'no-position', parties: [], presumedSupport: ['US'] });
  });

  it('needs support on record from two parties, one of them not an author, for agreed', () => {
    expect(status([p('US', 'supports')], ['US'])).toBe('supported');
    expect(status([p('RU', 'supports')], ['US'])).toBe('supported');
    expect(status([p('US', 'supports'), p('UA', 'supports')], ['US', 'UA'])).toBe('supported');
    expect(status([p('US', 'supports'), p('RU', 'supports')], ['US'])).toBe('agreed');
    expect(clause({ positions: [p('US', 'supports')], authors: ['US'] }).presumedSupport).toEqual(
      [],
    );
  });

  it('distinguishes disputed, opposed, conditional and unclear', () => {
    expect(status([p('A', 'opposes'), p('B', 'supports')])).toBe('disputed');
    expect(status([p('A', 'opposes'), p('B', 'conditional')])).toBe('disputed');
    expect(status([p('A', 'opposes'), p('B', 'opposes')])).toBe('opposed');
    expect(status([p('A', 'opposes')], ['B'])).toBe('opposed');
    expect(status([p('A', 'conditional'), p('B', 'supports')])).toBe('conditional');
    expect(status([p('A', 'unclear')])).toBe('unclear');
  });

  it('reads deferred where the version brackets the clause, unknown where the text is missing', () => {
    const opposed = [p('A', 'opposes'), p('B', 'supports')];
    expect(clause({ positions: opposed, deferred: new Set(['1']) }).status).toBe('deferred');
    const placeholder = { label: '1', topics: [], status: 'placeholder' };
    expect(clause({ positions: opposed, clauses: [placeholder] }).status).toBe('unknown');
  });
});

describe('rule 5: commentators never count; conflicting reports stay side by side', () => {
  it('ignores a commentator and lists the position as excluded', () => {
    const r = run({ positions: [position({ id: 'c', party: null, stance: 'opposes' })] });
    expect(r.clauses[0]!.status).toBe('no-position');
    expect(r.excluded).toEqual([{ position: 'c', reason: 'commentator' }]);
  });

  it('flags one party’s disagreeing reports as conflicting and keeps them all', () => {
    const positions = [
      position({ id: 'a', stance: 'supports', date: '2025-02-03' }),
      position({ id: 'b', stance: 'opposes', date: '2025-02-03' }),
      position({ id: 'o', party: 'B', stance: 'supports' }),
    ];
    const c = clause({ positions });
    expect(c.conflicting).toEqual(['A']);
    expect(c.parties[0]).toMatchObject({ conflicting: true, positions: ['a', 'b'] });
    // Same day: the cautious report is shown first.
    expect(c.parties[0]!.stance).toBe('opposes');
    expect(c.status).toBe('disputed');
  });

  it('reports the latest stance of a party whose reports disagree over time', () => {
    const positions = [
      position({ id: 'a', stance: 'opposes', date: '2025-02-02' }),
      position({ id: 'b', stance: 'supports', date: '2025-02-05' }),
    ];
    expect(clause({ positions }).parties[0]).toMatchObject({
      stance: 'supports',
      conflicting: true,
    });
  });
});

describe('rule 6: filters narrow the evidence', () => {
  const graded = [
    position({ id: 'a', party: 'A', stance: 'opposes', grade: 'A', date: '2025-02-02' }),
    position({ id: 'c', party: 'B', stance: 'supports', grade: 'C', date: '2025-02-10' }),
    position({ id: 'u', party: 'C', stance: 'supports', date: '2025-02-10' }),
  ];
  it('keeps grade B or better only, dropping ungraded positions', () => {
    const r = run({ positions: graded, filters: { minGrade: 'B' } });
    expect(r.clauses[0]).toMatchObject({ status: 'opposed' });
    expect(r.excluded.map((e) => e.reason)).toEqual(['filtered', 'filtered']);
  });
  it('keeps a date range, inclusive, dropping undated positions', () => {
    expect(clause({ positions: graded, filters: { to: '2025-02-02' } }).status).toBe('opposed');
    expect(clause({ positions: graded, filters: { from: '2025-02-10' } }).status).toBe('agreed');
  });
});

const corpus = loadCorpus(join(__dirname, '..', 'fixtures', 'plans', 'ukraine-2025'));

describe('the shipped corpus, by rule', () => {
  const all = corpus.versions.map((v) => ({ v, r: corpusDisputes(corpus, v.slug) }));
  const byId = new Map(corpus.positions.map((p) => [p.id, p]));

  it('gives every clause of every version, placeholders included, exactly one known status', () => {
    for (const { v, r } of all) {
      expect(r.clauses.map((d) => d.label)).toEqual(v.clauses.map((c) => c.label));
      for (const d of r.clauses) expect(DISPUTE_STATUSES).toContain(d.status);
      for (const d of r.clauses.filter((_, i) => v.clauses[i]!.status === 'placeholder')) {
        expect(d.status).toBe('unknown');
      }
    }
  });

  it('rests no clause status on a version-wide position (V28 and V20 included)', () => {
    for (const { r } of all) {
      for (const d of r.clauses) {
        for (const s of d.parties) {
          for (const id of s.positions) expect(scopeOf(byId.get(id)!)).toBe('clause-specific');
        }
      }
    }
    const v28 = all.find((x) => x.v.slug === 'v28')!.r;
    // Point 1 (sovereignty) has no position of its own: stances on the whole draft stay apart.
    expect(v28.clauses.find((d) => d.label === '1')!.parties).toEqual([]);
    expect(v28.versionWide.length).toBeGreaterThan(0);
  });

  it('no longer lets a remark on the whole 20-point framework read as Europe opposing its clauses', () => {
    const v20 = all.find((x) => x.v.slug === 'v20')!.r;
    const sovereignty = v20.clauses.find((d) => d.label === '1')!;
    expect(sovereignty.parties.find((p) => p.party === 'Europe/EU')).toBeUndefined();
    for (const d of v20.clauses) {
      for (const s of d.parties.filter((p) => p.party === 'Europe/EU' && p.stance === 'opposes')) {
        expect(s.via).not.toBe('version');
      }
    }
  });

  it('counts no position stated before the version it is applied to', () => {
    for (const { v, r } of all) {
      const ids = [
        ...r.versionWide.flatMap((s) => s.positions),
        ...r.clauses.flatMap((d) => d.parties.flatMap((s) => s.positions)),
      ];
      for (const id of ids) {
        const date = byId.get(id)!.date;
        if (date !== null) expect(predates(date, v.date)).toBe(false);
      }
    }
  });

  it('reads agreed only with two parties on record, one of them not an author (VEU24, V20US)', () => {
    for (const { v, r } of all) {
      for (const d of r.clauses.filter((c) => c.status === 'agreed')) {
        const backers = d.parties.filter((p) => p.stance === 'supports').map((p) => p.party);
        expect(backers.length).toBeGreaterThanOrEqual(2);
        expect(backers.some((b) => !v.authorParties.includes(b))).toBe(true);
      }
      for (const d of r.clauses.filter((c) => c.parties.length === 0)) {
        expect(['no-position', 'deferred', 'unknown']).toContain(d.status);
      }
    }
    const veu24 = all.find((x) => x.v.slug === 'veu24')!.r;
    expect(veu24.clauses.filter((d) => d.status === 'agreed')).toEqual([]);
    const v20us = all.find((x) => x.v.slug === 'v20us')!.r;
    for (const label of ['r2', 'r6', 'r12']) {
      const d = v20us.clauses.find((c) => c.label === label)!;
      if (d.parties.length === 0) expect(d.status).toBe('no-position');
      expect(d.status).not.toBe('agreed');
    }
  });

  it('never counts a commentator, and marks what Geneva bracketed as deferred', () => {
    for (const { r } of all) {
      for (const d of r.clauses) {
        for (const s of d.parties) expect(s.party).not.toBe('');
      }
      for (const s of r.versionWide) {
        for (const id of s.positions) expect(byId.get(id)!.party).not.toBeNull();
      }
    }
    const v19 = all.find((x) => x.v.slug === 'v19')!.r;
    expect(v19.clauses.find((d) => d.label === 'r4')!.status).toBe('deferred');
  });

  it('keeps disagreeing reports of one party side by side on the whole V28 draft', () => {
    const v28 = all.find((x) => x.v.slug === 'v28')!.r;
    for (const s of v28.versionWide) {
      const stances = new Set(s.positions.map((id) => byId.get(id)!.stance));
      expect(s.conflicting).toBe(stances.size > 1);
    }
  });
});
