import { BACKENDS, useTestApp } from '../support/e2e';
import type { TestApp } from '../support/e2e';

const API = '/api/plans/ukraine-2025';
const PROBLEM = /^application\/problem\+json/;

type Row = Record<string, unknown>;

/** A list answer: its rows (bare array or envelope), the total header and the Link relations. */
async function list(t: TestApp, path: string, admin = false) {
  let req = t.http().get(`${API}${path}`);
  if (admin) req = req.set('Authorization', t.auth('admin'));
  const res = await req.expect(200);
  const body = res.body as Row[] | { items: Row[]; total: number };
  const links = new Map<string, string>();
  for (const part of String(res.headers['link'] ?? '').split(', ')) {
    const m = /^<([^>]+)>; rel="(\w+)"$/.exec(part);
    if (m) links.set(m[2]!, m[1]!);
  }
  return {
    rows: Array.isArray(body) ? body : body.items,
    body,
    total: Number(res.headers['x-total-count']),
    links,
  };
}

/** A refused filter: 400 problem+json naming the parameter. */
async function refused(t: TestApp, path: string, field: string, admin = false): Promise<void> {
  let req = t.http().get(`${API}${path}`);
  if (admin) req = req.set('Authorization', t.auth('admin'));
  const res = await req.expect(400);
  expect(res.headers['content-type']).toMatch(PROBLEM);
  expect((res.body.errors as { field: string }[]).map((e) => e.field)).toContain(field);
}

