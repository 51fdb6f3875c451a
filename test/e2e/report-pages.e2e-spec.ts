import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { closePdfRenderer } from '../../src/reports';
import { useTestApp } from '../support/e2e';

/**
 * The PDF an analyst downloads, looked at as pages: rendered by Chromium through the API, then
 * rasterised by poppler (pdftoppm) and read pixel by pixel. Text checks alone passed while the
 * redline printed without colour and page 1 was a title on white. One backend is enough: the
 * pages depend on the report, not on where the corpus is stored.
 */
const SHOTS = join(__dirname, '..', '..', 'test-output', 'screenshots');

interface Page {
  readonly width: number;
  readonly height: number;
  readonly rgb: Buffer;
}

/** Binary PPM (P6, maxval 255): what pdftoppm writes without -png. */
function readPpm(file: string): Page {
  const data = readFileSync(file);
  const fields: string[] = [];
  let i = 0;
  while (fields.length < 4) {
    while (/\s/.test(String.fromCharCode(data[i]!))) i++;
    let token = '';
    while (!/\s/.test(String.fromCharCode(data[i]!))) token += String.fromCharCode(data[i++]!);
    fields.push(token);
  }
  expect(fields[0]).toBe('P6');
  expect(fields[3]).toBe('255');
  return { width: Number(fields[1]), height: Number(fields[2]), rgb: data.subarray(i + 1) };
}

/** Pixels within `tolerance` of a colour on every channel. */
function countNear(page: Page, [r, g, b]: readonly number[], tolerance = 10): number {
  let n = 0;
  for (let p = 0; p + 2 < page.rgb.length; p += 3) {
    const dr = Math.abs(page.rgb[p]! - r!);
    const dg = Math.abs(page.rgb[p + 1]! - g!);
    const db = Math.abs(page.rgb[p + 2]! - b!);
    if (dr <= tolerance && dg <= tolerance && db <= tolerance) n++;
  }
  return n;
}

/** Share of pixels that are not paper-white. */
function ink(page: Page): number {
  let n = 0;
  for (let p = 0; p + 2 < page.rgb.length; p += 3) {
    if (page.rgb[p]! < 235 || page.rgb[p + 1]! < 235 || page.rgb[p + 2]! < 235) n++;
  }
  return n / (page.width * page.height);
}

describe('the v28 → v20 PDF report, looked at as pages', () => {
  const t = useTestApp('sqlite');
  const dir = mkdtempSync(join(tmpdir(), 'plandiff-pages-'));
  let pages: Page[] = [];
  let texts: string[] = [];

  beforeAll(async () => {
    const r = await t
      .http()
      .get('/api/plans/ukraine-2025/compare?from=v28&to=v20&format=pdf')
      .buffer(true)
      .parse((res, done) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => done(null, Buffer.concat(chunks)));
      })
      .expect(200);
    const pdf = join(dir, 'report.pdf');
    writeFileSync(pdf, r.body as Buffer);
    // 40 dpi is enough to tell colours and layout apart and keeps the pixel walk small.
    execFileSync('pdftoppm', ['-r', '40', pdf, join(dir, 'page')]);
    const files = readdirSync(dir)
      .filter((f) => f.endsWith('.ppm'))
      .sort();
    pages = files.map((f) => readPpm(join(dir, f)));
    texts = pages.map((_, k) =>
      execFileSync('pdftotext', ['-f', String(k + 1), '-l', String(k + 1), pdf, '-'], {
        encoding: 'utf8',
      }),
    );
    // For people: the same pages as PNG next to the browser tests' screenshots.
    mkdirSync(SHOTS, { recursive: true });
    execFileSync('pdftoppm', ['-r', '60', '-png', pdf, join(SHOTS, 'report-v28-v20-page')]);
  }, 120_000);

  afterAll(async () => {
    await closePdfRenderer();
    rmSync(dir, { recursive: true, force: true });
  });

  it('is a short document on A4 portrait pages', () => {
    // 14 pages in December 2026, with every dispute and source; 36 when each redline was printed
    // twice. The bound leaves room for the corpus to grow, not for the duplicate to come back.
    expect(pages.length).toBeGreaterThanOrEqual(3);
    expect(pages.length).toBeLessThanOrEqual(20);
    for (const page of pages) {
      // A4 is 210 × 297 mm: 1 : 1.414.
      expect(page.height / page.width).toBeCloseTo(297 / 210, 1);
    }
  });

  it('numbers every page "Page k of n" under a running header', () => {
    texts.forEach((text, k) => {
      expect(text).toContain(`Page ${k + 1} of ${pages.length}`);
      expect(text).toContain('plandiff comparison report');
    });
  });

  it('prints the redline in colour: deletions red, insertions green', () => {
    // The stylesheet's del and ins backgrounds (#fde7e7, #e3f4e6); print-color-adjust keeps them.
    const deleted = pages.reduce((n, p) => n + countNear(p, [0xfd, 0xe7, 0xe7]), 0);
    const inserted = pages.reduce((n, p) => n + countNear(p, [0xe3, 0xf4, 0xe6]), 0);
    expect(deleted).toBeGreaterThan(500);
    expect(inserted).toBeGreaterThan(500);
  });

  it('starts the document on page 1 instead of a title on white', () => {
    expect(ink(pages[0]!)).toBeGreaterThan(0.04);
    // Page 1 already holds the contents and the first clause of the newer text.
    expect(texts[0]).toMatch(/Contents/i);
  });

  it('prints each redline once, not again as a before/after table', () => {
    const all = texts.join('\n').replace(/\s+/g, ' ');
    // A phrase that only the changed clause on armed forces carries, in either version.
    const hits = all.match(/800,000/g) ?? [];
    expect(hits.length).toBeGreaterThan(0);
    expect(hits.length).toBeLessThanOrEqual(2);
  });
});
