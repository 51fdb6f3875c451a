// Functions passed to page.evaluate run in the browser: type-check them against the DOM.
import type { Page } from 'playwright-core';
import { DESKTOP, MOBILE, PLAN, pageOverflow, unlabelledControls, useDashboard } from './harness';

// Each view on the seeded corpus, at desktop and phone widths: it renders, makes no request
// that fails or leaves the server, logs no error, does not scroll sideways, labels its controls.
const VIEWS: readonly [string, string, RegExp][] = [
  ['plans', '/', /^Plans$/],
  ['overview', PLAN, /peace plan/],
  ['compare', `${PLAN}/compare?from=v28&to=v20`, /^Compare V28 → V20$/],
  ['lineage', `${PLAN}/lineage`, /^Lineage/],
  ['disputes', `${PLAN}/disputes?version=v28`, /^Disputes: V28$/],
  ['history', `${PLAN}/history/v28/6`, /^History of V28 §6$/],
  ['search', `${PLAN}/search?q=army`, /^Search: “army”$/],
  ['flow', `${PLAN}/flow`, /^Clause flow across versions$/],
  ['three-way', `${PLAN}/three-way?base=v28&a=veu&b=v20`, /^Three-way: V28 → VEU and V20$/],
  ['time', `${PLAN}/time`, /^Over time$/],
];

/** WCAG 2 contrast ratio of each matched element's text against its effective background. */
function contrasts(page: Page, selectors: readonly string[]): Promise<[string, number][]> {
  return page.evaluate((sels) => {
    const rgb = (c: string): number[] => (c.match(/[\d.]+/g) ?? []).map(Number);
    const lum = ([r, g, b]: number[]): number => {
      const ch = (v: number): number => {
        const s = v / 255;
        return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
      };
      return 0.2126 * ch(r!) + 0.7152 * ch(g!) + 0.0722 * ch(b!);
    };
    const background = (el: Element | null): number[] => {
      for (let e = el; e; e = e.parentElement) {
        const c = rgb(getComputedStyle(e).backgroundColor);
        if (c.length === 3 || (c.length === 4 && c[3]! > 0)) return c.slice(0, 3);
      }
      return [255, 255, 255];
    };
    return sels.flatMap((sel): [string, number][] => {
      const el = document.querySelector(sel);
      if (!el) return [[sel, -1]];
      const [a, b] = [lum(rgb(getComputedStyle(el).color)), lum(background(el))];
      return [[sel, (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05)]];
    });
  }, selectors);
}

describe('dashboard views in headless Chromium', () => {
  const d = useDashboard();

  describe.each([
    ['desktop', DESKTOP],
    ['mobile', MOBILE],
  ])('%s', (_, viewport) => {
    it.each(VIEWS)('%s loads cleanly', async (name, path, heading) => {
      const page = await d.open(path, viewport);
      await expect(page.locator('main h1').textContent()).resolves.toMatch(heading);
      await expect(page.locator('main .error').count()).resolves.toBe(0);
      await d.shot(page, name);
      expect(await pageOverflow(page)).toBeLessThanOrEqual(0);
      expect(await unlabelledControls(page)).toEqual([]);
      expect(d.problems(page)).toEqual({ console: [], failed: [], external: [] });
    });
  });

  it('serves deep links directly and keeps unknown API paths as JSON problems', async () => {
    const page = await d.open(`${PLAN}/lineage?baseline=v20`);
    await expect(page.locator('#baseline').inputValue()).resolves.toBe('v20');
    // Against a baseline the cells show the engine's relation to it; V20 is "same" to itself.
    expect(await page.locator('.matrix td.rel-same').count()).toBeGreaterThan(0);
    const picker = page.getByLabel('Baseline', { exact: true });
    await picker.focus();
    await picker.selectOption('');
    await page.locator('.matrix td.kind-unchanged').first().waitFor();
    expect(await page.locator('.matrix td.rel-same').count()).toBe(0);
    // The view is rebuilt; the keyboard stays on the picker.
    await page.waitForFunction(() => document.activeElement?.id === 'baseline');
    const res = await page.request.get(`${d.base}/api/plans/ukraine-2025/nope`);
    expect(res.status()).toBe(404);
    expect(res.headers()['content-type']).toMatch(/application\/problem\+json/);
  });

  it('marks reported facts with a badge wherever they appear', async () => {
    const overview = await d.open(PLAN);
    await expect(
      overview.locator('#version-v19 .badge.basis-reported').textContent(),
    ).resolves.toBe('reported');
    // A version's grade is the range of its clauses' own grades (the corpus's v19.json).
    await expect(overview.locator('#version-v19 .badge.grade').textContent()).resolves.toBe(
      'grade A/D',
    );
    const compare = await d.open(`${PLAN}/compare?from=v28&to=v20`);
    expect(await compare.locator('.change .badge.reported').count()).toBeGreaterThan(0);
    const lineage = await d.open(`${PLAN}/lineage`);
    expect(await lineage.locator('td.is-reported .mini-badge').count()).toBeGreaterThan(0);
    const history = await d.open(`${PLAN}/history/v28/6`);
    expect(await history.locator('.step .badge.reported').count()).toBeGreaterThan(0);
  });

  it('has readable contrast for body text, badges, redlines and heat-map cells', async () => {
    const page = await d.open(`${PLAN}/compare?from=v28&to=v20`);
    const ratios = await contrasts(page, [
      'main h1',
      '.muted',
      '.badge.basis-text',
      '.badge.reported',
      '.badge.grade',
      '.chip.flag',
      '.chip.topic',
      'del',
      'ins',
      '#plan-nav a',
    ]);
    const disputes = await d.open(`${PLAN}/disputes?version=v28`);
    ratios.push(
      ...(await contrasts(disputes, [
        '.heat.stance-supports',
        '.heat.stance-opposes',
        '.heat.stance-conditional',
      ])),
    );
    for (const [sel, ratio] of ratios) expect([sel, ratio >= 4.5]).toEqual([sel, true]);
  });
});
