import { renderChangesCsv, render } from '../engine/render';
import type { ReportContext } from '../engine/render';
import type { Comparison } from '../engine/types';
import { renderDocx } from './docx';
import { renderHtml } from '../engine/render/html';
import { renderPdf } from './pdf';
import type { ReportFormat } from './formats';

export { closePdfRenderer, PdfUnavailableError } from './pdf';

export { REPORT_CONTENT_TYPES, REPORT_FORMATS, isBinaryFormat } from './formats';
export type { ReportFormat } from './formats';

export interface ReportOptions {
  readonly context?: ReportContext;
  readonly sourceLabel?: { readonly from: string; readonly to: string };
  /** Chromium binary for PDF (from the validated config). */
  readonly chromiumPath?: string;
}

/**
 * One entry point for every output format, shared by the API and the CLI. DOCX and PDF need
 * libraries (and, for PDF, a browser) the pure engine must not depend on, so they live here.
 */
export async function renderReport(
  c: Comparison,
  format: ReportFormat,
  options: ReportOptions = {},
): Promise<string | Buffer> {
  const { context, sourceLabel } = options;
  const textOptions = {
    ...(context !== undefined ? { context } : {}),
    ...(sourceLabel !== undefined ? { sourceLabel } : {}),
  };
  switch (format) {
    case 'json':
    case 'md':
    case 'html':
      return render(c, format, textOptions);
    case 'csv':
      return renderChangesCsv(c);
    case 'docx':
      return renderDocx(c, context !== undefined ? { context } : {});
    case 'pdf':
      return renderPdf(
        renderHtml(c, textOptions),
        options.chromiumPath !== undefined ? { executablePath: options.chromiumPath } : {},
      );
  }
}
