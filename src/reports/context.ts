import type { Clause, Overrides, ReportContext, ReportVersion } from '../engine';

/** Bump when what a report shows changes (sections, provenance), to invalidate report ETags. */
export const REPORT_LAYOUT = 'document-6';

/** A compared version as its caller knows it: a stored version, or an input file. */
export interface ReportVersionInput {
  readonly slug: string;
  readonly title: string;
  readonly date?: string;
  readonly basis?: string;
  readonly channel?: string | null;
  readonly grade?: string | null;
  /** Its clauses in document order: the Word report places moved clauses by them. */
  readonly clauses?: readonly Clause[];
}

/** Everything a report says beyond the comparison, except the time (see generationTime). */
export interface ReportProvenance {
  readonly plan?: { readonly slug: string; readonly title: string };
  readonly from: ReportVersionInput;
  readonly to: ReportVersionInput;
  /** The pins and forbids the engine was given; shown verbatim when present. */
  readonly overrides?: Overrides;
  readonly sources?: readonly { readonly url: string; readonly outlet?: string }[];
  readonly disputes?: ReportContext['disputes'];
}

const reportVersion = (v: ReportVersionInput): ReportVersion => ({
  slug: v.slug,
  title: v.title,
  ...(v.date !== undefined ? { date: v.date } : {}),
  ...(v.basis !== undefined ? { basis: v.basis } : {}),
  ...(v.channel ? { channel: v.channel } : {}),
  ...(v.grade ? { grade: v.grade } : {}),
});

/**
 * The one report context of the CLI and the API: which plan and versions (with their evidence
 * basis and grade), the overrides the engine was pinned with, when, the sources behind the
 * clauses and the disputes, so a report that leaves the tool can be traced back to its inputs.
 */
export function buildReportContext(p: ReportProvenance, generatedAt: string): ReportContext {
  return {
    ...(p.plan !== undefined ? { plan: p.plan } : {}),
    from: reportVersion(p.from),
    to: reportVersion(p.to),
    ...(p.overrides !== undefined ? { parameters: { overrides: p.overrides } } : {}),
    generatedAt,
    ...(p.sources !== undefined ? { sources: p.sources } : {}),
    ...(p.disputes !== undefined ? { disputes: p.disputes } : {}),
  };
}
