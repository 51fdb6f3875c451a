// Functions passed to page.evaluate run in the browser: type-check them against the DOM.
import type { Page } from 'playwright-core';
import { MOBILE, PLAN, pageOverflow, unlabelledControls, useDashboard } from './harness';

const API = '/api/plans/ukraine-2025';
const URL_OF_ARTICLE = 'https://example.org/news/review-test';

// Written for this test, in the shape the extractor reads: one named speaker and one direct quote
// a paragraph. Peskov and Zelensky are in the corpus registry; the analyst is not.
const ARTICLE = [
  'Capitals weigh the revised draft',
  '',
  'Kremlin spokesman Dmitry Peskov told reporters on Monday: “Some provisions are acceptable, others are not.”',
  '',
  'President Volodymyr Zelensky told reporters: “We will not accept a ceiling on our army in this draft.”',
  '',
  'Analyst Anna Berg told reporters: “The talks are likely to drag on into the new year.”',
  '',
  'Further talks are expected next week.',
].join('\n');

interface Statement {
  id: number;
  quote: string;
  status: string;
  reason: string | null;
  position: number | null;
}

interface Position {
  id: number;
  party: string | null;
  stance: string;
  version: string | null;
  clause: string | null;
  grade: string | null;
  article: number | null;
  statement: number | null;
  sources: { url: string }[];
}

const focused = (page: Page): Promise<string | null> =>
  page.evaluate(() => document.activeElement?.id ?? null);

