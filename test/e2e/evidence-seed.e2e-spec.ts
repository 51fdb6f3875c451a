import type { Corpus } from '../../src/corpus/corpus';
import { SnapshotRepository } from '../../src/modules/analysis/snapshot.repository';
import { SeedRepository } from '../../src/modules/seed/seed.repository';
import { BACKENDS, useTestApp } from '../support/e2e';

// A small corpus in the shape of fixtures/plans/<plan>, with every evidence field set.
const CORPUS: Corpus = {
  plan: {
    slug: 'ev',
    title: 'Evidence',
    description: 'Seeded evidence fields',
    versionOrder: ['d1'],
  },
  versions: [
    {
      slug: 'd1',
      label: 'Draft 1',
      title: 'First draft',
      date: '2025-11-20',
      channel: 'leak',
      authorParties: ['United States'],
      basis: 'mixed',
      grade: 'A/C',
      gradeNote: 'point 1 published, point 2 reported',
      notes: '',
      parents: [],
      aliases: ['the first draft', '2-point plan'],
      clauses: [
        {
          label: '1',
          text: 'Ukraine is a sovereign state.',
          status: 'text',
          topics: ['sovereignty'],
          sources: ['https://example.org/text'],
          grade: 'A',
        },
        {
          label: '2',
          text: 'Sanctions are lifted in stages.',
          status: 'reported',
          topics: ['sanctions'],
          sources: ['https://example.org/report'],
          grade: 'C',
          note: 'Wording as reported by one outlet.',
        },
      ],
    },
  ],
  links: [],
  positions: [
    {
      id: 'p1',
      party: 'Russia',
      actor: 'Dmitry Peskov',
      version: 'd1',
      target: { label: '2' },
      stance: 'opposes',
      quote: 'Not acceptable.',
      date: '2025-11-21',
      outlet: 'Test Wire',
      sources: ['https://example.org/report'],
      grade: 'A',
      article: 'a1',
    },
    {
      id: 'p2',
      party: null,
      actor: 'An Analyst',
      version: 'd1',
      target: { label: '1' },
      stance: 'supports',
      quote: 'Sound.',
      date: '2025-11-22',
      sources: ['https://example.org/text'],
      grade: 'B',
    },
  ],
  sources: [
    {
      url: 'https://example.org/text',
      outlet: 'Official',
      language: 'en',
      title: 'The text',
      date: '2025-11-20',
    },
    {
      url: 'https://example.org/report',
      outlet: 'Test Wire',
      language: 'en',
      title: 'A report',
      date: null,
    },
  ],
  actors: [
    {
      name: 'Dmitry Peskov',
      aliases: ['Peskov', 'Песков'],
      kind: 'person',
      role: 'official',
      party: 'Russia',
      gender: 'male',
      title: 'Kremlin spokesman',
    },
    { name: 'An Analyst', aliases: ['Analyst'], kind: 'person', role: 'commentator', party: null },
    {
      name: 'Kremlin',
      aliases: ['Кремль'],
      kind: 'institution',
      role: 'institution',
      party: 'Russia',
    },
  ],
  articles: [
    {
      id: 'a1',
      title: 'Kremlin rejects draft',
      outlet: 'Test Wire',
      date: '2025-11-21',
      url: 'https://example.org/report',
      language: 'en',
      sha256: 'a'.repeat(64),
    },
  ],
};

