import { BACKENDS, useTestApp } from '../support/e2e';
import { TokensService } from '../../src/modules/tokens/tokens.service';
import { concrete, writeRoutes } from '../support/routes';

describe.each(BACKENDS)('access control (%s)', (backend) => {
  const t = useTestApp(backend);

  it('refuses every non-GET route without a token (so a new unguarded route fails CI)', async () => {
    const writes = writeRoutes(t);
    // The API has at least these writes; if enumeration broke, the test must not pass vacuously.
    expect(writes.length).toBeGreaterThanOrEqual(5);
    for (const r of writes) {
      const method = r.method.toLowerCase() as 'post' | 'delete' | 'put' | 'patch';
      const res = await t.http()[method](concrete(r.path)).send({});
      expect({ route: `${r.method} ${r.path}`, status: res.status }).toEqual({
        route: `${r.method} ${r.path}`,
        status: 401,
      });
      expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    }
  });

  it('401s a missing, malformed, unknown or revoked token and 403s the wrong role', async () => {
    const body = { slug: 'guarded', title: 'Guarded' };
    await t.http().post('/api/plans').send(body).expect(401);
    await t.http().post('/api/plans').set('Authorization', 'Basic abc').send(body).expect(401);
    await t
      .http()
      .post('/api/plans')
      .set('Authorization', 'Bearer pd_nope_nope')
      .send(body)
      .expect(401);
    const forbidden = await t
      .http()
      .post('/api/plans')
      .set('Authorization', t.auth('viewer'))
      .send(body)
      .expect(403);
    expect(forbidden.body).toMatchObject({ status: 403, code: 'forbidden' });
    const tokens = t.app.get(TokensService);
    const { token, record } = await tokens.create('editor', 'short-lived', { tokenId: 'test' });
    await t
      .http()
      .post('/api/plans')
      .set('Authorization', `Bearer ${token}`)
      .send(body)
      .expect(201);
    expect(await tokens.revoke(record.id, { tokenId: 'test' })).toBe(true);
    await t
      .http()
      .post('/api/plans')
      .set('Authorization', `Bearer ${token}`)
      .send({ slug: 'guarded-2', title: 'x' })
      .expect(401);
  });

  it('leaves reads open by default and sends CORS headers only when configured', async () => {
    const r = await t.http().get('/api/plans').set('Origin', 'https://dash.example').expect(200);
    expect(r.headers['access-control-allow-origin']).toBeUndefined();
  });
});

describe.each(BACKENDS)('access control with read tokens required (%s)', (backend) => {
  const t = useTestApp(backend, {
    requireReadToken: true,
    corsOrigins: ['https://dash.example'],
    rateLimit: { ttlMs: 60_000, limit: 40 },
  });

  it('needs a viewer token for reads', async () => {
    const anon = await t.http().get('/api/plans').expect(401);
    expect(anon.headers['www-authenticate']).toMatch(/^Bearer realm=/);
    await t.http().get('/api/plans').set('Authorization', t.auth('viewer')).expect(200);
    await t.http().get('/api/health').set('Authorization', t.auth('admin')).expect(200);
  });

  it('leaves /api/health open (liveness, no plan data) and puts the API docs behind the token', async () => {
    const health = await t.http().get('/api/health').expect(200);
    expect(Object.keys(health.body as object).sort()).toEqual([
      'database',
      'engineVersion',
      'status',
    ]);
    for (const path of ['/api/openapi.json', '/api/docs', '/api/docs/']) {
      const res = await t.http().get(path);
      expect({ path, status: res.status }).toEqual({ path, status: 401 });
    }
    await t.http().get('/api/openapi.json').set('Authorization', t.auth('viewer')).expect(200);
  });

  it('keeps the audit trail for admins, and deletions for admins and (own links) editors', async () => {
    await t.http().get('/api/plans/x/audit').set('Authorization', t.auth('editor')).expect(403);
    await t.http().get('/api/plans/x/audit').set('Authorization', t.auth('viewer')).expect(403);
    await t.http().get('/api/plans/x/audit').set('Authorization', t.auth('admin')).expect(404);
    await t
      .http()
      .delete('/api/plans/x/links/1')
      .set('Authorization', t.auth('viewer'))
      .expect(403);
    await t.http().delete('/api/plans/x/links/1').set('Authorization', t.auth('admin')).expect(404);
    // An editor reaches the route; whose link it is decides (curation.e2e-spec.ts).
    await t
      .http()
      .delete('/api/plans/x/links/1')
      .set('Authorization', t.auth('editor'))
      .expect(404);
  });

  it('sends CORS headers for a configured origin', async () => {
    const r = await t
      .http()
      .get('/api/plans')
      .set('Origin', 'https://dash.example')
      .set('Authorization', t.auth('viewer'))
      .expect(200);
    expect(r.headers['access-control-allow-origin']).toBe('https://dash.example');
  });

  it('rate-limits with 429 problem+json', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 45; i++) {
      statuses.push(
        (await t.http().get('/api/plans').set('Authorization', t.auth('viewer'))).status,
      );
    }
    expect(statuses).toContain(429);
    const limited = await t.http().get('/api/plans').set('Authorization', t.auth('viewer'));
    expect(limited.status).toBe(429);
    expect(limited.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(limited.body).toMatchObject({ title: 'Too Many Requests', code: 'rate-limited' });
    expect((limited.body as { detail: string }).detail).not.toMatch(/ThrottlerException/);
    // The dashboard's files and the docs have their own budget of the same size.
    const edge: number[] = [];
    for (let i = 0; i < 45; i++) edge.push((await t.http().get('/assets/app.css')).status);
    expect(edge).toContain(429);
    const docs = await t.http().get('/api/openapi.json').set('Authorization', t.auth('viewer'));
    expect(docs.status).toBe(429);
    expect(docs.headers['retry-after']).toMatch(/^\d+$/);
  });
});
