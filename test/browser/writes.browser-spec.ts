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
  labels: string[];
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
    // Let the first load finish (the favicon too) before reloading: a request still in flight
    // is aborted by the reload, and that abort is the test's doing, not the app's.
    await page.waitForLoadState('networkidle');
    await page.reload();
    await page.locator('main h1').first().waitFor();
    return page;
  }
  const item = (page: Page, c: { from: string[]; to: string[] }) =>
    page.locator(`li.change[data-from="${c.from.join('+')}"][data-to="${c.to.join('+')}"]`);

  it('pins a match and records another as not the same clause; the comparison updates', async () => {
    const before = await get<{ changes: Change[] }>('/compare?from=v28&to=veu24');
    const free = before.changes.filter(
      (c) => !c.pinned && c.from.length === 1 && c.to.length === 1 && PIN.has(c.kind),
    );
    expect(free.length).toBeGreaterThanOrEqual(2);
    const [pin, forbid] = [free[0]!, free[1]!];
    const linksBefore = await get<Link[]>('/links');

    // Not signed in: no write buttons, a hint instead.
    const anon = await d.open(`${PLAN}/compare?from=v28&to=veu24`);
    await expect(anon.locator('.link-actions').count()).resolves.toBe(0);
    await expect(anon.locator('form.curation-form').count()).resolves.toBe(0);
    await anon.getByText('Sign in with an editor token to pin or forbid matches.').waitFor();

    const page = await signedIn(`${PLAN}/compare?from=v28&to=veu24`);
    await item(page, pin).getByRole('button', { name: /^Pin / }).click();
    await page.locator('#link-notice', { hasText: /^Pinned 1?/ }).waitFor();
    await item(page, pin).locator('.chip.pinned').waitFor();
    await d.shot(page, 'compare-pinned');

    // The link records the engine's kind (renumbered and moved are pins in their own right).
    const links = await get<Link[]>('/links');
    const pinLink = links.find(
      (l) =>
        l.from.version === 'v28' &&
        l.from.label === pin.from[0] &&
        l.to.version === 'veu24' &&
        l.to.label === pin.to[0],
    );
    expect(pinLink?.kind).toBe(pin.kind === 'unchanged' ? 'same' : pin.kind);
    const afterPin = await get<{ changes: Change[] }>('/compare?from=v28&to=veu24');
    expect(
      afterPin.changes.find((c) => c.from.includes(pin.from[0]!) && c.to.includes(pin.to[0]!))
        ?.pinned,
    ).toBe(true);

    // "Not the same clause" is one forbid link; the engine never pairs the two again, and the
    // view lists the pair as kept apart.
    await item(page, forbid)
      .getByRole('button', { name: /^Not the same clause/ })
      .click();
    await page.locator('#link-notice', { hasText: /not the same clause/ }).waitFor();
    await expect(item(page, forbid).count()).resolves.toBe(0);
    const kept = page.locator(
      `.forbids li[data-from="${forbid.from[0]}"][data-to="${forbid.to[0]}"]`,
    );
    await kept.waitFor();
    await d.shot(page, 'compare-forbidden');
    const forbids = (await get<Link[]>('/links')).filter((l) => l.kind === 'forbid');
    expect(forbids).toEqual([
      expect.objectContaining({
        from: expect.objectContaining({ version: 'v28', label: forbid.from[0] }),
        to: expect.objectContaining({ version: 'veu24', label: forbid.to[0] }),
      }),
    ]);
    const after = await get<{ changes: Change[] }>('/compare?from=v28&to=veu24');
    expect(
      after.changes.some((c) => c.from.includes(forbid.from[0]!) && c.to.includes(forbid.to[0]!)),
    ).toBe(false);
    expect(d.problems(page)).toEqual({ console: [], failed: [], external: [] });

    // The editor takes their own pin and forbid away again (no admin needed).
    await item(page, pin)
      .getByRole('button', { name: /^Unpin / })
      .click();
    await page.locator('#link-notice', { hasText: /^Unpinned/ }).waitFor();
    await expect(item(page, pin).locator('.chip.pinned').count()).resolves.toBe(0);
    await kept.getByRole('button', { name: /^Remove: / }).click();
    await page.locator('#link-notice', { hasText: /^Removed / }).waitFor();
    await expect(kept.count()).resolves.toBe(0);
    await item(page, forbid).waitFor();
    expect((await get<Link[]>('/links')).length).toBe(linksBefore.length);
    expect(d.problems(page)).toEqual({ console: [], failed: [], external: [] });

    // A seeded (CLI-made) link is not an editor's to remove: the API's refusal is shown.
    const veu = await get<{ changes: Change[] }>('/compare?from=v28&to=veu');
    const seeded = veu.changes.find(
      (c) =>
        c.pinned &&
        c.from.length === 1 &&
        c.to.length === 1 &&
        linksBefore.some(
          (l) =>
            l.from.version === 'v28' &&
            l.to.version === 'veu' &&
            l.from.label === c.from[0] &&
            l.to.label === c.to[0],
        ),
    )!;
    expect(seeded).toBeDefined();
    const other = await signedIn(`${PLAN}/compare?from=v28&to=veu`);
    await item(other, seeded)
      .getByRole('button', { name: /^Unpin / })
      .click();
    await other.locator('#link-notice.error', { hasText: /only their own links/ }).waitFor();
    expect((await get<Link[]>('/links')).length).toBe(linksBefore.length);
  });

  it('links two clauses the engine did not pair, as moved, and the comparison follows', async () => {
    const before = await get<{ changes: Change[] }>('/compare?from=v28&to=veu24');
    const free = before.changes.filter(
      (c) => !c.pinned && c.from.length === 1 && c.to.length === 1 && PIN.has(c.kind),
    );
    const [a, b] = [free[free.length - 1]!, free[free.length - 2]!];
    const page = await signedIn(`${PLAN}/compare?from=v28&to=veu24`);
    await page.getByLabel('Clause of V28').selectOption(a.from[0]!);
    await page.getByLabel('Relation').selectOption('moved');
    await page.getByLabel(/^Clause of VEU/).selectOption(b.to[0]!);
    await page.getByRole('button', { name: 'Record link' }).click();
    await page
      .locator('#link-notice', { hasText: /as moved; the comparison was recomputed/ })
      .waitFor();
    const moved = { from: a.from, to: b.to };
    await item(page, moved).locator('.chip.pinned').waitFor();
    const after = await get<{ changes: Change[] }>('/compare?from=v28&to=veu24');
    expect(after.changes.find((c) => c.from.includes(a.from[0]!))).toMatchObject({
      from: a.from,
      to: b.to,
      pinned: true,
    });
    const link = (await get<Link[]>('/links')).find(
      (l) => l.kind === 'moved' && l.from.label === a.from[0] && l.to.label === b.to[0],
    );
    expect(link).toBeDefined();
    // Forbidding the pair just pinned is refused by the API, and the view says why.
    await page.getByLabel('Clause of V28').selectOption(a.from[0]!);
    await page.getByLabel('Relation').selectOption('forbid');
    await page.getByLabel(/^Clause of VEU/).selectOption(b.to[0]!);
    await page.getByRole('button', { name: 'Record link' }).click();
    await page.locator('#link-notice.error', { hasText: /remove that link/ }).waitFor();
    await d.shot(page, 'compare-linked');
    await d.api
      .http()
      .delete(`${API}/links/${link!.id}`)
      .set('Authorization', d.api.auth('editor'))
      .expect(204);
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
    // The position carries the clause it targets in `labels`, as seeded positions do.
    expect(mine!.labels).toEqual(['6']);
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
