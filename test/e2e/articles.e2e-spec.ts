import { DB } from '../../src/db/database.module';
import type { Db } from '../../src/db/client';
import { encodeCp1251 } from '../import/build';
import { BACKENDS, SAMPLE_TEXT, useTestApp } from '../support/e2e';
import type { TestApp } from '../support/e2e';

const PLAN = 'news';
const API = `/api/plans/${PLAN}`;
const PROBLEM = /^application\/problem\+json/;
const UPLOAD_LIMIT = 64 * 1024;

// Written for these tests: one named speaker and one direct quote a paragraph, a shape the real
// extractor finds with an empty registry (these tests are about storage and review, not recall).
const ARTICLE = [
  'Moscow weighs the draft',
  '',
  'Kremlin spokesman Dmitry Peskov told reporters on Monday: “Some provisions are acceptable, others are not.”',
  '',
  'Diplomat Anna Berg told reporters: “A ceiling of 600,000 in the draft is not acceptable.”',
  '',
  'Talks are expected to continue next week.',
].join('\n');

interface Stmt {
  id: number;
  quote: string;
  span: [number, number];
  status: string;
  position: number | null;
  engineVersion: string;
}

async function state(t: TestApp) {
  const articles = await t.http().get(`${API}/articles?limit=500`).expect(200);
  const audit = await t
    .http()
    .get(`${API}/audit?limit=1000`)
    .set('Authorization', t.auth('admin'))
    .expect(200);
  const positions = await t.http().get(`${API}/positions`).expect(200);
  return {
    articles: articles.body.total as number,
    audit: (audit.body as unknown[]).length,
    positions: (positions.body as unknown[]).length,
  };
}

