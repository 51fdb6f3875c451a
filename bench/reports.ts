import { performance } from 'node:perf_hooks';
import { compareVersions, segment } from '../src/engine';
import { REPORT_FORMATS, closePdfRenderer, renderReport } from '../src/reports';
import type { ReportFormat } from '../src/reports';
import { generatePair } from '../test/synthetic/synthetic';

export interface ReportTiming {
  readonly format: ReportFormat;
  /** First rendering: for PDF this includes starting Chromium. */
  readonly coldMs: number;
  readonly warmMs: number;
  readonly bytes: number;
}

/**
 * Renders one comparison of `clauses` clauses in every report format, from the engine's result
 * (the comparison itself is not timed), as the API does after a cache hit.
 */
export async function timeReports(clauses: number): Promise<ReportTiming[]> {
  const pair = generatePair({ clauses, seed: 42 });
  const comparison = compareVersions(segment(pair.a), segment(pair.b));
  const context = { generatedAt: '2026-01-01T00:00:00.000Z' };
  const timings: ReportTiming[] = [];
  try {
    for (const format of REPORT_FORMATS) {
      let start = performance.now();
      await renderReport(comparison, format, { context });
      const coldMs = performance.now() - start;
      start = performance.now();
      const out = await renderReport(comparison, format, { context });
      const warmMs = performance.now() - start;
      timings.push({ format, coldMs, warmMs, bytes: Buffer.byteLength(out) });
    }
  } finally {
    await closePdfRenderer();
  }
  return timings;
}
