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

/**
 * Elements that stick out past the right edge of the viewport (or the left), other than those
 * inside a region that scrolls sideways on its own (wide tables and charts): each would make a
 * phone reader scroll the page, or be cut off where the page clips. Names them for the message.
 */
export const overflowingElements = (page: Page): Promise<string[]> =>
  page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const scrolls = (el: Element): boolean => {
      for (let e = el.parentElement; e; e = e.parentElement) {
        const x = getComputedStyle(e).overflowX;
        if (x === 'auto' || x === 'scroll' || x === 'hidden' || x === 'clip') {
          return e !== document.documentElement && e !== document.body;
        }
      }
      return false;
    };
    return Array.from(document.body.querySelectorAll('*'))
      .filter((el) => {
        const r = el.getBoundingClientRect();
        if (r.width === 0 || r.height === 0) return false;
        if (r.right <= width + 0.5 && r.left >= -0.5) return false;
        // Clipped on purpose (visually hidden labels) or parked off-screen (the skip link).
        const style = getComputedStyle(el);
        if (style.position === 'absolute' && (r.right < 0 || el.matches('.visually-hidden'))) {
          return false;
        }
        return !scrolls(el);
      })
      .map((el) => {
        const r = el.getBoundingClientRect();
        const id = el.id ? `#${el.id}` : '';
        const cls = el.getAttribute('class') ? `.${el.getAttribute('class')!.split(' ')[0]}` : '';
        return `${el.tagName.toLowerCase()}${id}${cls} [${Math.round(r.left)}, ${Math.round(r.right)}] > ${width}`;
      });
  });

/** The page's own width against the viewport's: `scrollWidth ≤ clientWidth` holds when ≤ 0. */
export const scrollOverflow = (page: Page): Promise<number> =>
  page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

/** WCAG 2 contrast ratio of each matched element's text against its effective background. */
export function contrasts(page: Page, selectors: readonly string[]): Promise<[string, number][]> {
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
      const els = Array.from(document.querySelectorAll(sel));
      if (els.length === 0) return [[sel, -1]];
      // The worst of every match: one badly coloured chip among many still fails.
      const worst = Math.min(
        ...els.map((el) => {
          const [a, b] = [lum(rgb(getComputedStyle(el).color)), lum(background(el))];
          return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
        }),
      );
      return [[sel, worst]];
    });
  }, selectors);
}

/** Opens `path` with an editor's (or admin's) token kept for the tab, as after signing in. */
export async function signedIn(
  d: Dashboard,
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
