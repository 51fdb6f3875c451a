// Functions passed to page.evaluate run in the browser: type-check them against the DOM.
import { MOBILE, PLAN, pageOverflow, unlabelledControls, useDashboard } from './harness';

const API = '/api/plans/ukraine-2025';

interface Cell {
  version: string;
  labels: string[];
  status: string;
  change: string;
  dispute?: string;
  texts: string[];
}
interface Lineage {
  lineage: { versions: string[]; families: { id: string; topics: string[]; cells: Cell[] }[] };
}

const present = (c: Cell): boolean => c.status !== 'absent' && c.status !== 'unknown';

describe('clause flow (Sankey) in headless Chromium', () => {
  const d = useDashboard();
  const lineage = async (): Promise<Lineage['lineage']> =>
    ((await d.api.http().get(`${API}/lineage`).expect(200)).body as Lineage).lineage;

  it('draws one node per clause of each version, with splits, marks and texts from the API', async () => {
    const data = await lineage();
    const page = await d.open(`${PLAN}/flow`);
    await page.locator('svg.flow-chart').waitFor();
    await d.shot(page, 'flow');
    // The layout comes from d3-sankey, served by the service itself (never another origin).
    const scripts = await page.evaluate(() =>
      performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname),
    );
    expect(scripts).toEqual(expect.arrayContaining(['/assets/vendor/d3-sankey.js']));

    const cells = data.families.flatMap((f) => f.cells.filter(present));
    const ids = new Set(cells.flatMap((c) => c.labels.map((l) => `${c.version}:${l}`)));
    const drawn = await page.$$eval('svg.flow-chart a.node', (els) =>
      els.map((e) => e.getAttribute('data-node')),
    );
    expect(new Set(drawn)).toEqual(ids);
    expect(drawn).toHaveLength(ids.size);

    // A split: a family whose clause has two labels in one version sends bands to both.
    const split = data.families
      .flatMap((f) => f.cells.map((c, i) => ({ f, c, i })))
      .find(({ f, c, i }) => c.labels.length > 1 && f.cells.slice(0, i).some(present));
    expect(split).toBeDefined();
    for (const label of split!.c.labels) {
      const into = page.locator(
        `path.band[data-family="${split!.f.id}"][data-target="${split!.c.version}:${label}"]`,
      );
      await expect(into.count()).resolves.toBeGreaterThan(0);
    }

    // Contested clauses carry a mark; clauses with no position on record carry none.
    const opposed = new Set(
      cells
        .filter((c) => c.dispute === 'opposed')
        .flatMap((c) => c.labels.map((l) => `${c.version}:${l}`)),
    );
    const marked = await page.$$eval('a.node.node-opposed', (els) =>
      els.map((e) => e.getAttribute('data-node')),
    );
    expect(new Set(marked)).toEqual(opposed);
    const quiet = cells.find((c) => c.dispute === 'no-position' && c.labels.length === 1)!;
    const quietNode = page.locator(`a.node[data-node="${quiet.version}:${quiet.labels[0]}"]`);
    await expect(quietNode.getAttribute('class')).resolves.toBe(
      quiet.status === 'reported' ? 'node node-reported' : 'node',
    );

    // Hover shows the clause's text as the API gives it.
    const six = data.families
      .find((f) => f.id === 'v28:6')!
      .cells.find((c) => c.version === 'v28')!;
    await page.locator('a.node[data-node="v28:6"] rect').hover();
    await expect(page.locator('#flow-detail').textContent()).resolves.toContain(six.texts[0]);

    // Removed is never drawn where the report is only silent.
    const removedMarks = await page.locator('rect.gap-removed').count();
    const removals = data.families.flatMap((f) =>
      f.cells.filter((c) => c.change === 'removed' && !present(c)),
    ).length;
    expect(removedMarks).toBeLessThanOrEqual(removals);
    expect(removedMarks).toBeGreaterThan(0);

    // Click opens the clause history.
    await page.locator('a.node[data-node="v28:6"]').click();
    await page.waitForURL(/\/history\/v28\/6$/);
    // The address changes first; the view renders when its data has arrived.
    await page.locator('main h1', { hasText: 'History of' }).waitFor();
    await expect(page.locator('main h1').textContent()).resolves.toBe('History of V28 §6');
    expect(d.problems(page)).toEqual({ console: [], failed: [], external: [] });
  });

  it('filters by topic through the address bar, and Back restores all families', async () => {
    const data = await lineage();
    const topic = 'army-size';
    const families = data.families.filter((f) => f.topics.includes(topic) && f.cells.some(present));
    expect(families.length).toBeGreaterThan(0);
    const page = await d.open(`${PLAN}/flow`);
    await page.locator('svg.flow-chart').waitFor();
    const all = await page.locator('a.node').count();
    await page.selectOption('#topic', topic);
    await page.waitForURL(/\?topic=army-size$/);
    // As above, the chart may redraw a task after the address changes.
    await page.waitForFunction(
      (n) => document.querySelector('#flow-count')?.textContent?.startsWith(`${n} `) === true,
      families.length,
    );
    await expect(page.locator('#flow-count').textContent()).resolves.toMatch(
      new RegExp(`^${families.length} clause famil`),
    );
    const bandFamilies = await page.$$eval('path.band', (els) => [
      ...new Set(els.map((e) => e.getAttribute('data-family'))),
    ]);
    expect(bandFamilies.every((f) => families.some((x) => x.id === f))).toBe(true);
    await page.goBack();
    await page.waitForURL(/\/flow$/);
    await page.waitForFunction((n) => document.querySelectorAll('a.node').length === n, all);
    expect(d.problems(page)).toEqual({ console: [], failed: [], external: [] });
  });

  it('fits a phone: the chart scrolls inside its own region', async () => {
    const page = await d.open(`${PLAN}/flow`, MOBILE);
    await page.locator('svg.flow-chart').waitFor();
    await d.shot(page, 'flow');
    expect(await pageOverflow(page)).toBeLessThanOrEqual(0);
    expect(await unlabelledControls(page)).toEqual([]);
    expect(d.problems(page)).toEqual({ console: [], failed: [], external: [] });
  });
});
