import { strFromU8, unzipSync } from 'fflate';
import type { Response } from 'supertest';
import { BACKENDS, useTestApp } from '../support/e2e';
import { concrete, writeRoutes } from '../support/routes';

/** Strings that would run or break out of markup if any HTML (or XML) output forgot to escape. */
const SCRIPT = '<script>alert(1)</script>';
const ATTRIBUTE = '"><img src=x onerror=alert(1)>';
const ENTITY = 'Tom &amp; Jerry';
const BAD_TOKENS = [
  'Bearer pd_nope_nope',
  'Bearer ',
  'Basic YWRtaW46YWRtaW4=',
  'pd_x_y',
  'Bearer x',
];

function binary(res: Response, callback: (err: Error | null, body: Buffer) => void): void {
  const chunks: Buffer[] = [];
  res.on('data', (c: Buffer) => chunks.push(c));
  res.on('end', () => callback(null, Buffer.concat(chunks)));
}

describe.each(BACKENDS)('security (%s)', (backend) => {
  const t = useTestApp(backend, { bodyLimitBytes: 16 * 1024 });
  const write = (path: string, body: object) =>
    t.http().post(path).set('Authorization', t.auth('admin')).send(body);

  it('refuses every non-GET route with a missing or invalid token: 401 problem+json', async () => {
    const writes = writeRoutes(t);
    expect(writes.length).toBeGreaterThanOrEqual(5);
    for (const r of writes) {
      const method = r.method.toLowerCase() as 'post' | 'delete' | 'put' | 'patch';
      for (const auth of [undefined, ...BAD_TOKENS]) {
        const req = t.http()[method](concrete(r.path));
        const res = await (auth === undefined ? req : req.set('Authorization', auth)).send({});
        expect({ route: `${r.method} ${r.path}`, auth, status: res.status }).toEqual({
          route: `${r.method} ${r.path}`,
          auth,
          status: 401,
        });
        expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
      }
    }
  });

  it('answers an oversized body with 413 problem+json before touching the database', async () => {
    const res = await write('/api/plans', { slug: 'huge', title: 'x'.repeat(20 * 1024) });
    expect(res.status).toBe(413);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    await t.http().get('/api/plans/huge').expect(404);
  });

  describe('hostile text in stored data', () => {
    const hostile = (n: number) => `${n}. The parties ${SCRIPT} agree ${ATTRIBUTE} on ${ENTITY}.`;
    beforeAll(async () => {
      await write('/api/plans', { slug: 'hostile', title: `Plan ${SCRIPT}` }).expect(201);
      for (const [slug, extra] of [
        ['a', '3. Troops withdraw within 30 days.'],
        ['b', `3. Troops withdraw within 60 days ${ATTRIBUTE}.`],
      ] as const) {
        await write('/api/plans/hostile/versions', {
          slug,
          title: `Version ${slug} ${SCRIPT}`,
          date: '2025-11-20',
          notes: ATTRIBUTE,
          text: [hostile(1), hostile(2), extra].join('\n'),
        }).expect(201);
      }
      await write('/api/plans/hostile/positions', {
        party: `Party ${SCRIPT}`,
        actor: `Actor ${ATTRIBUTE}`,
        stance: 'opposes',
        version: 'b',
        clause: '1',
        quote: `We reject ${SCRIPT} and ${ENTITY}`,
        date: '2025-11-21',
        sources: [{ url: 'https://example.org/x?a=1&b=2', outlet: `Outlet ${SCRIPT}` }],
      }).expect(201);
    });

    const compare = (format: string) =>
      t
        .http()
        .get(`/api/plans/hostile/compare?from=a&to=b&format=${format}`)
        .buffer(true)
        .parse(binary)
        .expect(200);

    it('escapes them in the HTML report', async () => {
      const html = ((await compare('html')).body as Buffer).toString('utf8');
      expect(html).not.toContain(SCRIPT);
      expect(html).not.toContain('<img');
      expect(html).not.toMatch(/<[^>]*onerror/i);
      expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
      expect(html).toContain('Tom &amp;amp; Jerry'); // an entity in the text stays text
      expect(html).toContain('Party &lt;script&gt;'); // the disputes section too
    });

    it('escapes them in the Word report XML', async () => {
      const docx = (await compare('docx')).body as Buffer;
      const files = unzipSync(new Uint8Array(docx));
      const xml = Object.entries(files)
        .filter(([name]) => name.endsWith('.xml'))
        .map(([, bytes]) => strFromU8(bytes))
        .join('\n');
      expect(xml).not.toContain(SCRIPT);
      expect(xml).not.toContain('<img');
      expect(xml).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    });

    it('returns them verbatim as data in JSON (escaping is the renderer’s job)', async () => {
      const res = await t.http().get('/api/plans/hostile/versions/b').expect(200);
      expect(res.headers['content-type']).toMatch(/^application\/json/);
      expect(res.headers['x-content-type-options']).toBe('nosniff');
      expect((res.body as { title: string }).title).toBe(`Version b ${SCRIPT}`);
    });
  });
});

describe.each(BACKENDS)('rate limit (%s)', (backend) => {
  const t = useTestApp(backend, { rateLimit: { ttlMs: 60_000, limit: 10 } });

  it('answers 429 problem+json once the limit is spent, writes and token guessing included', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 15; i++) {
      const res = await t
        .http()
        .post('/api/plans')
        .set('Authorization', 'Bearer pd_guess_guess')
        .send({});
      statuses.push(res.status);
    }
    expect(statuses.slice(0, 10)).toEqual(Array(10).fill(401));
    expect(statuses.slice(10)).toEqual(Array(5).fill(429));
    // The throttler counts per route and client: the guessing route is the one shut.
    const limited = await t.http().post('/api/plans').set('Authorization', t.auth('admin'));
    expect(limited.status).toBe(429);
    expect(limited.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(limited.headers['retry-after']).toBeDefined();
  });
});
