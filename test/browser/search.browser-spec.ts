// Functions passed to page.evaluate run in the browser: type-check them against the DOM.
import { PLAN, useDashboard } from './harness';

describe('search view in headless Chromium', () => {
  const d = useDashboard();

  it('marks whole words only, where the API located them, best first', async () => {
    const page = await d.open(`${PLAN}/search?q=NATO`);
    await page.getByRole('heading', { name: 'Search: “NATO”' }).waitFor();
    await expect(page.locator('main p[role="status"]').textContent()).resolves.toMatch(
      /^\d+ clauses found, best first$/,
    );
    const marks = await page.locator('.hit mark').allTextContents();
    expect(marks.length).toBeGreaterThan(0);
    // The substring search marked "nato" inside discriminatory and signatories.
    for (const m of marks) expect(m).toMatch(/^nato('s)?$|^NATO('s)?$/i);
    expect(d.problems(page)).toEqual({ console: [], failed: [], external: [] });
  });

  it('says plainly when nothing matches, and which words were too common to search', async () => {
    const page = await d.open(`${PLAN}/search?q=${encodeURIComponent('the zeppelin')}`);
    await page.getByRole('heading', { name: 'Search: “the zeppelin”' }).waitFor();
    await expect(page.locator('main p[role="status"]').textContent()).resolves.toBe(
      'No matches: no clause contains all of “the zeppelin” (whole words, in any inflection).',
    );
    await page.getByText('Not searched for (too common): the').waitFor();
    expect(await page.locator('.hit').count()).toBe(0);
    expect(d.problems(page)).toEqual({ console: [], failed: [], external: [] });
  });
});