describe('review queue in headless Chromium', () => {
  const d = useDashboard();
  let article = 0;
  let statements: Statement[] = [];

  beforeAll(async () => {
    const r = await d.api
      .http()
      .post(`${API}/articles`)
      .set('Authorization', d.api.auth('editor'))
      .send({
        title: 'Capitals weigh the revised draft',
        outlet: 'Test Wire',
        date: '2025-11-24',
        url: URL_OF_ARTICLE,
        language: 'en',
        text: ARTICLE,
      })
      .expect(201);
    article = r.body.id;
    statements = r.body.statements;
  });

  it('lists the article with its proposed statements, linked from the nav and disputes', async () => {
    expect(statements.length).toBeGreaterThanOrEqual(2);
    const page = await d.open(`${PLAN}/disputes?version=v28`);
    await page.getByRole('link', { name: 'review queue' }).click();
    await page.getByRole('heading', { name: 'Review queue' }).waitFor();
    await expect(page.locator('#plan-nav a[aria-current="page"]').textContent()).resolves.toBe(
      'Review',
    );
    const row = page.locator('tr', { hasText: 'Capitals weigh the revised draft' });
    await expect(row.locator('.to-review').textContent()).resolves.toBe(
      `${statements.length} to review`,
    );
    await d.shot(page, 'review-queue');
    expect(d.problems(page)).toEqual({ console: [], failed: [], external: [] });
  });

  it('asks to sign in before a write, then accepts with a correction and rejects by keyboard', async () => {
    const page = await d.open(`${PLAN}/review`);
    await page.getByRole('link', { name: 'Capitals weigh the revised draft' }).click();
    await page.getByRole('heading', { name: 'Capitals weigh the revised draft' }).waitFor();
    // Every statement is highlighted in the text by its span, with a stance mark beside it.
    await expect(page.locator('.article-text mark.stmt').count()).resolves.toBe(statements.length);
    await expect(page.locator('.article-text mark.stmt .stance-mark').count()).resolves.toBe(
      statements.length,
    );
    const first = statements[0]!;
    expect(await focused(page)).toBe(`stmt-${first.id}`);
    await d.shot(page, 'review-article');

    // Not signed in: "a" asks for a token rather than sending a write that would fail.
    await page.keyboard.press('a');
    await page.getByText('Reviewing changes the record, so it needs an editor token.').waitFor();
    await page.getByRole('button', { name: 'Sign in' }).last().click();
    await page.getByLabel('Access token').fill(d.api.tokens.editor);
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'Capitals weigh the revised draft' }).waitFor();
    await expect(page.locator('#auth').textContent()).resolves.toContain('Signed in');
    expect(await focused(page)).toBe(`stmt-${first.id}`);

    // j / k move between statements, with a visible focus ring on the current one.
    await page.keyboard.press('j');
    expect(await focused(page)).toBe(`stmt-${statements[1]!.id}`);
    const ring = await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
    expect(ring).toBe('solid');
    await page.keyboard.press('k');
    expect(await focused(page)).toBe(`stmt-${first.id}`);

    // e: correct party, stance, target and grade, then accept with Enter.
    await page.keyboard.press('e');
    expect(await focused(page)).toBe('rv-speaker');
    await page.getByLabel('Party', { exact: true }).fill('Russia');
    await page.getByLabel('Stance', { exact: true }).selectOption('conditional');
    await page.getByLabel('About version', { exact: true }).selectOption('v28');
    await page.getByLabel('Clause', { exact: true }).fill('6');
    await page.getByLabel('Evidence grade', { exact: true }).selectOption('B');
    await page.getByLabel('Clause', { exact: true }).press('Enter');
    await page.getByText(/^Accepted: position \d+ created\.$/).waitFor();
    const positionId = Number(
      /position (\d+)/.exec((await page.locator('#review-status').textContent()) ?? '')![1],
    );
    // The panel moved on to the next proposed statement.
    expect(await focused(page)).toBe(`stmt-${statements[1]!.id}`);

    // r: reject with a reason, typed and sent with Enter.
    await page.keyboard.press('r');
    expect(await focused(page)).toBe('rv-reason');
    await page.keyboard.type('Not about the plan text.');
    await page.keyboard.press('Enter');
    await page.getByText('Rejected.', { exact: true }).waitFor();

    // Back on the accepted one, the panel shows the position it created.
    await page.locator(`#stmt-${first.id}`).click();
    await page.getByText(`Accepted as position ${positionId}:`).waitFor();
    await expect(page.locator('.review-panel .position-summary').textContent()).resolves.toMatch(
      /Russia.*conditional on v28 §6.*grade B/,
    );
    await d.shot(page, 'review-accepted');

    const positions = (await d.api.http().get(`${API}/positions`).expect(200)).body as Position[];
    expect(positions.find((p) => p.id === positionId)).toMatchObject({
      party: 'Russia',
      stance: 'conditional',
      version: 'v28',
      clause: '6',
      grade: 'B',
      article,
      statement: first.id,
      sources: [expect.objectContaining({ url: URL_OF_ARTICLE })],
    });
    const after = (await d.api.http().get(`${API}/statements?article=${article}`).expect(200)).body
      .items as Statement[];
    expect(after.find((s) => s.id === statements[1]!.id)).toMatchObject({
      status: 'rejected',
      reason: 'Not about the plan text.',
    });
    expect(after.find((s) => s.id === first.id)).toMatchObject({
      status: 'accepted',
      position: positionId,
    });

    // The queue counts the reviews.
    await page.getByRole('link', { name: 'Review queue' }).first().click();
    const row = page.locator('tr', { hasText: 'Capitals weigh the revised draft' });
    await expect(row.locator('.review-counts').textContent()).resolves.toBe(
      statements.length > 2
        ? `${statements.length - 2} to review 1 accepted, 1 rejected`
        : 'all reviewed 1 accepted, 1 rejected',
    );
    expect(d.problems(page)).toEqual({ console: [], failed: [], external: [] });
  });

  it('fits a phone screen with every control labelled: queue, article with its forms, import', async () => {
    const page = await d.open(`${PLAN}/review`, MOBILE);
    await page.getByRole('heading', { name: 'Review queue' }).waitFor();
    expect(await pageOverflow(page)).toBeLessThanOrEqual(0);
    await page.evaluate(
      (token) => sessionStorage.setItem('plandiff.token', token),
      d.api.tokens.editor,
    );
    await page.goto(`${d.base}${PLAN}/review/${article}`);
    await page.getByRole('heading', { name: 'Capitals weigh the revised draft' }).waitFor();
    await page.keyboard.press('e');
    await page.locator('#rv-speaker').waitFor();
    expect(await pageOverflow(page)).toBeLessThanOrEqual(0);
    expect(await unlabelledControls(page)).toEqual([]);
    await d.shot(page, 'review-edit');
    await page.goto(`${d.base}${PLAN}/review/import`);
    await page.getByRole('heading', { name: 'Import an article' }).waitFor();
    expect(await pageOverflow(page)).toBeLessThanOrEqual(0);
    expect(await unlabelledControls(page)).toEqual([]);
    expect(d.problems(page)).toEqual({ console: [], failed: [], external: [] });
  });

  it('imports an article from a file through the form and opens its review', async () => {
    const page = await d.open(`${PLAN}/review/import`);
    // Not signed in: the form is not offered, a sign-in is.
    await page
      .getByText('Importing stores an article for good, so it needs an editor token.')
      .waitFor();
    await page.getByRole('button', { name: 'Sign in' }).last().click();
    await page.getByLabel('Access token').fill(d.api.tokens.editor);
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'Import an article' }).waitFor();
    await page.getByLabel('Outlet').fill('Form Wire');
    await page.getByLabel('Published on').fill('2025-11-26');
    await page.getByLabel('Title', { exact: true }).fill('Envoys meet again');
    await page.getByLabel('Address (URL)').fill('https://example.org/news/form-test');
    // Neither text nor file: a message, no request.
    await page.getByRole('button', { name: 'Import and extract' }).click();
    await page.getByText('Paste the text or choose a file.').waitFor();
    await page.getByLabel('Or a file').setInputFiles({
      name: 'envoys.txt',
      mimeType: 'text/plain',
      buffer: Buffer.from(
        'Envoys meet again\n\nForeign Minister Sergey Lavrov told reporters: “The draft needs serious work.”\n',
      ),
    });
    await page.getByRole('button', { name: 'Import and extract' }).click();
    await page.getByRole('heading', { name: 'Envoys meet again' }).waitFor();
    await expect(page.locator('.article-text mark.stmt').count()).resolves.toBeGreaterThan(0);
    const list = await d.api.http().get(`${API}/articles?limit=500`).expect(200);
    expect(list.body.items).toContainEqual(
      expect.objectContaining({
        title: 'Envoys meet again',
        outlet: 'Form Wire',
        date: '2025-11-26',
        url: 'https://example.org/news/form-test',
      }),
    );
    expect(d.problems(page)).toEqual({ console: [], failed: [], external: [] });
  });
});
