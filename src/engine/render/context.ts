import type { Comparison } from '../types';
import { describeParameters } from './document';

/** What a report knows beyond the comparison itself: where the versions came from, and who disputes what. */
export interface ReportVersion {
  readonly slug: string;
  readonly title: string;
  readonly date?: string;
  readonly channel?: string;
  /** `text`, `reported` or `mixed`: published text or press reports. */
  readonly basis?: string;
  /** Evidence grade, A (best) to D. */
  readonly grade?: string;
}

export interface ReportQuote {
  readonly actor?: string;
  readonly quote: string;
  readonly date?: string | null;
  readonly outlet?: string;
  readonly sources: readonly string[];
  /** Evidence grade A–D; absent while ungraded. */
  readonly grade?: string;
  /** The clause (`version:label`) it was stated about, when not the one reported on. */
  readonly about?: string;
}

export interface ReportDispute {
  /** Clause label in the version the disputes are about (`version`). */
  readonly label: string;
  readonly status: string;
  readonly parties: readonly {
    readonly party: string;
    readonly stance: string;
    readonly via: string;
    /** The party's reports disagree: all are listed, none silently picked. */
    readonly conflicting?: boolean;
    readonly quotes: readonly ReportQuote[];
  }[];
}

export interface ReportContext {
  readonly plan?: { readonly slug: string; readonly title: string };
  readonly from?: ReportVersion;
  readonly to?: ReportVersion;
  /** Disputes of the clauses of one version (usually `to`). */
  readonly disputes?: {
    readonly version: string;
    readonly clauses: readonly ReportDispute[];
    /** Stances on the version as a whole: printed apart, never under each clause. */
    readonly versionWide?: ReportDispute['parties'];
  };
  /** Engine parameters or overrides that shaped the result, shown verbatim. */
  readonly parameters?: Readonly<Record<string, unknown>>;
  /** ISO time the report was generated (the engine has no clock: the caller supplies it). */
  readonly generatedAt?: string;
  /** Sources behind the versions' clauses. */
  readonly sources?: readonly ReportSource[];
}

export interface ReportSource {
  readonly url: string;
  readonly outlet?: string;
  readonly title?: string;
  readonly date?: string;
  /** The clauses it supports, as `version:label` (`v20:5a`), so a report can tie it to changes. */
  readonly clauses?: readonly string[];
}

/** Contested clauses (opposed, disputed, conditional, deferred), worst first; the rest left out. */
export function contested(context: ReportContext): readonly ReportDispute[] {
  const rank: Record<string, number> = { opposed: 0, disputed: 1, conditional: 2, deferred: 3 };
  return (context.disputes?.clauses ?? [])
    .filter((d) => d.status in rank)
    .slice()
    .sort((x, y) => rank[x.status]! - rank[y.status]!);
}

/** Provenance rows, label → value, every one a plain string the renderer escapes. */
export function provenanceRows(c: Comparison, context: ReportContext): [string, string][] {
  const version = (v: ReportVersion | undefined, fallback: string): string =>
    v === undefined
      ? fallback
      : [
          v.title,
          v.date,
          v.channel,
          v.basis && `basis: ${v.basis}`,
          v.grade && `evidence grade ${v.grade}`,
        ]
          .filter((x): x is string => typeof x === 'string' && x !== '')
          .join(' · ');
  const rows: [string, string][] = [];
  if (context.plan !== undefined) {
    rows.push(['Plan', `${context.plan.title} (${context.plan.slug})`]);
  }
  rows.push(['From', version(context.from, c.from.title)]);
  rows.push(['To', version(context.to, c.to.title)]);
  rows.push(['Engine', `plandiff engine ${c.engineVersion}, contract ${c.schema}`]);
  rows.push(['Parameters', describeParameters(context.parameters)]);
  if (context.generatedAt !== undefined) rows.push(['Generated', context.generatedAt]);
  return rows;
}

/** "Russia opposes (clause, conflicting reports)": one party's stance as a report line. */
export function stanceLine(p: ReportDispute['parties'][number]): string {
  return `${p.stance} (${p.via}${p.conflicting === true ? ', conflicting reports' : ''})`;
}

/** Who said it, when, where, about what, and how well it is evidenced. */
export function quoteCredit(q: ReportQuote): string {
  return [
    q.actor,
    q.date,
    q.outlet,
    q.about !== undefined ? `about ${q.about}` : undefined,
    q.grade !== undefined ? `grade ${q.grade}` : 'ungraded',
  ]
    .filter((x): x is string => typeof x === 'string' && x !== '')
    .join(', ');
}