describe.each(BACKENDS)('lists: pages, totals and filters (%s)', (backend) => {
  const t = useTestApp(backend);

  it('versions: every version by default, as before, with the total in a header', async () => {
    const all = await list(t, '/versions');
    expect(all.total).toBe(all.rows.length);
    expect(all.rows.length).toBeGreaterThan(5);
    expect(all.links.has('next')).toBe(false);
    const page = await list(t, '/versions?limit=3&offset=3');
    expect(page.rows).toEqual(all.rows.slice(3, 6));
    expect(page.total).toBe(all.total);
    expect(page.links.get('next')).toBe(`${API}/versions?limit=3&offset=6`);
    expect(page.links.get('prev')).toBe(`${API}/versions?limit=3&offset=0`);
    expect(page.links.get('first')).toBe(`${API}/versions?limit=3&offset=0`);
    const last = Math.floor((all.total - 1) / 3) * 3;
    expect(page.links.get('last')).toBe(`${API}/versions?limit=3&offset=${last}`);
  });

  it('versions: by date range, grade (ranges cover it), basis and author party', async () => {
    const all = (await list(t, '/versions')).rows;
    const dated = await list(t, '/versions?from=2025-11-23&to=2025-12-31');
    expect(dated.rows).toEqual(
      all.filter(
        (v) => (v['date'] as string) >= '2025-11-23' && (v['date'] as string) <= '2025-12-31',
      ),
    );
    expect(dated.total).toBe(dated.rows.length);
    const covers = (grade: unknown, g: string): boolean => {
      const [low, high = low] = String(grade).split('/');
      return low! <= g && g <= high!;
    };
    const gradeC = (await list(t, '/versions?grade=C')).rows;
    expect(gradeC).toEqual(all.filter((v) => v['grade'] !== null && covers(v['grade'], 'C')));
    expect(gradeC.length).toBeGreaterThan(0);
    const text = (await list(t, '/versions?basis=text')).rows;
    expect(text.every((v) => v['basis'] === 'text')).toBe(true);
    const russian = (await list(t, '/versions?party=Russia')).rows;
    expect(russian).toEqual(all.filter((v) => (v['authorParties'] as string[]).includes('Russia')));
    expect(russian.length).toBeGreaterThan(0);
  });

  it('positions: filters compose, and pages add up to the whole list', async () => {
    const all = await list(t, '/positions');
    expect(all.total).toBe(all.rows.length);
    const pages: Row[] = [];
    for (let offset = 0; offset < all.total; offset += 40) {
      pages.push(...(await list(t, `/positions?limit=40&offset=${offset}`)).rows);
    }
    expect(pages).toEqual(all.rows);
    const russia = await list(t, '/positions?party=Russia&stance=opposes');
    expect(russia.rows.length).toBeGreaterThan(0);
    expect(russia.total).toBe(russia.rows.length);
    expect(russia.rows).toEqual(
      all.rows.filter((p) => p['party'] === 'Russia' && p['stance'] === 'opposes'),
    );
    const graded = (await list(t, '/positions?grade=A&version=v28')).rows;
    expect(graded).toEqual(all.rows.filter((p) => p['grade'] === 'A' && p['version'] === 'v28'));
    const december = (await list(t, '/positions?from=2025-12-01&to=2025-12-31')).rows;
    expect(december.length).toBeGreaterThan(0);
    for (const p of december) expect(String(p['date'])).toMatch(/^2025-12-/);
  });

  it('links: by kind and by version at either end', async () => {
    const all = (await list(t, '/links')).rows;
    const splits = (await list(t, '/links?kind=split')).rows;
    expect(splits).toEqual(all.filter((l) => l['kind'] === 'split'));
    const v28 = (await list(t, '/links?version=v28')).rows;
    const ends = (l: Row) => [(l['from'] as Row)['version'], (l['to'] as Row)['version']];
    expect(v28).toEqual(all.filter((l) => ends(l).includes('v28')));
    expect(v28.length).toBeGreaterThan(0);
  });

  it('audit: by action or kind of record, newest first', async () => {
    const all = await list(t, '/audit?limit=1000', true);
    expect(all.total).toBeGreaterThan(0);
    const seeded = await list(t, '/audit?action=seed', true);
    expect(seeded.rows.every((e) => e['action'] === 'seed')).toBe(true);
    const versions = await list(t, '/audit?action=version', true);
    expect(versions.rows.every((e) => String(e['action']).startsWith('version.'))).toBe(true);
    const today = new Date().toISOString().slice(0, 10);
    const now = await list(t, `/audit?from=${today}&limit=1000`, true);
    expect(now.total).toBe(all.total);
    await refused(t, '/audit?action=version.update', 'action', true);
  });

  it('articles and statements keep their envelope and send the same headers', async () => {
    const articles = await list(t, '/articles?limit=1');
    expect(articles.body).toMatchObject({ limit: 1, offset: 0 });
    expect(articles.total).toBe((articles.body as { total: number }).total);
    const outlet = articles.rows[0]?.['outlet'] as string | undefined;
    if (outlet !== undefined) {
      const same = await list(t, `/articles?outlet=${encodeURIComponent(outlet)}`);
      expect(same.rows.every((a) => a['outlet'] === outlet)).toBe(true);
    }
    const statements = await list(t, '/statements?limit=5');
    expect(statements.total).toBe((statements.body as { total: number }).total);
    const opposed = await list(t, '/statements?stance=opposes&limit=500');
    expect(opposed.rows.every((s) => s['stance'] === 'opposes')).toBe(true);
  });

  it('refuses unknown or bad values with 400 problem+json naming the parameter', async () => {
    await refused(t, '/versions?grade=E', 'grade');
    await refused(t, '/versions?party=Narnia', 'party');
    await refused(t, '/versions?limit=0', 'limit');
    await refused(t, '/versions?limit=1e2', 'limit');
    await refused(t, '/versions?sort=date', 'sort');
    await refused(t, '/versions?from=2025-02-30', 'from');
    await refused(t, '/versions?from=2025-12-01&to=2025-11-01', 'to');
    await refused(t, '/positions?stance=maybe', 'stance');
    await refused(t, '/positions?version=v99', 'version');
    await refused(t, '/positions?offset=-1', 'offset');
    await refused(t, '/links?kind=cousin', 'kind');
    await refused(t, '/articles?limit=501', 'limit');
    await refused(t, '/statements?party=Narnia', 'party');
  });
});