describe.each(BACKENDS)('seeding and reading back the evidence fields (%s)', (backend) => {
  const t = useTestApp(backend);
  const seeder = { tokenId: 'seed' };

  beforeAll(async () => {
    await t.app.get(SeedRepository).seed(CORPUS, seeder);
  });

  it('serves clause grades and notes, version aliases, and sources with title and date', async () => {
    const v = await t.http().get('/api/plans/ev/versions/d1').expect(200);
    expect(v.body.aliases).toEqual(['the first draft', '2-point plan']);
    expect(
      (v.body.clauses as { grade: string; note: string | null }[]).map((c) => [c.grade, c.note]),
    ).toEqual([
      ['A', null],
      ['C', 'Wording as reported by one outlet.'],
    ]);
    expect(v.body.clauses[0].sources).toEqual([
      {
        url: 'https://example.org/text',
        outlet: 'Official',
        title: 'The text',
        date: '2025-11-20',
        language: 'en',
      },
    ]);
  });

  it('serves positions with grades, commentators without a party, and the article link', async () => {
    const r = await t.http().get('/api/plans/ev/positions').expect(200);
    const [p1, p2] = r.body;
    expect(p1).toMatchObject({
      key: 'p1',
      party: 'Russia',
      grade: 'A',
      article: expect.any(Number),
    });
    expect(p2).toMatchObject({
      key: 'p2',
      party: null,
      grade: 'B',
      article: null,
      actor: { name: 'An Analyst', role: 'commentator' },
    });
    const articles = await t.http().get('/api/plans/ev/articles').expect(200);
    expect(articles.body.items).toEqual([
      expect.objectContaining({
        id: p1.article,
        key: 'a1',
        title: 'Kremlin rejects draft',
        sha256: 'a'.repeat(64),
      }),
    ]);
    const one = await t.http().get(`/api/plans/ev/articles/${p1.article}`).expect(200);
    expect(one.body).toMatchObject({ text: null, statements: [] });
    // Metadata only: there is nothing to re-extract.
    await t
      .http()
      .post(`/api/plans/ev/articles/${p1.article}/extract`)
      .set('Authorization', t.auth('editor'))
      .expect(409);
  });

  it('reads the new fields back into the corpus shape, and seeds idempotently', async () => {
    const again = await t.app.get(SeedRepository).seed(CORPUS, seeder);
    expect(again.positions).toEqual({ created: 0, unchanged: 2 });
    const snap = (await t.app.get(SnapshotRepository).load('ev'))!;
    const v = snap.versions[0]!;
    expect(v.aliases).toEqual(CORPUS.versions[0]!.aliases);
    expect(v.clauses.map((c) => [c.grade, c.note])).toEqual([
      ['A', undefined],
      ['C', 'Wording as reported by one outlet.'],
    ]);
    expect(snap.positions.map((p) => [p.id, p.party, p.grade, p.article])).toEqual([
      ['p1', 'Russia', 'A', 'a1'],
      ['p2', null, 'B', undefined],
    ]);
    expect(snap.sources).toEqual([
      {
        url: 'https://example.org/text',
        outlet: 'Official',
        language: 'en',
        title: 'The text',
        date: '2025-11-20',
      },
      {
        url: 'https://example.org/report',
        outlet: 'Test Wire',
        language: 'en',
        title: 'A report',
        date: null,
      },
    ]);
    expect(snap.actors).toEqual(
      expect.arrayContaining(CORPUS.actors!.map((a): unknown => expect.objectContaining(a))),
    );
    expect(snap.articles).toEqual([
      {
        id: 'a1',
        title: 'Kremlin rejects draft',
        outlet: 'Test Wire',
        date: '2025-11-21',
        url: 'https://example.org/report',
        language: 'en',
        sha256: 'a'.repeat(64),
      },
    ]);
  });

  it('gives the extractor the stored registry: an imported article can be accepted for a seeded actor', async () => {
    const r = await t
      .http()
      .post('/api/plans/ev/articles')
      .set('Authorization', t.auth('editor'))
      .send({
        outlet: 'Wire',
        date: '2025-11-23',
        text: 'Talks\n\nPeskov told reporters: “Sanctions must go first.”',
      })
      .expect(201);
    const s = (r.body.statements as { id: number; quote: string; speaker: string }[]).find(
      (x) => x.quote === 'Sanctions must go first.',
    );
    // The surname alone names the seeded actor: the registry came from the database.
    expect(s?.speaker).toBe('Dmitry Peskov');
    const ok = await t
      .http()
      .post(`/api/plans/ev/statements/${s!.id}/accept`)
      .set('Authorization', t.auth('editor'))
      .send({ speaker: 'Dmitry Peskov', party: 'Russia', target: { version: 'd1', clause: '2' } })
      .expect(201);
    // The stored actor keeps its registry role; the direct quote defaults to grade A.
    expect(ok.body.position).toMatchObject({
      actor: { name: 'Dmitry Peskov', role: 'official' },
      grade: 'A',
      clause: '2',
    });
  });
});
