// Functions passed to page.evaluate run in the browser: type-check them against the DOM.
import { MOBILE, pageOverflow, unlabelledControls, useDashboard } from './harness';

/**
 * The brackets view on a plan of three bracketed drafts stored through the API (conventions of
 * fixtures/brackets/conventions.json): the trajectory chart and table show what the trajectory
 * endpoint says, and the resolution table shows the compare answer's fates, settled ones first.
 */
const DRAFTS: readonly [string, string, string][] = [
  [
    'd1',
    '2030-01-10',
    [
      '1. Requests the secretariat to prepare a synthesis report [and[/or] a technical paper] [by the next session][by 2031]. [Agreed in WG1]',
      '2. Option 1: Decides to establish a work programme on [just] transition. Option 2: {No text required}',
      '3. Invites Parties to submit their views by 31 March. [Agreed ad ref]',
      '4. Encourages [all - Norway; Saudi Arabia delete] Parties to cooperate on the modalities.',
    ].join('\n'),
  ],
  [
    'd2',
    '2030-01-12',
    [
      '1. Requests the secretariat to prepare a synthesis report and a technical paper [by the next session][by 2031].',
      '2. Decides to establish a work programme on [just] transition.',
      '3. Invites Parties to submit their views by 31 March.',
      '4. Encourages Parties to cooperate on the modalities.',
    ].join('\n'),
  ],
  [
    'd3',
    '2030-01-14',
    [
      '1. Requests the secretariat to prepare a synthesis report and a technical paper by 2031.',
      '2. Decides to establish a work programme on just transition.',
      '3. Invites Parties to submit their views by 31 March.',
      '4. Encourages Parties to cooperate on the modalities [and to report back].',
    ].join('\n'),
  ],
];

const ORDER = [
  'resolved',
  'merged',
  'kept',
  'deleted',
  'rewritten',
  'clause-removed',
  'open',
  'added',
];

interface Point {
  version: string;
  brackets: number;
  options: number;
  agreedClauses: number;
}

