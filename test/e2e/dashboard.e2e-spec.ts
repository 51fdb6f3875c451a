import { BACKENDS, useTestApp } from '../support/e2e';

interface Hit {
  version: string;
  label: string;
  status: string;
  text: string;
}

describe.each(BACKENDS)('clause search and the dashboard shell (%s)', (backend) => {
  const t = useTestApp(backend);

  it('finds clauses of every version containing all terms, by date', async () => {
    const res = await t
      .http()
      .get('/api/plans/ukraine-2025/search')
      .query({ q: 'armed forces 800,000' })
      .expect(200);
    const hits = res.body.results as Hit[];
    expect(res.body.total).toBe(hits.length);
    expect(hits.map((h) => `${h.version}:${h.label}`)).toContain('v20:4');
    for (const h of hits) expect(h.text.toLowerCase()).toContain('800,000');
    expect(hits.map((h) => h.version)).not.toContain('v28');
  });

  it('marks reported items and honours the limit', async () => {
    // 'frozen' hits text clauses and reported items alike (the status is a field, not a prefix).
    const all = await t.http().get('/api/plans/ukraine-2025/search?q=frozen').expect(200);
    expect((all.body.results as Hit[]).some((h) => h.status === 'reported')).toBe(true);
    const res = await t
      .http()
      .get('/api/plans/ukraine-2025/search')
      .query({ q: 'frozen', limit: 2 })
      .expect(200);
    expect(res.body.results).toHaveLength(2);
    expect(res.body.total).toBe(all.body.total);
    expect(res.body.total).toBeGreaterThan(2);
  });

  it('refuses a missing query and an unknown plan with problem+json', async () => {
    const bad = await t.http().get('/api/plans/ukraine-2025/search').expect(400);
    expect(bad.body.code).toBe('validation-failed');
    const missing = await t.http().get('/api/plans/nope/search?q=x').expect(404);
    expect(missing.headers['content-type']).toMatch(/application\/problem\+json/);
  });

  it('serves the shell with a strict CSP on client routes, and leaves /api 404s as JSON', async () => {
    for (const path of [
      '/',
      '/plans/ukraine-2025',
      '/plans/ukraine-2025/compare?from=v28&to=v20',
    ]) {
      const res = await t.http().get(path).expect(200);
      expect(res.headers['content-type']).toMatch(/text\/html/);
      expect(res.headers['content-security-policy']).toContain("default-src 'self'");
      expect(res.text).toContain('<main');
    }
    const js = await t.http().get('/assets/js/main.js').expect(200);
    expect(js.headers['content-type']).toMatch(/javascript/);
    const api = await t.http().get('/api/plans/ukraine-2025/nothing').expect(404);
    expect(api.headers['content-type']).toMatch(/application\/problem\+json/);
    await t.http().get('/assets/nothing.js').expect(404);
    // Swagger UI keeps working: it needs inline scripts, so it must not get the dashboard's CSP.
    const docs = await t.http().get('/api/docs/').expect(200);
    expect(docs.headers['content-security-policy']).toBeUndefined();
  });
});
