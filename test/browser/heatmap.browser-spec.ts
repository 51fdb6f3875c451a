// Functions passed to page.evaluate run in the browser: type-check them against the DOM.
import type { Page } from 'playwright-core';
import { PLAN, useDashboard } from './harness';

const API = '/api/plans/ukraine-2025';

interface Stance {
  party: string;
  stance: string;
}
interface Disputes {
  versionWide: Stance[];
  clauses: { label: string; parties: Stance[] }[];
  authors: string[];
  page: { total: number };
}

/** Filters re-render after the URL changes: wait until the count is reached, then check it. */
async function count(page: Page, selector: string, n: number): Promise<void> {
  await page
    .waitForFunction(
      ([sel, want]) => document.querySelectorAll(sel).length === want,
      [selector, n] as const,
      { timeout: 10_000 },
    )
    .catch(() => undefined);
  await expect(page.locator(selector).count()).resolves.toBe(n);
}

describe('disputes heat map in headless Chromium', () => {
  const d = useDashboard();
  const disputes = async (query: string): Promise<Disputes> =>
    (await d.api.http().get(`${API}/disputes?${query}`).expect(200)).body as Disputes;

  /** A version of the seeded corpus with stances both on clauses and on the whole version. */
  async function versionWithBoth(): Promise<string> {
    const versions = (await d.api.http().get(`${API}/versions`).expect(200)).body as {
      slug: string;
    }[];
    for (const { slug } of versions) {
      const data = await disputes(`version=${slug}&limit=200`);
      if (data.versionWide.length && data.clauses.some((c) => c.parties.length)) return slug;
    }
    throw new Error('no version with both kinds of stances in the seeded corpus');
  }

  it('puts clause stances in cells, whole-version stances in their own band, empty cells in words', async () => {
    const slug = await versionWithBoth();
    const data = await disputes(`version=${slug}&limit=50`);
    const page = await d.open(`${PLAN}/disputes?version=${slug}`);
    await page.locator('table.heatmap').waitFor();

    const cells = data.clauses.reduce((n, c) => n + c.parties.length, 0);
    await expect(page.locator('table.heatmap td.stance button.heat').count()).resolves.toBe(cells);
    const parties = new Set([
      ...data.clauses.flatMap((c) => c.parties.map((p) => p.party)),
      ...data.authors,
    ]);
    const empty = page.locator('table.heatmap td.stance.none');
    await expect(empty.count()).resolves.toBe(data.clauses.length * parties.size - cells);
    const words = await empty.locator('.empty').allTextContents();
    expect(new Set(words)).toEqual(new Set(['no position on record']));
    // Never "agreed" in a cell nobody filled.
    await expect(empty.filter({ hasText: 'agreed' }).count()).resolves.toBe(0);

    // One clause's cells say what the API says, party by party.
    const clause = data.clauses.find((c) => c.parties.length)!;
    for (const { party, stance } of clause.parties) {
      const cell = page.getByRole('button', {
        name: new RegExp(`^${party.replace(/[/]/g, '\\/')} ${stance} on §${clause.label} `),
      });
      await expect(cell.textContent()).resolves.toMatch(new RegExp(`^${stance}`));
    }

    // Version-wide stances: in the band, in no cell.
    const band = page.locator('section.version-band');
    await expect(band.locator('h2').textContent()).resolves.toBe('The version as a whole');
    await expect(band.locator('button.heat').count()).resolves.toBe(data.versionWide.length);
    await expect(page.locator('table.heatmap').getByText('as a whole').count()).resolves.toBe(0);
    await d.shot(page, 'heatmap');
    expect(d.problems(page)).toEqual({ console: [], failed: [], external: [] });
  });

  it('narrows the map with the filters, as the API does', async () => {
    const slug = await versionWithBoth();
    const page = await d.open(`${PLAN}/disputes?version=${slug}`);
    await page.locator('table.heatmap').waitFor();
    const all = await disputes(`version=${slug}&limit=50`);
    const party = all.clauses.flatMap((c) => c.parties.map((p) => p.party)).sort()[0]!;

    await page.getByLabel('Party', { exact: true }).selectOption(party);
    await page.waitForURL(new RegExp(`party=${encodeURIComponent(party)}`));
    const narrowed = await disputes(`version=${slug}&limit=50&party=${encodeURIComponent(party)}`);
    const cells = narrowed.clauses.reduce((n, c) => n + c.parties.length, 0);
    await count(page, 'table.heatmap thead th', 3);
    await count(page, 'table.heatmap td.stance button.heat', cells);
    const heads = await page.locator('table.heatmap thead th').allTextContents();
    expect(heads[2]).toMatch(new RegExp(`^${party.replace(/[/]/g, '\\/')}`));

    await page.getByLabel('Scope').selectOption('version-wide');
    await page.waitForURL(/scope=version-wide/);
    await page.locator('table.heatmap').waitFor({ state: 'detached' });
    await page.locator('section.version-band').waitFor();

    await page.getByLabel('Scope').selectOption('clause-specific');
    await page.waitForURL(/scope=clause-specific/);
    await page.locator('table.heatmap').waitFor();
    await expect(page.locator('section.version-band').count()).resolves.toBe(0);

    // A grade filter recomputes from what remains: the strictest shows no more than before.
    await page.getByLabel('Scope').selectOption('');
    await page.getByLabel('Party', { exact: true }).selectOption('');
    await page.getByLabel('Evidence').selectOption('A');
    await page.waitForURL(/grade=A/);
    const strict = await disputes(`version=${slug}&limit=50&grade=A`);
    await count(
      page,
      'table.heatmap td.stance button.heat',
      strict.clauses.reduce((n, c) => n + c.parties.length, 0),
    );
    expect(d.problems(page)).toEqual({ console: [], failed: [], external: [] });
  });
});
