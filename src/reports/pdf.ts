import { existsSync } from 'node:fs';
import type * as Playwright from 'playwright-core';
import type { Browser } from 'playwright-core';
import { Gate } from '../lib/gate';
import { REPORT_FONT } from '../engine';

/** playwright-core takes about 0.5 s to load: only PDF needs it, so the CLI's start stays fast. */
function chromium(): typeof Playwright.chromium {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return (require('playwright-core') as typeof Playwright).chromium;
}

/**
 * PDF from the standalone HTML report, printed by headless Chromium (Debian's `chromium`, driven by
 * playwright-core: no browser is ever downloaded). Text stays selectable. One browser is started
 * on first use and shared; `closePdfRenderer()` stops it (the service calls it on shutdown).
 */
export interface PdfOptions {
  /** Chromium binary; Debian's package installs /usr/bin/chromium. */
  readonly executablePath?: string;
  /** Upper bound for one rendering. */
  readonly timeoutMs?: number;
  /** Running header on every page (plain text: versions and dates); page numbers go below. */
  readonly header?: string;
}

export class PdfUnavailableError extends Error {
  public override readonly name = 'PdfUnavailableError';
}

// Flags the probe on these machines needed: no sandbox as root, and no background networking
// (the closed network refuses Chromium's update and sync connections).
const ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

let shared: { path: string; browser: Promise<Browser> } | undefined;

function browserFor(path: string): Promise<Browser> {
  if (shared?.path !== path) {
    if (!existsSync(path)) {
      throw new PdfUnavailableError(
        `PDF output needs Chromium at ${path} (Debian: apt-get install chromium)`,
      );
    }
    const browser = chromium().launch({ executablePath: path, args: ARGS });
    // A failed launch must not poison later attempts.
    browser.catch(() => {
      if (shared?.browser === browser) shared = undefined;
    });
    shared = { path, browser };
  }
  return shared.browser;
}

/** Two pages at a time on a 2-core machine; a few more wait, the rest get a BusyError. */
const gate = new Gate(2, 6, 'PDF rendering', 'pdf-busy');

export function renderPdf(html: string, options: PdfOptions = {}): Promise<Buffer> {
  return gate.run(() => renderNow(html, options));
}

async function renderNow(html: string, options: PdfOptions): Promise<Buffer> {
  const browser = await browserFor(options.executablePath ?? '/usr/bin/chromium');
  const context = await browser.newContext({ javaScriptEnabled: false });
  try {
    const page = await context.newPage();
    page.setDefaultTimeout(options.timeoutMs ?? 30_000);
    // The report is self-contained: any request it would make is refused.
    await page.route('**/*', (route) => route.abort());
    await page.setContent(html, { waitUntil: 'load' });
    return await page.pdf({
      format: 'A4',
      printBackground: true,
      displayHeaderFooter: true,
      headerTemplate: band(escapeText(options.header ?? ''), 'plandiff comparison report'),
      footerTemplate: band(
        '',
        'Page <span class="pageNumber"></span> of <span class="totalPages"></span>',
      ),
      margin: { top: '20mm', bottom: '18mm', left: '16mm', right: '16mm' },
    });
  } finally {
    await context.close();
  }
}

// Chromium prints header and footer templates outside the page's stylesheet, at a default size
// of zero: everything they need is inline, in the report's font.
function band(left: string, right: string): string {
  const style = [
    'width:100%',
    'margin:0 16mm',
    'font-size:8pt',
    `font-family:${REPORT_FONT.replace(/"/g, "'")}`,
    'color:#4a4a4a',
    'display:flex',
    'justify-content:space-between',
    'gap:8mm',
  ].join(';');
  return `<div style="${style}"><span>${left}</span><span>${right}</span></div>`;
}

function escapeText(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

export async function closePdfRenderer(): Promise<void> {
  const current = shared;
  shared = undefined;
  if (current !== undefined) await (await current.browser.catch(() => undefined))?.close();
}
