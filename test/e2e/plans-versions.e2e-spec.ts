import { BACKENDS, SAMPLE_TEXT, pluck, useTestApp } from '../support/e2e';

const PROBLEM = /^application\/problem\+json/;

describe.each(BACKENDS)('plans and versions (%s)', (backend) => {
  const t = useTestApp(backend);

  it('serves health, the OpenAPI document and Swagger UI', async () => {
    const health = await t.http().get('/api/health').expect(200);
    expect(health.body).toMatchObject({ status: 'ok', database: backend });
    expect(health.headers['x-content-type-options']).toBe('nosniff'); // helmet
    const doc = await t.http().get('/api/openapi.json').expect(200);
    expect(doc.body.openapi).toMatch(/^3\./);
    expect(Object.keys(doc.body.paths as object)).toEqual(
      expect.arrayContaining(['/api/plans', '/api/plans/{plan}/compare']),
    );
    const ui = await t.http().get('/api/docs').redirects(1).expect(200);
    expect(ui.text).toContain('swagger');
  });

  it('creates, lists and reads plans; a duplicate slug is 409', async () => {
    await t
      .http()
      .post('/api/plans')
      .set('Authorization', t.auth('editor'))
      .send({ slug: 'peace', title: 'Peace plan', description: 'drafts' })
      .expect(201)
      .expect((r) => expect(r.body).toMatchObject({ slug: 'peace', versionCount: 0 }));
    const list = await t.http().get('/api/plans').expect(200);
    expect(pluck(list.body, 'slug')).toContain('peace');
    await t.http().get('/api/plans/peace').expect(200);
    const dup = await t
      .http()
      .post('/api/plans')
      .set('Authorization', t.auth('admin'))
      .send({ slug: 'peace', title: 'Again' })
      .expect(409);
    expect(dup.headers['content-type']).toMatch(PROBLEM);
    expect(dup.body).toMatchObject({ status: 409, title: 'Conflict' });
  });

  it('404s unknown plans and versions as problem+json', async () => {
    const r = await t.http().get('/api/plans/nope').expect(404);
    expect(r.headers['content-type']).toMatch(PROBLEM);
    expect(r.body).toMatchObject({
      type: expect.any(String),
      status: 404,
      detail: expect.any(String),
    });
    await t.http().get('/api/plans/nope/versions').expect(404);
    await t.http().get('/api/plans/peace/versions/nope').expect(404);
    await t.http().get('/api/nowhere').expect(404);
  });

  it('stores a version from text (segmented) and reads it back with its clauses', async () => {
    const created = await t
      .http()
      .post('/api/plans/peace/versions')
      .set('Authorization', t.auth('editor'))
      .send({ slug: 'v1', title: 'First draft', date: '2025-11-20', text: SAMPLE_TEXT, grade: 'B' })
      .expect(201);
    expect(pluck(created.body.clauses, 'label')).toEqual(['1', '2', '3', '3a', '3b', '4']);
    const got = await t.http().get('/api/plans/peace/versions/v1').expect(200);
    expect(got.body).toMatchObject({ slug: 'v1', basis: 'text', grade: 'B', parents: [] });
    expect(got.body.clauses[3]).toMatchObject({ label: '3a', parent: '3', status: 'text' });
  });

  it('stores a version from clauses with sources, parents, status and topics', async () => {
    const body = {
      slug: 'v2',
      title: 'Counter-proposal',
      date: '2025-11-23',
      basis: 'mixed',
      grade: 'C',
      parents: ['v1'],
      clauses: [
        {
          label: '1',
          text: 'Ukraine will not join NATO without consensus.',
          topics: ['nato'],
          sources: [{ url: 'https://example.org/a', outlet: 'Example', date: '2025-11-23' }],
        },
        { label: '2', text: 'Point two is reported only.', status: 'reported' },
        { label: '2a', text: 'A sub-point.', parent: '2' },
        { label: '9', text: '', status: 'placeholder' },
      ],
    };
    const r = await t
      .http()
      .post('/api/plans/peace/versions')
      .set('Authorization', t.auth('editor'))
      .send(body)
      .expect(201);
    expect(r.body.parents).toEqual(['v1']);
    expect(r.body.clauses[0].sources).toEqual([
      {
        url: 'https://example.org/a',
        outlet: 'Example',
        title: null,
        date: '2025-11-23',
        language: null,
      },
    ]);
    expect(r.body.clauses[0].topics).toEqual(['nato']);
    expect(r.body.clauses[2].parent).toBe('2');
    const list = await t.http().get('/api/plans/peace/versions').expect(200);
    expect(pluck(list.body, 'slug')).toEqual(['v1', 'v2']);
    // Versions are immutable: the same slug again is a conflict, even with other content.
    const again = await t
      .http()
      .post('/api/plans/peace/versions')
      .set('Authorization', t.auth('editor'))
      .send({ ...body, title: 'changed' })
      .expect(409);
    expect(again.body.code).toBe('version-exists');
  });

  it('validates bodies: unknown fields, missing fields, bad enums, both text and clauses', async () => {
    const post = (body: object) =>
      t.http().post('/api/plans/peace/versions').set('Authorization', t.auth('editor')).send(body);
    const unknown = await post({
      slug: 'x',
      title: 't',
      date: '2025-01-01',
      text: '1. a',
      evil: 1,
    });
    expect(unknown.status).toBe(400);
    expect(unknown.headers['content-type']).toMatch(PROBLEM);
    expect(unknown.body.errors).toEqual(
      expect.arrayContaining([expect.objectContaining({ field: 'evil' })]),
    );
    const missing = await post({ slug: 'x' }).expect(400);
    const fields = pluck(missing.body.errors, 'field');
    expect(fields).toEqual(expect.arrayContaining(['title', 'date']));
    const nested = await post({
      slug: 'x',
      title: 't',
      date: '2025-01-01',
      clauses: [{ label: '1', text: 'a', status: 'bogus', sources: [{ url: 'not a url' }] }],
    }).expect(400);
    expect(pluck(nested.body.errors, 'field')).toEqual(
      expect.arrayContaining(['clauses.0.status', 'clauses.0.sources.0.url']),
    );
    await post({
      slug: 'x',
      title: 't',
      date: '2025-01-01',
      text: '1. a',
      clauses: [{ label: '1', text: 'a' }],
    }).expect(400);
    await post({ slug: 'x', title: 't', date: '2025-01-01' }).expect(400);
    await post({ slug: 'Bad Slug', title: 't', date: '2025-01-01', text: '1. a' }).expect(400);
    await post({
      slug: 'x',
      title: 't',
      date: '2025-01-01',
      text: '1. a',
      parents: ['ghost'],
    }).expect(400);
    const dupLabel = await post({
      slug: 'x',
      title: 't',
      date: '2025-01-01',
      clauses: [
        { label: '1', text: 'a' },
        { label: '1', text: 'b' },
      ],
    }).expect(400);
    expect(dupLabel.body.errors[0].field).toBe('clauses.1.label');
    // Text with no numbered points: the engine refuses it, mapped to 422.
    const noClauses = await post({ slug: 'x', title: 't', date: '2025-01-01', text: '' });
    expect(noClauses.status).toBe(422);
    expect(noClauses.body.code).toBe('no-clauses');
  });

  it('answers malformed JSON with 400 and an oversized body with 413, then keeps serving', async () => {
    const bad = await t
      .http()
      .post('/api/plans')
      .set('Authorization', t.auth('editor'))
      .set('Content-Type', 'application/json')
      .send('{"slug": "x",')
      .expect(400);
    expect(bad.headers['content-type']).toMatch(PROBLEM);
    expect(bad.body.code).toBe('malformed-json');
    const big = JSON.stringify({
      slug: 'big',
      title: 't',
      date: '2025-01-01',
      text: 'x'.repeat(t.config.bodyLimitBytes + 10),
    });
    const tooLarge = await t
      .http()
      .post('/api/plans/peace/versions')
      .set('Authorization', t.auth('editor'))
      .set('Content-Type', 'application/json')
      .send(big);
    expect(tooLarge.status).toBe(413);
    expect(tooLarge.headers['content-type']).toMatch(PROBLEM);
    await t.http().get('/api/health').expect(200);
  });

  it('stores SQL-injection-like and HTML strings verbatim', async () => {
    const nasty = `'; DROP TABLE "Plan"; -- <script>alert("x")</script> & \u0000 ü 💥`;
    const title = nasty.replace('\u0000', ''); // PostgreSQL text cannot hold NUL
    await t
      .http()
      .post('/api/plans')
      .set('Authorization', t.auth('editor'))
      .send({ slug: 'nasty', title, description: `<img src=x onerror=alert(1)>` })
      .expect(201);
    const plan = await t.http().get('/api/plans/nasty').expect(200);
    expect(plan.body.title).toBe(title);
    expect(plan.body.description).toBe('<img src=x onerror=alert(1)>');
    expect(plan.headers['content-type']).toMatch(/^application\/json/);
    await t
      .http()
      .post('/api/plans/nasty/versions')
      .set('Authorization', t.auth('editor'))
      .send({
        slug: 'v1',
        title,
        date: '2025-01-01',
        clauses: [{ label: "1' OR '1'='1", text: title }],
      })
      .expect(201);
    const v = await t.http().get('/api/plans/nasty/versions/v1').expect(200);
    expect(v.body.clauses[0]).toMatchObject({ label: "1' OR '1'='1", text: title });
    expect((await t.http().get('/api/plans').expect(200)).body.length).toBeGreaterThanOrEqual(2);
  });

  it('handles concurrent writes: distinct versions all land, one slug wins exactly once', async () => {
    await t
      .http()
      .post('/api/plans')
      .set('Authorization', t.auth('editor'))
      .send({ slug: 'busy', title: 'Busy' })
      .expect(201);
    const post = (slug: string) =>
      t
        .http()
        .post('/api/plans/busy/versions')
        .set('Authorization', t.auth('editor'))
        .send({ slug, title: slug, date: '2025-01-01', text: SAMPLE_TEXT });
    const distinct = await Promise.all(Array.from({ length: 8 }, (_, i) => post(`v${i}`)));
    expect(distinct.map((r) => r.status)).toEqual(Array(8).fill(201));
    const same = await Promise.all(Array.from({ length: 6 }, () => post('same')));
    const statuses = same.map((r) => r.status).sort();
    expect(statuses.filter((s) => s === 201)).toHaveLength(1);
    expect(statuses.filter((s) => s === 409)).toHaveLength(5);
    const list = await t.http().get('/api/plans/busy/versions').expect(200);
    expect(list.body).toHaveLength(9);
    const same2 = await t.http().get('/api/plans/busy/versions/same').expect(200);
    expect(same2.body.clauses).toHaveLength(6);
  });
});