describe.each(BACKENDS)('articles, statements and review (%s)', (backend) => {
  const t = useTestApp(backend, { uploadLimitBytes: UPLOAD_LIMIT });
  const post = (path: string, body: object, role: 'editor' | 'viewer' = 'editor') =>
    t.http().post(path).set('Authorization', t.auth(role)).send(body);
  let articleId = 0;
  let statements: Stmt[] = [];

  beforeAll(async () => {
    await post('/api/plans', { slug: PLAN, title: 'News' }).expect(201);
    await post(`${API}/versions`, {
      slug: 'v1',
      title: 'First draft',
      date: '2025-11-20',
      text: SAMPLE_TEXT,
    }).expect(201);
  });

  it('stores an article with its statements proposed, spans into its text, audited', async () => {
    const r = await post(`${API}/articles`, {
      title: 'Moscow weighs the draft',
      outlet: 'Test Wire',
      date: '2025-11-24',
      url: 'https://example.org/news/1',
      language: 'en',
      text: ARTICLE,
    }).expect(201);
    articleId = r.body.id;
    expect(r.body).toMatchObject({
      title: 'Moscow weighs the draft',
      outlet: 'Test Wire',
      date: '2025-11-24',
      url: 'https://example.org/news/1',
      language: 'en',
      text: ARTICLE,
    });
    expect(r.body.sha256).toMatch(/^[0-9a-f]{64}$/);
    statements = r.body.statements;
    const quotes = statements.map((s) => s.quote);
    expect(quotes).toEqual(
      expect.arrayContaining([
        expect.stringContaining('Some provisions are acceptable'),
        expect.stringContaining('A ceiling of 600,000'),
      ]),
    );
    for (const s of statements) {
      expect(s.status).toBe('proposed');
      expect(ARTICLE.slice(s.span[0], s.span[1])).toBe(s.quote);
      expect(s.engineVersion).toEqual(expect.any(String));
    }
    expect(r.body.review).toEqual({ proposed: statements.length, accepted: 0, rejected: 0 });
    const audit = await t
      .http()
      .get(`${API}/audit`)
      .set('Authorization', t.auth('admin'))
      .expect(200);
    expect(audit.body[0]).toMatchObject({ action: 'article.create' });
  });

  it('answers the same text again with the stored record: 200, no duplicate, no audit', async () => {
    const before = await state(t);
    // Windows line endings and a byte-order mark: the same article as stored.
    const r = await post(`${API}/articles`, {
      outlet: 'Another Outlet',
      date: '2025-11-25',
      text: '\uFEFF' + ARTICLE.replace(/\n/g, '\r\n'),
    }).expect(200);
    expect(r.body).toMatchObject({ id: articleId, outlet: 'Test Wire' });
    expect(await state(t)).toEqual(before);
  });

  it('lists articles without their text, paginated; one article with its statements', async () => {
    const list = await t.http().get(`${API}/articles?limit=1&offset=0`).expect(200);
    expect(list.body).toMatchObject({ total: 1, limit: 1, offset: 0 });
    expect(list.body.items[0]).toMatchObject({ id: articleId, title: 'Moscow weighs the draft' });
    expect(list.body.items[0]).not.toHaveProperty('text');
    const empty = await t.http().get(`${API}/articles?limit=1&offset=1`).expect(200);
    expect(empty.body.items).toEqual([]);
    const one = await t.http().get(`${API}/articles/${articleId}`).expect(200);
    expect(one.body.statements).toHaveLength(statements.length);
    await t.http().get(`${API}/articles/999999`).expect(404);
    await t.http().get(`${API}/articles?limit=0`).expect(400);
  });

  it.each([
    ['empty text', { outlet: 'W', date: '2025-11-24', text: ' \n\t ' }, 422, 'empty-text'],
    [
      'an impossible date',
      { outlet: 'W', date: '2025-02-30', text: 'x' },
      400,
      'validation-failed',
    ],
    [
      'a date in another format',
      { outlet: 'W', date: '24.11.2025', text: 'x' },
      400,
      'validation-failed',
    ],
    ['no outlet', { date: '2025-11-24', text: 'Words.' }, 400, 'validation-failed'],
    ['no text and no file', { outlet: 'W', date: '2025-11-24' }, 400, 'validation-failed'],
    // NUL and lone surrogates are refused for every JSON body before any route runs (the body
    // guard): a field error naming `text`. The same bytes as a file get the importer's codes below.
    [
      'binary data',
      { outlet: 'W', date: '2025-11-24', text: 'PK\u0003\u0004\u0000' },
      400,
      'validation-failed',
    ],
    [
      'a lone surrogate',
      { outlet: 'W', date: '2025-11-24', text: 'a\uD800b' },
      400,
      'validation-failed',
    ],
    [
      'too much text',
      { outlet: 'W', date: '2025-11-24', text: 'й'.repeat(UPLOAD_LIMIT) },
      413,
      'too-large',
    ],
    [
      'an unknown field',
      { outlet: 'W', date: '2025-11-24', text: 'x', author: 'me' },
      400,
      'validation-failed',
    ],
  ])('refuses %s, storing nothing', async (_, body, status, code) => {
    const before = await state(t);
    const r = await post(`${API}/articles`, body).expect(status);
    expect(r.headers['content-type']).toMatch(PROBLEM);
    expect(r.body.code).toBe(code);
    const text = (body as { text?: string }).text ?? '';
    if (text.includes('\u0000') || /[\uD800-\uDFFF]/u.test(text)) {
      expect(JSON.stringify(r.body.errors)).toContain('text');
    }
    expect(await state(t)).toEqual(before);
  });

  it('refuses writes without an editor token and articles for an unknown plan', async () => {
    const body = { outlet: 'W', date: '2025-11-24', text: 'Unstored “words”.' };
    const before = await state(t);
    await t.http().post(`${API}/articles`).send(body).expect(401);
    await post(`${API}/articles`, body, 'viewer').expect(403);
    await post('/api/plans/nope/articles', body).expect(404);
    await t
      .http()
      .post(`${API}/statements/${statements[0]!.id}/reject`)
      .send({ reason: 'x' })
      .expect(401);
    expect(await state(t)).toEqual(before);
  });

  it('reads uploads through the importers: a cp1251 text file and an HTML page', async () => {
    const ru = 'Песков заявил: «Работа продолжается».\nОн добавил: “Это не окончательный текст”.';
    const txt = await t
      .http()
      .post(`${API}/articles`)
      .set('Authorization', t.auth('editor'))
      .field('outlet', 'ТАСС')
      .field('date', '2025-11-26')
      .attach('file', Buffer.from(encodeCp1251(ru)), { filename: 'tass.txt' })
      .expect(201);
    expect(txt.body).toMatchObject({ outlet: 'ТАСС', text: ru, title: expect.any(String) });
    const html = await t
      .http()
      .post(`${API}/articles`)
      .set('Authorization', t.auth('editor'))
      .field('outlet', 'Example Daily')
      .field('date', '2025-11-27')
      .field('title', 'Envoys meet')
      .attach(
        'file',
        Buffer.from(
          '<html><body><h1>Envoys meet</h1><p>The envoy John Carter said: “We are close to a deal.”</p><script>x()</script></body></html>',
        ),
        { filename: 'page.html' },
      )
      .expect(201);
    expect(html.body.text).toContain('The envoy John Carter said: “We are close to a deal.”');
    expect(html.body.text).not.toContain('x()');
    expect((html.body.statements as Stmt[]).map((s) => s.quote)).toContain(
      'We are close to a deal.',
    );
  });

  it.each([
    ['a JSON file', 'a.json', Buffer.from('{"clauses":[]}'), 415],
    ['an empty file', 'a.txt', Buffer.alloc(0), 422],
    ['a file over the limit', 'a.txt', Buffer.alloc(UPLOAD_LIMIT + 10, 0x61), 413],
    ['a PDF that is not one', 'a.pdf', Buffer.from('plain words, no PDF'), 422],
    ['binary data named .txt', 'a.txt', Buffer.from('PK\u0003\u0004\u0000\u0000 zip'), 422],
  ])('refuses %s upload, storing nothing', async (_, name, bytes, status) => {
    const before = await state(t);
    const r = await t
      .http()
      .post(`${API}/articles`)
      .set('Authorization', t.auth('editor'))
      .field('outlet', 'W')
      .field('date', '2025-11-24')
      .attach('file', bytes, { filename: name })
      .expect(status);
    expect(r.headers['content-type']).toMatch(PROBLEM);
    expect(await state(t)).toEqual(before);
  });

  it('lists proposed statements by article, paginated', async () => {
    const r = await t
      .http()
      .get(`${API}/statements?status=proposed&article=${articleId}&limit=1`)
      .expect(200);
    expect(r.body).toMatchObject({ total: statements.length, limit: 1, offset: 0 });
    expect(r.body.items).toHaveLength(1);
    expect(r.body.items[0]).toMatchObject({ article: articleId, status: 'proposed' });
    await t.http().get(`${API}/statements?status=maybe`).expect(400);
  });

  it('accepts a statement with corrections into a graded position linked to the article', async () => {
    const s = statements.find((x) => x.quote.includes('Some provisions'))!;
    const before = await state(t);
    // The stand-in names no speaker: an anonymous statement with no party cannot be accepted.
    const queue = (await t.http().get(`${API}/statements?article=${articleId}`)).body.items as {
      id: number;
      speaker: string | null;
      party: string | null;
    }[];
    if (queue.some((x) => x.id === s.id && x.speaker === null && x.party === null)) {
      await post(`${API}/statements/${s.id}/accept`, {}).expect(400);
    }
    await post(`${API}/statements/${s.id}/accept`, {
      speaker: 'Dmitry Peskov',
      party: 'Russia',
      target: { version: 'nope' },
    }).expect(404);
    await post(`${API}/statements/${s.id}/accept`, { grade: 'E' }).expect(400);
    expect(await state(t)).toEqual(before);
    const r = await post(`${API}/statements/${s.id}/accept`, {
      speaker: 'Dmitry Peskov',
      party: 'Russia',
      role: 'official',
      stance: 'conditional',
      target: { version: 'v1', clause: '2' },
      note: 'Kremlin spokesman',
    }).expect(201);
    expect(r.body.statement).toMatchObject({ id: s.id, status: 'accepted' });
    const position = r.body.position;
    expect(position).toMatchObject({
      party: 'Russia',
      actor: { name: 'Dmitry Peskov', role: 'official' },
      version: 'v1',
      clause: '2',
      stance: 'conditional',
      quote: s.quote,
      date: '2025-11-24',
      outlet: 'Test Wire',
      grade: 'A',
      article: articleId,
      statement: s.id,
      note: 'Kremlin spokesman',
    });
    expect(position.sources).toEqual([
      {
        url: 'https://example.org/news/1',
        outlet: 'Test Wire',
        title: 'Moscow weighs the draft',
        date: '2025-11-24',
        language: 'en',
      },
    ]);
    expect(r.body.statement.position).toBe(position.id);
    const listed = await t.http().get(`${API}/positions`).expect(200);
    expect(listed.body).toContainEqual(expect.objectContaining({ id: position.id, grade: 'A' }));
    const audit = await t
      .http()
      .get(`${API}/audit`)
      .set('Authorization', t.auth('admin'))
      .expect(200);
    expect(audit.body[0]).toMatchObject({
      action: 'statement.accept',
      target: `plan:${PLAN}/statement:${s.id}/position:${position.id}`,
    });
    // Reviewed once: a second accept or a reject is a conflict, and changes nothing.
    const after = await state(t);
    await post(`${API}/statements/${s.id}/accept`, {}).expect(409);
    await post(`${API}/statements/${s.id}/reject`, { reason: 'changed my mind' }).expect(409);
    expect(await state(t)).toEqual(after);
  });

  it('keeps commentators out of the parties: party null only with role commentator', async () => {
    const s = statements.find((x) => x.quote.includes('600,000'))!;
    await post(`${API}/statements/${s.id}/accept`, {
      speaker: 'A. Diplomat',
      party: null,
      role: 'official',
    }).expect(400);
    const r = await post(`${API}/statements/${s.id}/accept`, {
      speaker: 'An Analyst',
      party: null,
      role: 'commentator',
      grade: 'C',
    }).expect(201);
    expect(r.body.position).toMatchObject({
      party: null,
      actor: { name: 'An Analyst', role: 'commentator' },
      grade: 'C',
    });
  });

  it('rejects a proposed statement only with a reason', async () => {
    const other = await post(`${API}/articles`, {
      outlet: 'Wire',
      date: '2025-11-28',
      text: 'A headline\n\nMinister Pavel Orlov told reporters: “We will not sign this draft.”\n\nMinister Olga Demina told reporters: “Maybe later, after more talks.”',
    }).expect(201);
    const [a] = other.body.statements as Stmt[];
    const before = await state(t);
    await post(`${API}/statements/${a!.id}/reject`, {}).expect(400);
    await post(`${API}/statements/${a!.id}/reject`, { reason: '   ' }).expect(400);
    await post(`${API}/statements/999999/reject`, { reason: 'x' }).expect(404);
    expect(await state(t)).toEqual(before);
    const r = await post(`${API}/statements/${a!.id}/reject`, {
      reason: 'Not about the plan.',
    }).expect(200);
    expect(r.body).toMatchObject({ status: 'rejected', reason: 'Not about the plan.' });
    const audit = await t
      .http()
      .get(`${API}/audit`)
      .set('Authorization', t.auth('admin'))
      .expect(200);
    expect(audit.body[0]).toMatchObject({ action: 'statement.reject' });
  });

  it('re-extracts: replaces proposed statements of older engines, never reviewed ones', async () => {
    const db = t.app.get<Db>(DB);
    const fresh = await post(`${API}/articles`, {
      outlet: 'Wire',
      date: '2025-11-29',
      text: 'Envoys\n\nEnvoy Mark Hill told reporters: “First words on the draft.”\n\nEnvoy Lena Park told reporters: “Second words on the draft.”\n\nEnvoy Tom Reed told reporters: “Third words on the draft.”',
    }).expect(201);
    const id = fresh.body.id as number;
    const [first, second] = fresh.body.statements as Stmt[];
    await post(`${API}/statements/${first!.id}/accept`, {
      speaker: 'Envoy One',
      party: 'Ukraine',
      target: { version: 'v1' },
    }).expect(201);
    await post(`${API}/statements/${second!.id}/reject`, { reason: 'Duplicate.' }).expect(200);
    const positionBefore = (
      (await t.http().get(`${API}/positions`).expect(200)).body as {
        id: number;
        statement: number | null;
      }[]
    ).find((p) => p.statement === first!.id)!;
    // Pretend the remaining proposed statements came from an older engine.
    await db.statement.updateMany({
      where: { articleId: id, status: { not: 'proposed' } },
      data: { engineVersion: '0.0.0-old' },
    });
    await db.statement.updateMany({
      where: { articleId: id, status: 'proposed' },
      data: { engineVersion: '0.0.0-old' },
    });
    const audit = (
      await t.http().get(`${API}/audit?limit=1000`).set('Authorization', t.auth('admin'))
    ).body.length as number;
    const r = await post(`${API}/articles/${id}/extract`, {}).expect(200);
    expect(r.body.replaced).toBe(fresh.body.statements.length - 2);
    expect(r.body.created).toBe(fresh.body.statements.length - 2);
    expect(
      (await t.http().get(`${API}/audit?limit=1000`).set('Authorization', t.auth('admin'))).body
        .length,
    ).toBe(audit + 1);
    const after = (await t.http().get(`${API}/articles/${id}`).expect(200)).body
      .statements as Stmt[];
    expect(after.find((s) => s.id === first!.id)).toMatchObject({
      status: 'accepted',
      engineVersion: '0.0.0-old',
      position: positionBefore.id,
    });
    expect(after.find((s) => s.id === second!.id)).toMatchObject({ status: 'rejected' });
    const proposed = after.filter((s) => s.status === 'proposed');
    expect(proposed).toHaveLength(fresh.body.statements.length - 2);
    expect(proposed.every((s) => s.engineVersion !== '0.0.0-old')).toBe(true);
    // Reviewed spans are not proposed again.
    const spans = after.map((s) => s.span.join(':'));
    expect(new Set(spans).size).toBe(spans.length);
    const positionAfter = (
      (await t.http().get(`${API}/positions`).expect(200)).body as { id: number }[]
    ).find((p) => p.id === positionBefore.id);
    expect(positionAfter).toEqual(positionBefore);
    // Again with the same engine: nothing changes.
    const again = await post(`${API}/articles/${id}/extract`, {}).expect(200);
    expect(again.body).toMatchObject({ created: 0, replaced: 0 });
    await post(`${API}/articles/999999/extract`, {}).expect(404);
  });

  it('takes a validated grade on positions, and a party-less position only from a commentator', async () => {
    const base = { stance: 'opposes', version: 'v1', clause: '1', quote: 'No.' };
    const before = await state(t);
    await post(`${API}/positions`, { ...base, party: 'Russia', grade: 'E' }).expect(400);
    await post(`${API}/positions`, { ...base, actor: 'Someone', actorRole: 'official' }).expect(
      400,
    );
    expect(await state(t)).toEqual(before);
    const graded = await post(`${API}/positions`, { ...base, party: 'Russia', grade: 'B' }).expect(
      201,
    );
    expect(graded.body).toMatchObject({ grade: 'B', article: null, statement: null });
    const c = await post(`${API}/positions`, {
      ...base,
      actor: 'Think Tank',
      actorRole: 'commentator',
    }).expect(201);
    expect(c.body).toMatchObject({ party: null, grade: null });
  });

  it('shows clause grades and notes on versions (null when not recorded)', async () => {
    const v = await t.http().get(`${API}/versions/v1`).expect(200);
    for (const c of v.body.clauses) expect(c).toMatchObject({ grade: null, note: null });
    expect(v.body.aliases).toEqual([]);
  });
});
