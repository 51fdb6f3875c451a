// Functions passed to page.evaluate run in the browser: type-check them against the DOM.
import type { Page } from 'playwright-core';
import {
  MOBILE,
  PLAN,
  contrasts,
  overflowingElements,
  scrollOverflow,
  signedIn,
  unlabelledControls,
  useDashboard,
} from './harness';

// Issue 21, "Behave like a web app": print, 390 px and contrast here (the address bar and the
// keyboard in webapp-state). Each test fails if its behaviour goes.

const PORTRAIT = { width: 718, height: 1000 };
const LANDSCAPE = { width: 1047, height: 700 };

describe('the dashboard prints, fits a phone and stays readable (headless Chromium)', () => {
  const d = useDashboard();

  // The printable width of an A4 page with 1 cm margins at 96 px an inch: upright, and across
  // for the lineage matrix (workbench.css, @page). Print media at that width is the paper.
  it.each([
    ['compare', `${PLAN}/compare?from=v28&to=v20`, PORTRAIT],
    ['lineage', `${PLAN}/lineage`, LANDSCAPE],
    ['disputes', `${PLAN}/disputes?version=v28`, PORTRAIT],
    ['three-way', `${PLAN}/three-way?base=v28&a=veu&b=v20`, PORTRAIT],
  ])(
    'prints %s: no navigation or controls, every detail expanded, nothing cut off',
    async (name, path, paper) => {
      const page = await signedIn(d, path, paper);
      const closed = await page.locator('main details:not([open])').count();
      await page.emulateMedia({ media: 'print' });
      const hidden = async (sel: string): Promise<boolean> =>
        page.$$eval(sel, (els) => els.every((e) => !(e as HTMLElement).checkVisibility()));
      for (const sel of [
        'header.top',
        '#plan-nav',
        'footer.foot',
        'main form.controls',
        'main .actions',
      ]) {
        expect([sel, await hidden(sel)]).toEqual([sel, true]);
      }
      await expect(hidden('main .link-actions')).resolves.toBe(true);
      await expect(page.locator('main h1').isVisible()).resolves.toBe(true);
      // Closed disclosures print open: their content takes room on paper.
      const shut = await page.$$eval(
        'main details:not([open])',
        (els) =>
          els.filter((e) => {
            const content = Array.from(e.children).find((c) => c.tagName !== 'SUMMARY');
            return content !== undefined && !(content as HTMLElement).checkVisibility();
          }).length,
      );
      expect(shut).toBe(0);
      if (name === 'three-way') expect(closed).toBeGreaterThan(0);
      if (name === 'lineage') {
        const pageName = await page.$eval('.print-wide', (e) => getComputedStyle(e).page);
        expect(pageName).toBe('wide');
      }
      // Wide tables print whole instead of scrolling.
      const scrolling = await page.$$eval(
        'main .scroll-x',
        (els) => els.filter((e) => getComputedStyle(e).overflowX !== 'visible').length,
      );
      expect(scrolling).toBe(0);
      // And nothing is wider than the paper: it would be cut off at the margin.
      expect(await scrollOverflow(page)).toBeLessThanOrEqual(0);
      expect(await overflowingElements(page)).toEqual([]);
      await d.shot(page, `print-${name}`);
      // And the screen is back to normal afterwards.
      await page.emulateMedia({ media: 'screen' });
      await expect(page.locator('#plan-nav').isVisible()).resolves.toBe(true);
      expect(d.problems(page)).toEqual({ console: [], failed: [], external: [] });
    },
  );

  it.each([
    ['plans', '/'],
    ['overview', PLAN],
    ['compare', `${PLAN}/compare?from=v28&to=v20&view=side`],
    ['three-way', `${PLAN}/three-way?base=v28&a=veu&b=v20`],
    ['flow', `${PLAN}/flow`],
    ['lineage', `${PLAN}/lineage`],
    ['time', `${PLAN}/time`],
    ['disputes', `${PLAN}/disputes?version=v28`],
    ['history', `${PLAN}/history/v28/6`],
    ['search', `${PLAN}/search?q=army`],
    ['review', `${PLAN}/review`],
    ['import', `${PLAN}/review/import`],
    ['upload', `${PLAN}/upload`],
  ])('fits 390 px signed in: nothing on %s sticks out', async (name, path) => {
    const page = await signedIn(d, path, MOBILE);
    await page.locator('main[aria-busy]').waitFor({ state: 'detached' });
    await d.shot(page, `phone-${name}`);
    expect(await scrollOverflow(page)).toBeLessThanOrEqual(0);
    expect(await overflowingElements(page)).toEqual([]);
    expect(await unlabelledControls(page)).toEqual([]);
    expect(d.problems(page)).toEqual({ console: [], failed: [], external: [] });
  });

  it('keeps text readable: contrast of at least 4.5:1 on the workbench’s new parts', async () => {
    const page = await signedIn(d, `${PLAN}/compare?from=v28&to=veu24`);
    const notSame = page
      .locator('li.change:not(:has(.chip.pinned))')
      .getByRole('button', { name: /^Not the same clause/ })
      .first();
    await notSame.click();
    await page.locator('#link-notice', { hasText: /not the same clause/ }).waitFor();
    const ratios = await contrasts(page, [
      '#link-notice',
      '.chip.kind-forbid',
      '.forbids li',
      '.curation .muted',
      '.small-button',
      '.change .chip[class*="kind-"]',
      '.confidence',
      'label',
      '#plan-nav a',
      '#plan-nav a[aria-current="page"]',
      '.auth',
      'footer.foot',
    ]);
    const others: [string, Page][] = [
      ['pinned', await signedIn(d, `${PLAN}/compare?from=v28&to=veu`)],
      ['flow', await d.open(`${PLAN}/flow`)],
      ['lineage', await d.open(`${PLAN}/lineage`)],
      ['time', await d.open(`${PLAN}/time`)],
      ['three-way', await d.open(`${PLAN}/three-way?base=v28&a=veu&b=v20`)],
    ];
    const sel: Record<string, string[]> = {
      pinned: ['.chip.pinned', '.change .chip[class*="kind-"]', '.small-button'],
      flow: ['.legend li', '#flow-count'],
      lineage: ['.matrix td', '.gist', '.legend li'],
      time: ['main p', 'main .muted'],
      'three-way': ['.tw-side p', '#tw-summary', '.tw-section summary h2'],
    };
    for (const [name, p] of others) {
      ratios.push(
        ...(await contrasts(p, sel[name]!)).map(([s, r]): [string, number] => [`${name} ${s}`, r]),
      );
    }
    for (const [s, ratio] of ratios) expect([s, ratio >= 4.5]).toEqual([s, true]);
  });
});