describe('brackets view in headless Chromium', () => {
  const d = useDashboard();
  const API = '/api/plans/talks';

  beforeAll(async () => {
    await d.api
      .http()
      .post('/api/plans')
      .set('Authorization', d.api.auth('editor'))
      .send({ slug: 'talks', title: 'Work programme talks' })
      .expect(201);
    for (const [slug, date, text] of DRAFTS) {
      await d.api
        .http()
        .post(`${API}/versions`)
        .set('Authorization', d.api.auth('editor'))
        .send({ slug, title: `Draft ${slug}`, date, text })
        .expect(201);
    }
  });

  it('charts the trajectory and lists each bracket’s fate as the API gives them', async () => {
    const trajectory = (await d.api.http().get(`${API}/brackets/trajectory`).expect(200)).body as {
      versions: Point[];
    };
    expect(trajectory.versions.map((p) => p.version)).toEqual(['d1', 'd2', 'd3']);
    const page = await d.open('/plans/talks/brackets?from=d1&to=d2');
    await page.locator('#resolution-table').waitFor();
    await d.shot(page, 'brackets');

    // One point per version and series, at the heights of the API's counts.
    for (const series of ['brackets', 'options', 'agreedClauses'] as const) {
      const points = await page.$$eval(`g.series[data-series="${series}"] circle`, (els) =>
        els.map((e) => [e.getAttribute('data-version'), Number(e.getAttribute('cy'))] as const),
      );
      expect(points.map((p) => p[0])).toEqual(['d1', 'd2', 'd3']);
      // Higher counts are drawn higher (smaller y).
      const counts = trajectory.versions.map((p) => p[series]);
      for (let i = 1; i < counts.length; i++) {
        expect(Math.sign(points[i - 1]![1] - points[i]![1])).toBe(
          Math.sign(counts[i]! - counts[i - 1]!),
        );
      }
    }
    const table = await page.$$eval('#trajectory-table tbody tr', (rows) =>
      rows.map((r) => Array.from(r.children).map((c) => c.textContent ?? '')),
    );
    expect(table.map((r) => [r[0], Number(r[2]), Number(r[4]), Number(r[5])])).toEqual(
      trajectory.versions.map((p) => [p.version, p.brackets, p.options, p.agreedClauses]),
    );

    const cmp = (await d.api.http().get(`${API}/compare?from=d1&to=d2`).expect(200)).body as {
      brackets: { resolutions: { label: string; fate: string }[]; added: unknown[] };
    };
    const fates = await page.$$eval('#resolution-table tbody tr', (rows) =>
      rows.map((r) => [r.children[0]!.textContent, r.getAttribute('data-fate')] as const),
    );
    expect(fates).toHaveLength(cmp.brackets.resolutions.length + cmp.brackets.added.length);
    const want = [...cmp.brackets.resolutions]
      .map((r) => [r.label, r.fate] as const)
      .sort((a, b) => ORDER.indexOf(a[1]) - ORDER.indexOf(b[1]));
    expect(fates.slice(0, want.length).map((f) => f[1])).toEqual(want.map((w) => w[1]));
    // Settled first: no settled fate after an open one.
    const rank = fates.map((f) => ORDER.indexOf(f[1]!));
    expect([...rank].sort((a, b) => a - b)).toEqual(rank);
    expect(fates.map((f) => f[1])).toContain('open');
    expect(d.problems(page)).toEqual({ console: [], failed: [], external: [] });
  });

  it('changes the pair from the selectors', async () => {
    const page = await d.open('/plans/talks/brackets?from=d1&to=d2');
    await page.locator('#resolution-table').waitFor();
    // Each choice rebuilds the view: wait for the new table before the next choice.
    await page.selectOption('#brackets-to', 'd3');
    await page.locator('#resolution-table caption', { hasText: 'of d1 in d3' }).waitFor();
    await page.selectOption('#brackets-from', 'd2');
    await page.locator('#resolution-table caption', { hasText: 'of d2 in d3' }).waitFor();
    expect(page.url()).toMatch(/from=d2&to=d3$/);
    const summary = await page.locator('#resolution-summary').textContent();
    expect(summary).toContain('in d2');
    const nav = await page.locator('#plan-nav a[aria-current="page"]').textContent();
    expect(nav).toBe('Brackets');
    expect(d.problems(page)).toEqual({ console: [], failed: [], external: [] });
  });

  it('lists the open brackets of the chosen draft with who said what, as the API reads them', async () => {
    const read = (await d.api.http().get(`${API}/versions/d1/brackets`).expect(200)).body as {
      clauses: { label: string; brackets: { alternatives: unknown[] }[] }[];
    };
    const page = await d.open('/plans/talks/brackets?from=d1&to=d1');
    await page.locator('#open-table').waitFor();
    const rows = await page.$$eval('#open-table tbody tr', (trs) =>
      trs.map((r) => Array.from(r.children).map((c) => c.textContent ?? '')),
    );
    const alternatives = read.clauses.flatMap((c) => c.brackets.flatMap((b) => b.alternatives));
    expect(rows).toHaveLength(alternatives.length);
    expect(rows).toContainEqual(['4', '“all”', 'Norway proposes; Saudi Arabia deletes']);
    expect(d.problems(page)).toEqual({ console: [], failed: [], external: [] });
  });

  it('fits a phone', async () => {
    const page = await d.open('/plans/talks/brackets', MOBILE);
    await page.locator('#trajectory-table').waitFor();
    await d.shot(page, 'brackets');
    expect(await pageOverflow(page)).toBeLessThanOrEqual(0);
    expect(await unlabelledControls(page)).toEqual([]);
    expect(d.problems(page)).toEqual({ console: [], failed: [], external: [] });
  });
});
