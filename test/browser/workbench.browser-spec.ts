// Functions passed to page.evaluate run in the browser: type-check them against the DOM.
import type { Page } from 'playwright-core';
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
interface Family {
  id: string;
  topics: string[];
  cells: Cell[];
}
interface ThreeWay {
  families: { family: string; outcome: string; a: string; b: string }[];
}
interface Comparison {
  changes: { kind: string; from: string[]; to: string[]; diff: { op: string; text: string }[] }[];
}

/** The view re-renders after the URL changes: wait for its heading. */
const heading = (page: Page, text: string): Promise<unknown> =>
  page.waitForFunction((t) => document.querySelector('main h1')?.textContent === t, text);

describe('lineage, three-way and clause history in headless Chromium', () => {
  const d = useDashboard();
  const get = async <T>(path: string): Promise<T> =>
    (await d.api.http().get(`${API}${path}`).expect(200)).body as T;

  it('names lineage rows by gist and tells absent, removed and unknown apart', async () => {
    const { lineage } = await get<{ lineage: { families: Family[] } }>('/lineage');
    const page = await d.open(`${PLAN}/lineage`);
    await d.shot(page, 'lineage-legend');
    const six = lineage.families.find((f) => f.id === 'v28:6')!;
    const row = page.locator('.matrix tbody tr', {
      has: page.locator('.family', { hasText: /^v28:6$/ }),
    });
    const gist = await row.locator('.gist').textContent();
    // The gist is the opening of the family's first text, not the bare id.
    expect(six.cells[0]!.texts[0]!.startsWith(gist!.replace(/…$/, ''))).toBe(true);
    expect(gist!.length).toBeGreaterThan(10);

    const all = lineage.families.flatMap((f) => f.cells);
    const count = (sel: string): Promise<number> => page.locator(sel).count();
    await expect(count('.matrix td.missing.unknown')).resolves.toBe(
      all.filter((c) => c.status === 'unknown').length,
    );
    await expect(count('.matrix td.missing.removed')).resolves.toBe(
      all.filter((c) => c.status === 'absent' && c.change === 'removed').length,
    );
    await expect(count('.matrix td.missing.absent')).resolves.toBe(
      all.filter((c) => c.status === 'absent' && c.change !== 'removed').length,
    );
    // Dispute marks only on contested stances; none for "no position".
    await expect(count('.matrix td .mini-badge.dispute-opposed')).resolves.toBe(
      all.filter((c) => c.dispute === 'opposed').length,
    );
    await expect(count('.matrix td .mini-badge[class*="dispute-no-position"]')).resolves.toBe(0);
    const legend = await page.locator('.legend[aria-label="Marks legend"]').textContent();
    for (const word of ['absent', 'removed', 'unknown', 'no contested stance']) {
      expect(legend).toContain(word);
    }
    expect(d.problems(page)).toEqual({ console: [], failed: [], external: [] });
  });

  it('shows a three-way comparison with conflicts first, redlined against the base', async () => {
    const tw = await get<ThreeWay>('/three-way?base=v28&a=veu&b=v20');
    const conflicts = tw.families.filter((f) => f.outcome === 'conflict');
    expect(conflicts.length).toBeGreaterThan(0);
    const page = await d.open(`${PLAN}/three-way?base=v28&a=veu&b=v20`);
    await d.shot(page, 'three-way');
    await expect(page.locator('main h1').textContent()).resolves.toBe(
      'Three-way: V28 → VEU and V20',
    );
    const first = await page.locator('details.tw-section').first().getAttribute('id');
    expect(first).toBe('tw-conflict');
    const shown = await page.$$eval('#tw-conflict li.tw-row', (els) =>
      els.map((e) => e.getAttribute('data-family')),
    );
    expect(shown).toEqual(conflicts.map((f) => f.family));
    for (const [outcome, n] of Object.entries(
      tw.families.reduce<Record<string, number>>(
        (m, f) => ({ ...m, [f.outcome]: (m[f.outcome] ?? 0) + 1 }),
        {},
      ),
    )) {
      await expect(page.locator(`#tw-${outcome} li.tw-row`).count()).resolves.toBe(n);
    }
    // A conflict's descendant that changed the text shows the engine's redline (del and ins).
    const redlined = page.locator('#tw-conflict li.tw-row .redline');
    expect(await redlined.count()).toBeGreaterThan(0);
    await expect(redlined.first().locator('del, ins').count()).resolves.toBeGreaterThan(0);

    // Changing a picker keeps the others in the address bar, and Back restores them.
    await page.selectOption('#tw-b', 'v19');
    await page.waitForURL(/base=v28&a=veu&b=v19/);
    await heading(page, 'Three-way: V28 → VEU and V19');
    await page.goBack();
    await page.waitForURL(/b=v20/);
    await heading(page, 'Three-way: V28 → VEU and V20');
    expect(d.problems(page)).toEqual({ console: [], failed: [], external: [] });
  });

  it('fits the three-way view on a phone', async () => {
    const page = await d.open(`${PLAN}/three-way?base=v28&a=veu&b=v20`, MOBILE);
    await d.shot(page, 'three-way');
    expect(await pageOverflow(page)).toBeLessThanOrEqual(0);
    expect(await unlabelledControls(page)).toEqual([]);
    expect(d.problems(page)).toEqual({ console: [], failed: [], external: [] });
  });

  it('shows the redline between steps of a clause history', async () => {
    const cmp = await get<Comparison>('/compare?from=v28&to=veu');
    const change = cmp.changes.find((c) => c.from.includes('6') && c.to.includes('6'))!;
    const page = await d.open(`${PLAN}/history/v28/6`);
    await d.shot(page, 'history-redline');
    const step = page.locator('li.step', { has: page.locator('h2', { hasText: /^VEU §6/ }) });
    await expect(step.locator('.step-redline p.muted').textContent()).resolves.toContain(
      'Redline from V28 §6',
    );
    const del = change.diff.filter((t) => t.op === 'delete').map((t) => t.text);
    const ins = change.diff.filter((t) => t.op === 'insert').map((t) => t.text);
    await expect(step.locator('.redline del').allTextContents()).resolves.toEqual(del);
    await expect(step.locator('.redline ins').allTextContents()).resolves.toEqual(ins);
    // The first step has nothing to compare with.
    await expect(page.locator('li.step').first().locator('.step-redline').count()).resolves.toBe(0);
    expect(d.problems(page)).toEqual({ console: [], failed: [], external: [] });
  });
});
