import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { compareTexts } from '../../src/engine';
import { renderHtml } from '../../src/engine/render';
import { closePdfRenderer, PdfUnavailableError, renderPdf } from '../../src/reports/pdf';
import { readPairText } from '../support/fixtures';

// Real headless Chromium (Debian's package, installed by .ci/run) and pdftotext (poppler-utils).
describe('PDF report', () => {
  const dir = mkdtempSync(join(tmpdir(), 'plandiff-pdf-'));
  afterAll(async () => {
    await closePdfRenderer();
    rmSync(dir, { recursive: true, force: true });
  });

  it('prints the HTML report with selectable text that contains the clause text', async () => {
    const comparison = compareTexts(readPairText('v28'), readPairText('veu'));
    const pdf = await renderPdf(renderHtml(comparison));
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const file = join(dir, 'report.pdf');
    writeFileSync(file, pdf);
    const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }).replace(
      /\s+/g,
      ' ',
    );
    expect(text).toContain('800,000');
    expect(text).toContain('600,000');
    expect(text).toContain('Provenance');
  });

  it('says what is missing when Chromium is not there', async () => {
    await expect(
      renderPdf('<p>x</p>', { executablePath: '/nonexistent/chromium' }),
    ).rejects.toThrow(PdfUnavailableError);
  });
});
