// Functions passed to page.evaluate run in the browser: type-check them against the DOM.
import type { Page } from 'playwright-core';
import { PLAN, signedIn, useDashboard } from './harness';

// Issue 21, "Behave like a web app": the address bar holds the state, and the keyboard works (print,
// 390 px and contrast in webapp-layout). Each test fails if its behaviour goes.

const API = '/api/plans/ukraine-2025';

/** The view re-renders after the URL changes: wait for its heading. */
const heading = (page: Page, text: string | RegExp): Promise<unknown> =>
  page.waitForFunction(
    ([src, flags]) =>
      new RegExp(src!, flags).test(document.querySelector('main h1')?.textContent ?? ''),
    typeof text === 'string'
      ? [`^${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`, '']
      : [text.source, text.flags],
  );
const param = (page: Page, key: string): string | null => new URL(page.url()).searchParams.get(key);

interface Change {
  kind: string;
  topics: string[];
}

describe('the dashboard behaves like a web app (headless Chromium)', () => {
  const d = useDashboard();
  const get = async <T>(path: string): Promise<T> =>
    (await d.api.http().get(`${API}${path}`).expect(200)).body as T;

  it('keeps the compare state in the address bar: "To" keeps the filters, Back and Forward work', async () => {
    const page = await d.open(`${PLAN}/compare?from=v28&to=v20`);
    await page.getByLabel('Kind').selectOption('reworded');
    await page.getByLabel('Side by side').check();
    await page.waitForURL(/kind=reworded/);
    expect(param(page, 'view')).toBe('side');

    await page.getByLabel('To version').selectOption('veu');
    await heading(page, 'Compare V28 → VEU');
    expect([
      param(page, 'from'),
      param(page, 'to'),
      param(page, 'kind'),
      param(page, 'view'),
    ]).toEqual(['v28', 'veu', 'reworded', 'side']);
    await expect(page.getByLabel('Kind').inputValue()).resolves.toBe('reworded');
    const veu = (await get<{ changes: Change[] }>('/compare?from=v28&to=veu')).changes;
    const reworded = veu.filter((c) => c.kind === 'reworded').length;
    await expect(page.getByRole('status').textContent()).resolves.toBe(
      `Showing ${reworded} of ${veu.length} changes`,
    );
    const kinds = await page.$$eval('li.change', (els) =>
      els.map((e) => e.getAttribute('data-kind')),
    );
    expect(new Set(kinds)).toEqual(new Set(['reworded']));
    await expect(page.locator('.side-by-side').count()).resolves.toBeGreaterThan(0);

    await page.goBack();
    await heading(page, 'Compare V28 → V20');
    expect(param(page, 'to')).toBe('v20');
    expect(param(page, 'kind')).toBe('reworded');
    await expect(page.getByLabel('To version').inputValue()).resolves.toBe('v20');
    await expect(page.getByLabel('Kind').inputValue()).resolves.toBe('reworded');
    await page.goForward();
    await heading(page, 'Compare V28 → VEU');
    await expect(page.getByLabel('Kind').inputValue()).resolves.toBe('reworded');

    // The address is a permalink: a fresh tab opened on it shows the same filtered view.
    const fresh = await d.open(new URL(page.url()).pathname + new URL(page.url()).search);
    await expect(fresh.locator('main h1').textContent()).resolves.toBe('Compare V28 → VEU');
    await expect(fresh.getByLabel('Kind').inputValue()).resolves.toBe('reworded');
    await expect(fresh.getByLabel('Side by side').isChecked()).resolves.toBe(true);
    await expect(fresh.getByRole('status').textContent()).resolves.toBe(
      `Showing ${reworded} of ${veu.length} changes`,
    );
    expect(d.problems(page)).toEqual({ console: [], failed: [], external: [] });
    expect(d.problems(fresh)).toEqual({ console: [], failed: [], external: [] });
  });

  it('keeps disputes filters across versions, and Back returns to the previous version', async () => {
    const page = await d.open(`${PLAN}/disputes?version=v28`);
    await page.getByLabel('Party', { exact: true }).selectOption('Russia');
    await page.waitForURL(/party=Russia/);
    await page.getByLabel('Version', { exact: true }).selectOption('v20');
    await heading(page, 'Disputes: V20');
    expect([param(page, 'version'), param(page, 'party')]).toEqual(['v20', 'Russia']);
    await expect(page.getByLabel('Party', { exact: true }).inputValue()).resolves.toBe('Russia');
    await page.goBack();
    await heading(page, 'Disputes: V28');
    expect([param(page, 'version'), param(page, 'party')]).toEqual(['v28', 'Russia']);
    expect(d.problems(page)).toEqual({ console: [], failed: [], external: [] });
  });

  it('gives every view a permalink: reached through the app, its address opens the same view', async () => {
    const page = await d.open(PLAN);
    const nav = await page.$$eval('#plan-nav a', (els) => els.map((e) => e.textContent ?? ''));
    expect(nav.length).toBeGreaterThanOrEqual(9);
    for (const name of nav) {
      await page.locator('#plan-nav a', { hasText: new RegExp(`^${name}$`) }).click();
      await page.waitForFunction(
        (n) => document.querySelector('#plan-nav a[aria-current="page"]')?.textContent === n,
        name,
      );
      await page.locator('main[aria-busy]').waitFor({ state: 'detached' });
      const title = await page.locator('main h1').first().textContent();
      const url = new URL(page.url());
      const fresh = await d.open(url.pathname + url.search);
      await expect(fresh.locator('main h1').first().textContent()).resolves.toBe(title);
      await fresh.close();
    }
    expect(d.problems(page)).toEqual({ console: [], failed: [], external: [] });
  }, 240_000);

  it('keeps the lineage baseline and the overview’s anchors in the address', async () => {
    // The lineage baseline is part of the address too, and Back undoes it.
    const page = await d.open(`${PLAN}/lineage`);
    await page.getByLabel('Baseline', { exact: true }).selectOption('v20');
    await page.waitForURL(/baseline=v20/);
    await page.locator('.matrix td.rel-same').first().waitFor();
    await page.goBack();
    await page.waitForURL(/\/lineage$/);
    await page.waitForFunction(() => document.querySelectorAll('.matrix td.rel-same').length === 0);
    await expect(page.getByLabel('Baseline', { exact: true }).inputValue()).resolves.toBe('');

    // An anchor on the overview (a version box of the graph) is in the address, not a reload.
    await page.goto(`${d.base}${PLAN}`);
    await page.locator('svg.dag').waitFor();
    await page.evaluate(
      () => ((document.querySelector('main h1') as HTMLElement).dataset['kept'] = '1'),
    );
    await page.locator('svg.dag a.node[data-version="v19"]').click();
    await page.waitForURL(/#version-v19$/);
    await expect(page.locator('#version-v19').isVisible()).resolves.toBe(true);
    await expect(page.locator('main h1').getAttribute('data-kept')).resolves.toBe('1');
    const linked = await d.open(`${PLAN}#version-v19`);
    await linked.waitForFunction(() => {
      const r = document.getElementById('version-v19')?.getBoundingClientRect();
      // scrollIntoView lands on a fraction of a pixel (top -0.09 seen): within one pixel is there.
      return r !== undefined && r.top > -1 && r.top < window.innerHeight;
    });
    expect(d.problems(page)).toEqual({ console: [], failed: [], external: [] });
  });

  it('works from the keyboard: skip link, nav, filters, and a pin whose outcome takes the focus', async () => {
    const page = await signedIn(d, `${PLAN}/compare?from=v28&to=veu24`);
    await page.keyboard.press('Tab');
    await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toBe(
      'Skip to content',
    );
    await expect(page.locator('a.skip').isVisible()).resolves.toBe(true);
    await page.keyboard.press('Enter');
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('main');
    // From the top of the content, Tab reaches the version pickers, then the filters.
    const reached: string[] = [];
    for (let i = 0; i < 30 && !reached.includes('kind'); i++) {
      await page.keyboard.press('Tab');
      reached.push(await page.evaluate(() => document.activeElement?.id ?? ''));
    }
    expect(reached).toEqual(expect.arrayContaining(['from', 'to', 'kind']));
    // A focused control shows where the keyboard is.
    const outline = await page.evaluate(
      () => getComputedStyle(document.activeElement!).outlineStyle,
    );
    expect(outline).not.toBe('none');
    await page.keyboard.press('ArrowDown');
    await page.waitForURL(/kind=/);
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('kind');
    await page.getByLabel('Kind').selectOption('');

    // Pin with Enter: the comparison is recomputed and the keyboard lands on what happened.
    const pin = page
      .locator('li.change:not(:has(.chip.pinned))')
      .getByRole('button', { name: /^Pin / })
      .first();
    const label = await pin.getAttribute('aria-label');
    await pin.focus();
    await page.keyboard.press('Enter');
    await page.locator('#link-notice', { hasText: /^Pinned / }).waitFor();
    await page.waitForFunction(() => document.activeElement?.id === 'link-notice');
    await expect(page.locator('#link-notice').textContent()).resolves.toContain(
      label!.replace(/^Pin /, ''),
    );
    expect(d.problems(page)).toEqual({ console: [], failed: [], external: [] });
  });
});
