// Functions passed to page.evaluate run in the browser: type-check them against the DOM.
import type { Page } from 'playwright-core';
import { MOBILE, PLAN, pageOverflow, useDashboard } from './harness';

const API = '/api/plans/ukraine-2025';
const PIN = new Set(['unchanged', 'reworded', 'renumbered', 'moved']);

interface Change {
  kind: string;
  from: string[];
  to: string[];
  pinned?: boolean;
}
interface Link {
  id: number;
  from: { version: string; label?: string | null };
  to: { version: string; label?: string | null };
  kind: string;
}
interface Position {
  party: string | null;
  version: string;
  clause: string | null;
  stance: string;
  grade: string | null;
  quote: string | null;
  sources: { url: string }[];
}

describe('write flows from the dashboard, end to end against the API', () => {
  const d = useDashboard();
  const get = async <T>(path: string): Promise<T> =>
    (await d.api.http().get(`${API}${path}`).expect(200)).body as T;

  async function signedIn(
    path: string,
    viewport?: { width: number; height: number },
    role: 'editor' | 'admin' = 'editor',
  ): Promise<Page> {
    const page = await d.open(path, viewport);
    await page.evaluate((t) => sessionStorage.setItem('plandiff.token', t), d.api.tokens[role]);
    await page.reload();
    await page.locator('main h1').first().waitFor();
    return page;
  }
  const item = (page: Page, c: Change) =>
    page.locator(`li.change[data-from="${c.from.join('+')}"][data-to="${c.to.join('+')}"]`);

  it('pins a match and records another as not the same clause; the comparison updates', async () => {
    const before = await get<{ changes: Change[] }>('/compare?from=v28&to=veu24');
    const free = before.changes.filter(
      (c) => !c.pinned && c.from.length === 1 && c.to.length === 1 && PIN.has(c.kind),
    );
    expect(free.length).toBeGreaterThanOrEqual(2);
    const [pin, forbid] = [free[0]!, free[1]!];

    // Not signed in: no write buttons, a hint instead.
    const anon = await d.open(`${PLAN}/compare?from=v28&to=veu24`);
    await expect(anon.locator('.link-actions').count()).resolves.toBe(0);
    await anon.getByText('Sign in with an editor token to pin or forbid matches.').waitFor();

    const page = await signedIn(`${PLAN}/compare?from=v28&to=veu24`);
    await item(page, pin).getByRole('button', { name: /^Pin / }).click();
    await page.locator('#link-notice', { hasText: /^Pinned 1?/ }).waitFor();
    await item(page, pin).locator('.chip.pinned').waitFor();
    await d.shot(page, 'compare-pinned');

    const links = await get<Link[]>('/links');
    expect(
      links.some(
        (l) =>
          l.from.version === 'v28' &&
          l.from.label === pin.from[0] &&
          l.to.version === 'veu24' &&
          l.to.label === pin.to[0],
      ),
    ).toBe(true);
    const afterPin = await get<{ changes: Change[] }>('/compare?from=v28&to=veu24');
    expect(
      afterPin.changes.find((c) => c.from.includes(pin.from[0]!) && c.to.includes(pin.to[0]!))
        ?.pinned,
    ).toBe(true);

    await item(page, forbid)
      .getByRole('button', { name: /^Not the same clause/ })
      .click();
    await page.locator('#link-notice', { hasText: /not the same clause/ }).waitFor();
    await expect(item(page, forbid).count()).resolves.toBe(0);
    const after = await get<{ changes: Change[] }>('/compare?from=v28&to=veu24');
    expect(
      after.changes.some((c) => c.from.includes(forbid.from[0]!) && c.to.includes(forbid.to[0]!)),
    ).toBe(false);
    expect(after.changes.find((c) => c.from.includes(forbid.from[0]!))?.kind).toBe('removed');

    expect(d.problems(page)).toEqual({ console: [], failed: [], external: [] });

    // Unpin takes the curated link away again (deleting a link needs the admin role).
    const admin = await signedIn(`${PLAN}/compare?from=v28&to=veu24`, undefined, 'admin');
    await item(admin, pin)
      .getByRole('button', { name: /^Unpin / })
      .click();
    await admin.locator('#link-notice', { hasText: /^Unpinned/ }).waitFor();
    await expect(item(admin, pin).locator('.chip.pinned').count()).resolves.toBe(0);
    const unpinned = await get<Link[]>('/links');
    // Since `links` was read: two links for the forbid, one (the pin) deleted.
    expect(unpinned.length).toBe(links.length + 1);
    expect(d.problems(admin)).toEqual({ console: [], failed: [], external: [] });
  });

  it('records a position on a clause with source and grade', async () => {
    const page = await signedIn(`${PLAN}/history/v28/6`);
    await page.getByLabel('Party').selectOption('Ukraine');
    await page.getByLabel('Actor').fill('Test Minister');
    await page.getByLabel('Stance').selectOption('opposes');
    await page.getByLabel('Evidence grade').selectOption('B');
    await page.getByLabel('Date').fill('2025-11-25');
    await page.getByLabel('Outlet').fill('Test Wire');
    await page.getByLabel('Source URL').fill('https://example.org/test-wire/1');
    await page.getByLabel('Quote').fill('a cap is not acceptable to us');
    await page.getByRole('button', { name: 'Record position' }).click();
    await page.locator('#position-notice').waitFor();
    await page.getByText('“a cap is not acceptable to us”').waitFor();
    await d.shot(page, 'history-position');

    const positions = await get<Position[]>('/positions');
    const mine = positions.find((p) => p.quote === 'a cap is not acceptable to us');
    expect(mine).toMatchObject({
      party: 'Ukraine',
      version: 'v28',
      clause: '6',
      stance: 'opposes',
      grade: 'B',
    });
    expect(mine!.sources.map((s) => s.url)).toContain('https://example.org/test-wire/1');
    expect(d.problems(page)).toEqual({ console: [], failed: [], external: [] });
  });

  it('uploads a draft: previews its segmentation, then stores it', async () => {
    const text =
      '1. The parties agree to a ceasefire.\n2. Prisoners are exchanged all for all.\n3. Elections follow within 100 days.\n';
    const preview = (
      await d.api
        .http()
        .post(`${API}/versions/preview`)
        .set('Authorization', d.api.auth('editor'))
        .send({ text })
        .expect(200)
    ).body as { clauses: { label: string; text: string }[] };
    const page = await signedIn(`${PLAN}/upload`);
    await page.setInputFiles('#up-file', {
      name: 'draft.txt',
      mimeType: 'text/plain',
      buffer: Buffer.from(text, 'utf8'),
    });
    await expect(page.getByRole('button', { name: 'Store version' }).isDisabled()).resolves.toBe(
      true,
    );
    await page.getByRole('button', { name: 'Preview segmentation' }).click();
    await page.locator('#up-preview').waitFor();
    const rows = await page.$$eval('#up-preview tbody tr', (els) =>
      els.map((e) => [e.getAttribute('data-label'), e.querySelector('td:last-child')?.textContent]),
    );
    expect(rows).toEqual(preview.clauses.map((c) => [c.label, c.text]));
    await d.shot(page, 'upload-preview');
    // Previewing stored nothing.
    const before = await get<{ slug: string }[]>('/versions');
    expect(before.some((v) => v.slug === 'draft-test')).toBe(false);

    await page.getByLabel('Slug').fill('draft-test');
    await page.getByLabel('Title').fill('Test draft');
    await page.getByLabel('Date').fill('2026-02-01');
    await page.getByLabel('V20 (2025-12-23)').check();
    await page.getByRole('button', { name: 'Store version' }).click();
    await page.waitForURL(/\/compare\?from=v20&to=draft-test$/);
    await page.locator('main h1', { hasText: /→ draft-test$/ }).waitFor();
    const stored = (
      await get<{ slug: string; parents: string[]; clauseCount: number }[]>('/versions')
    ).find((v) => v.slug === 'draft-test');
    expect(stored).toMatchObject({ parents: ['v20'], clauseCount: preview.clauses.length });
    expect(d.problems(page)).toEqual({ console: [], failed: [], external: [] });
  });

  it('shows the position form on a phone without overflow', async () => {
    const page = await signedIn(`${PLAN}/history/v28/6`, MOBILE);
    await page.locator('form.position-form').waitFor();
    await d.shot(page, 'history-position');
    expect(await pageOverflow(page)).toBeLessThanOrEqual(0);
  });
});
