import { renderChangesCsv, render, renderHtml } from '../engine';
import type { ReportContext, Comparison, VersionText } from '../engine';
import { renderDocx } from './docx';
import { renderPdf } from './pdf';
import type { ReportFormat } from './formats';
import { generationTime } from './clock';
import { buildReportContext } from './context';
import type { ReportProvenance } from './context';

export { closePdfRenderer, PdfUnavailableError } from './pdf';

export { REPORT_CONTENT_TYPES, REPORT_FORMATS, isBinaryFormat } from './formats';
export type { ReportFormat } from './formats';
export { REPORT_LAYOUT, buildReportContext } from './context';
export type { ReportProvenance, ReportVersionInput } from './context';
export { generationTime } from './clock';

export interface ReportOptions {
  readonly context?: ReportContext;
  readonly sourceLabel?: { readonly from: string; readonly to: string };
  /** Chromium binary for PDF (from the validated config). */
  readonly chromiumPath?: string;
  /** The compared versions (DOCX: moved clauses stand where they stood and where they stand). */
  readonly versions?: { readonly from: VersionText; readonly to: VersionText };
  /** Who the DOCX report's revisions and comments are by (default "plandiff"). */
  readonly author?: string;
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
      return renderDocx(c, {
        ...(context !== undefined ? { context } : {}),
        ...(options.versions !== undefined ? { versions: options.versions } : {}),
        ...(options.author !== undefined ? { author: options.author } : {}),
      });
    case 'pdf':
      return renderPdf(renderHtml(c, textOptions), {
        header: runningHeader(c, context),
        ...(options.chromiumPath !== undefined ? { executablePath: options.chromiumPath } : {}),
      });
  }
}

/** "v28 (2025-11-20) → v20 (2025-12-23)": which versions, and when, on every printed page. */
export function runningHeader(c: Comparison, context: ReportContext = {}): string {
  const side = (v: ReportContext['from'], fallback: string): string => {
    const name = v?.slug ?? fallback;
    return v?.date !== undefined ? `${name} (${v.date})` : name;
  };
  const short = (t: string): string => (t.length > 40 ? `${t.slice(0, 39)}…` : t);
  return `${side(context.from, short(c.from.title))} → ${side(context.to, short(c.to.title))}`;
}

export interface ReportRequest {
  readonly comparison: Comparison;
  readonly format: ReportFormat;
  readonly provenance: ReportProvenance;
  /** How the two inputs are named in the report (file names, or version slugs). */
  readonly sourceLabel: { readonly from: string; readonly to: string };
  /** SOURCE_DATE_EPOCH from the validated config, or null for now. */
  readonly sourceDateEpoch: number | null;
  readonly chromiumPath?: string;
  /** Who the DOCX report's revisions are by (default "plandiff"). */
  readonly author?: string;
}

/**
 * The report pipeline of the CLI and the API: one context builder, one clock, one dispatch.
 * Callers gather provenance (files, or the database) and hand over the comparison object.
 */
export function produceReport(req: ReportRequest): Promise<string | Buffer> {
  const context = buildReportContext(req.provenance, generationTime(req.sourceDateEpoch));
  const { from, to } = req.provenance;
  return renderReport(req.comparison, req.format, {
    context,
    sourceLabel: req.sourceLabel,
    ...(req.chromiumPath !== undefined ? { chromiumPath: req.chromiumPath } : {}),
    ...(req.author !== undefined ? { author: req.author } : {}),
    // The clauses are in the provenance when the caller has them (the API's stored versions,
    // the CLI's inputs); the report then needs no second look-up.
    ...(from.clauses !== undefined && to.clauses !== undefined
      ? {
          versions: {
            from: { title: req.comparison.from.title, clauses: from.clauses },
            to: { title: req.comparison.to.title, clauses: to.clauses },
          },
        }
      : {}),
  });
}
