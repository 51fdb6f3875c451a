// Functions passed to page.evaluate run in the browser: type-check them against the DOM.
import { mkdirSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { useTestApp } from '../support/e2e';
import type { TestApp } from '../support/e2e';
import type { AppConfig } from '../../src/config/app-config';

export const CHROMIUM = process.env['PLANDIFF_CHROMIUM'] ?? '/usr/bin/chromium';
export const SCREENSHOTS = join(__dirname, '..', '..', 'test-output', 'screenshots');
export const PLAN = '/plans/ukraine-2025';
export const DESKTOP = { width: 1280, height: 900 };
export const MOBILE = { width: 390, height: 844 };

/** What went wrong while a page was open; every test expects all of these to stay empty. */
export interface Problems {
  readonly console: string[];
  readonly failed: string[];
  /** Requests that tried to leave the test server (fonts, CDNs, trackers): all blocked. */
  readonly external: string[];
}

export interface Dashboard {
  readonly base: string;
  /** The app under test, for API calls (e.g. storing data) outside the browser. */
  readonly api: TestApp;
  open(path: string, viewport?: { width: number; height: number }): Promise<Page>;
  problems(page: Page): Problems;
  shot(page: Page, name: string): Promise<void>;
}

/**
 * The real app on a fresh seeded SQLite database, listening on a loopback port, and one headless
 * Chromium for the file. Every request a page makes is routed through a guard that blocks and
 * records any request not addressed to that server. `overrides` change the app's configuration
 * (e.g. `requireReadToken`).
 */
export function useDashboard(overrides: Partial<AppConfig> = {}): Dashboard {
  const t = useTestApp('sqlite', overrides);
  const state: { base?: string; browser?: Browser; contexts: BrowserContext[] } = { contexts: [] };
  const seen = new WeakMap<Page, Problems>();

  beforeAll(async () => {
    await t.app.listen(0, '127.0.0.1');
    const { port } = t.app.getHttpServer().address() as AddressInfo;
    state.base = `http://127.0.0.1:${port}`;
    state.browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    });
    mkdirSync(SCREENSHOTS, { recursive: true });
  });
  afterEach(async () => {
    await Promise.all(state.contexts.splice(0).map((c) => c.close()));
  });
  afterAll(async () => {
    await state.browser?.close();
  });

  const base = (): string => {
    if (!state.base) throw new Error('dashboard not started');
    return state.base;
  };

  return {
    get base() {
      return base();
    },
    api: t,
    async open(path, viewport = DESKTOP) {
      const context = await state.browser!.newContext({ viewport, acceptDownloads: true });
      state.contexts.push(context);
      const origin = base();
      const problems: Problems = { console: [], failed: [], external: [] };
      await context.route('**/*', (route) => {
        const url = route.request().url();
        if (url.startsWith(`${origin}/`)) return route.continue();
        problems.external.push(url);
        return route.abort('blockedbyclient');
      });
      const page = await context.newPage();
      seen.set(page, problems);
      page.on('console', (m) => {
        if (m.type() === 'error' || m.type() === 'warning') problems.console.push(m.text());
      });
      page.on('pageerror', (e) => problems.console.push(e.message));
      page.on('requestfailed', (r) => {
        // A download link's navigation is cancelled by design once the file is handed over.
        if (r.failure()?.errorText === 'net::ERR_ABORTED' && /format=|\/export/.test(r.url())) {
          return;
        }
        if (!r.url().startsWith(`${origin}/`)) return;
        problems.failed.push(`${r.url()} ${r.failure()?.errorText ?? ''}`);
      });
      page.on('response', (r) => {
        if (r.status() >= 400) problems.failed.push(`${r.status()} ${r.url()}`);
      });
      await page.goto(`${origin}${path}`);
      // Every view ends its render with a heading; errors render one too, checked by callers.
      await page.locator('main h1').first().waitFor();
      return page;
    },
    problems(page) {
      const p = seen.get(page);
      if (!p) throw new Error('page not opened through the dashboard harness');
      return p;
    },
    async shot(page, name) {
      const width = page.viewportSize()?.width ?? 0;
      await page.screenshot({ path: join(SCREENSHOTS, `${name}-${width}.png`), fullPage: true });
    },
  };
}

/** No horizontal scrolling of the page itself (wide tables scroll inside their own region). */
export const pageOverflow = (page: Page): Promise<number> =>
  page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);

/** Form controls without an accessible name (label, aria-label, aria-labelledby, or text). */
export const unlabelledControls = (page: Page): Promise<string[]> =>
  page.evaluate(() =>
    Array.from(document.querySelectorAll('input, select, textarea, button'))
      .filter((el) => {
        const named =
          el.getAttribute('aria-label') ||
          el.getAttribute('aria-labelledby') ||
          (el.id && document.querySelector(`label[for="${el.id}"]`)) ||
          el.closest('label') ||
          (el.tagName === 'BUTTON' && el.textContent?.trim());
        return !named;
      })
      .map((el) => el.outerHTML.slice(0, 120)),
  );
