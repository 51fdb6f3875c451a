// Functions passed to page.evaluate run in the browser: type-check them against the DOM.
import { MOBILE, PLAN, pageOverflow, unlabelledControls, useDashboard } from './harness';

const API = '/api/plans/ukraine-2025';
const QUIET = new Set(['unchanged', 'unknown', 'absent']);

interface Topic {
  topic: string;
  steps: { to: string; changes: Record<string, number> }[];
  intensity: Record<string, number>;
}
interface Position {
  id: number;
  party: string | null;
  date: string | null;
}
interface Version {
  slug: string;
  date: string;
}

describe('time views in headless Chromium', () => {
  const d = useDashboard();
  const get = async <T>(path: string): Promise<T> =>
    (await d.api.http().get(`${API}${path}`).expect(200)).body as T;

  it('draws the version DAG on a real time axis', async () => {
    const versions = await get<Version[]>('/versions');
    const page = await d.open(PLAN);
    await d.shot(page, 'overview-time-axis');
    const xs = await page.$$eval('svg.dag a.node', (els) =>
      els.map((e) => [e.getAttribute('data-version'), Number(e.getAttribute('data-x'))] as const),
    );
    const perDay = Number(await page.locator('svg.dag').getAttribute('data-per-day'));
    const x = new Map(xs);
    const day = (s: string): number => Date.parse(versions.find((v) => v.slug === s)!.date) / 864e5;
    const first = versions[0]!.slug;
    for (const v of versions) {
      // Distance on the axis is proportional to the days between the dates.
      expect(x.get(v.slug)! - x.get(first)!).toBeCloseTo((day(v.slug) - day(first)) * perDay, 3);
    }
    expect(d.problems(page)).toEqual({ console: [], failed: [], external: [] });
  });

  it('charts changes and intensity per topic, and positions by party, from the API', async () => {
    const [topics, positions] = await Promise.all([
      get<Topic[]>('/topics'),
      get<Position[]>('/positions'),
    ]);
    const page = await d.open(`${PLAN}/time`);
    await d.shot(page, 'time');
    for (const t of topics.slice(0, 6)) {
      const cells = await page.$$eval(`g.topic-row[data-topic="${t.topic}"] > g`, (els) =>
        els.map(
          (e) =>
            [
              e.dataset['version'],
              Number(e.dataset['changes']),
              Number(e.dataset['intensity']),
            ] as const,
        ),
      );
      for (const [v, n, heat] of cells) {
        const want = t.steps
          .filter((s) => s.to === v)
          .flatMap((s) => Object.entries(s.changes))
          .reduce((m, [k, c]) => m + (QUIET.has(k) ? 0 : c), 0);
        expect([v, n]).toEqual([v, want]);
        expect(heat).toBeCloseTo(t.intensity[v!] ?? 0, 6);
      }
    }
    const dated = positions.filter((p) => p.date);
    await expect(page.locator('svg.timeline a.dot').count()).resolves.toBe(dated.length);
    const russia = dated.filter((p) => p.party === 'Russia').length;
    await expect(page.locator('g.lane[data-party="Russia"] a.dot').count()).resolves.toBe(russia);
    expect(d.problems(page)).toEqual({ console: [], failed: [], external: [] });
  });

  it('fits a phone', async () => {
    const page = await d.open(`${PLAN}/time`, MOBILE);
    await d.shot(page, 'time');
    expect(await pageOverflow(page)).toBeLessThanOrEqual(0);
    expect(await unlabelledControls(page)).toEqual([]);
    expect(d.problems(page)).toEqual({ console: [], failed: [], external: [] });
  });
});
