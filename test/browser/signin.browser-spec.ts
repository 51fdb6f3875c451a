// Functions passed to page.evaluate run in the browser: type-check them against the DOM.
import type { Page } from 'playwright-core';
import { PLAN, useDashboard } from './harness';

const stored = (page: Page): Promise<string | null> =>
  page.evaluate(() => sessionStorage.getItem('plandiff.token'));

describe('sign-in with PLANDIFF_REQUIRE_READ_TOKEN=true, in headless Chromium', () => {
  const d = useDashboard({ requireReadToken: true });

  it('asks for a token instead of showing 401 errors', async () => {
    const page = await d.open(PLAN);
    await expect(page.locator('main h1').textContent()).resolves.toBe('Sign in');
    await page
      .getByText('This server asks for an access token before it shows any plan.')
      .waitFor();
    await expect(page.locator('main').textContent()).resolves.not.toMatch(/Error 401/);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('signin-token');
    await d.shot(page, 'signin');
    // The only failures are the API's 401s that led to the form.
    const { console: logged, failed, external } = d.problems(page);
    expect(external).toEqual([]);
    expect(failed.length).toBeGreaterThan(0);
    expect(failed.every((f) => /^401 .*\/api\//.test(f))).toBe(true);
    expect(logged.every((m) => /401/.test(m))).toBe(true);
  });

  it('refuses a wrong token with a message and keeps nothing', async () => {
    const page = await d.open(PLAN);
    await page.getByLabel('Access token').fill('pd_not-a-real-token');
    await page.getByRole('button', { name: 'Sign in', exact: true }).last().click();
    const message = page.locator('#signin-message');
    await message.waitFor();
    await expect(message.textContent()).resolves.toMatch(/token was refused/);
    expect(await stored(page)).toBeNull();
    await expect(page.locator('main h1').textContent()).resolves.toBe('Sign in');
  });

  it('takes a valid token, shows the view, and keeps the token for this tab only', async () => {
    const page = await d.open(PLAN);
    await page.getByLabel('Access token').fill(d.api.tokens.viewer);
    await page.keyboard.press('Enter');
    await page.locator('main h1', { hasText: /peace plan/ }).waitFor();
    await expect(page.locator('#auth').textContent()).resolves.toContain('Signed in');
    expect(await stored(page)).toBe(d.api.tokens.viewer);
    await expect(page.locator('main .error').count()).resolves.toBe(0);

    // A reload of the same tab stays signed in; the next view reads with the token.
    await page.reload();
    await page.locator('main h1', { hasText: /peace plan/ }).waitFor();
    await page.locator('#plan-nav').getByRole('link', { name: 'Disputes' }).click();
    await page.getByRole('heading', { name: /^Disputes: / }).waitFor();

    // Another tab of the same browser does not share it.
    const other = await page.context().newPage();
    await other.goto(`${d.base}${PLAN}`);
    await other.locator('main h1', { hasText: 'Sign in' }).waitFor();
    expect(await stored(other)).toBeNull();
    await other.close();

    // Signing out forgets it.
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.locator('main h1', { hasText: 'Sign in' }).waitFor();
    expect(await stored(page)).toBeNull();
  });
});
