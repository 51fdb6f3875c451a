import type { Overrides } from '../../engine';
import type { ReportContext, ReportVersion } from '../../engine/render';
import type { ReportSource, VersionForCompare } from './comparisons.types';

/** Bump when what a report shows changes (sections, provenance), to invalidate report ETags. */
export const REPORT_LAYOUT = 'provenance-disputes-3';

const reportVersion = (v: VersionForCompare): ReportVersion => ({
  slug: v.slug,
  title: v.title,
  date: v.date,
  basis: v.basis,
  ...(v.channel ? { channel: v.channel } : {}),
  ...(v.grade ? { grade: v.grade } : {}),
});

/**
 * Provenance for an API report: which plan and versions (with their evidence basis and grade),
 * the curated links the engine was pinned with, when, and the sources behind the clauses, so a
 * report that leaves the service can still be traced back to what it was computed from.
 */
export function buildReportContext(input: {
  readonly plan: { readonly slug: string; readonly title: string };
  readonly from: VersionForCompare;
  readonly to: VersionForCompare;
  readonly overrides: Overrides;
  readonly sources: readonly ReportSource[];
  readonly generatedAt: string;
  readonly disputes?: ReportContext['disputes'];
}): ReportContext {
  const { pin = [], forbid = [] } = input.overrides;
  return {
    plan: input.plan,
    from: reportVersion(input.from),
    to: reportVersion(input.to),
    ...(pin.length + forbid.length > 0 ? { parameters: { overrides: input.overrides } } : {}),
    generatedAt: input.generatedAt,
    sources: input.sources,
    ...(input.disputes !== undefined ? { disputes: input.disputes } : {}),
  };
}
