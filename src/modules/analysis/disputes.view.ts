import type { Corpus, CorpusPosition } from '../../corpus/corpus';
import type { ReportContext, ReportDispute } from '../../engine';
import { corpusDisputes } from '../../corpus/disputes';
import {
  scopeOf,
  type ClauseDispute,
  type DisputeResult,
  type Grade,
  type PartyStance,
  type Scope,
} from '../../engine';

/** What the disputes endpoint accepts (validated by DisputesQueryDto). */
export interface DisputesQuery {
  readonly party?: string;
  readonly from?: string;
  readonly to?: string;
  readonly grade?: Grade;
  readonly scope?: Scope;
  readonly offset: number;
  readonly limit: number;
}

/** One position, listed once per response; clauses and the version band refer to it by id. */
export interface DisputePosition {
  readonly id: string;
  readonly party: string | null;
  readonly actor?: string;
  /** The version the position was stated about (differs from the response's for `lineage`). */
  readonly version: string;
  readonly scope: Scope;
  readonly target: CorpusPosition['target'];
  readonly stance: CorpusPosition['stance'];
  readonly quote: string;
  readonly date: string | null;
  readonly outlet?: string;
  /** A–D, or null while the position is ungraded. */
  readonly grade: Grade | null;
  readonly sources: readonly {
    readonly url: string;
    readonly outlet?: string;
    readonly title?: string;
    readonly date?: string | null;
  }[];
}

export interface DisputesResponse {
  readonly plan: string;
  readonly version: string;
  readonly date: string;
  readonly authors: readonly string[];
  readonly filters: Omit<DisputesQuery, 'offset' | 'limit'>;
  /** Stances on the version as a whole: shown in their own band, never on each clause. */
  readonly versionWide: readonly PartyStance[];
  readonly clauses: readonly (ClauseDispute & {
    readonly text: string;
    readonly topics: readonly string[];
    /** `text`, `reported` or `placeholder` (not retrieved). */
    readonly basis: string;
    readonly grade: Grade | null;
  })[];
  /** Status counts over every clause of the version (not just this page). */
  readonly counts: Readonly<Record<string, number>>;
  readonly page: { readonly offset: number; readonly limit: number; readonly total: number };
  readonly positions: readonly DisputePosition[];
  readonly excluded: DisputeResult['excluded'];
}

/** The disputes endpoint's answer for one version of a stored plan (see docs/disputes.md §5). */
export function disputesResponse(
  corpus: Corpus,
  version: string,
  q: DisputesQuery,
): DisputesResponse {
  const stored = corpus.versions.find((v) => v.slug === version)!;
  const result = corpusDisputes(corpus, version, {
    ...(q.from !== undefined ? { from: q.from } : {}),
    ...(q.to !== undefined ? { to: q.to } : {}),
    ...(q.grade !== undefined ? { minGrade: q.grade } : {}),
  });
  // The party filter narrows what is listed, not the evidence: a status stays the one all
  // parties' positions give, so filtering to "Russia" cannot turn "disputed" into "opposed".
  const shown = (stances: readonly PartyStance[]): PartyStance[] =>
    stances.filter((s) => q.party === undefined || s.party === q.party);
  const counts: Record<string, number> = {};
  for (const c of result.clauses) counts[c.status] = (counts[c.status] ?? 0) + 1;
  const clauseRows = q.scope === 'version-wide' ? [] : result.clauses;
  const page = clauseRows.slice(q.offset, q.offset + q.limit).map((d) => {
    const clause = stored.clauses.find((c) => c.label === d.label)!;
    return {
      ...d,
      parties: shown(d.parties),
      text: clause.text,
      topics: clause.topics,
      basis: clause.status,
      grade: clause.grade ?? null,
    };
  });
  const versionWide = q.scope === 'clause-specific' ? [] : shown(result.versionWide);
  const excluded = result.excluded.filter(
    (e) =>
      q.party === undefined || corpus.positions.find((p) => p.id === e.position)?.party === q.party,
  );
  const ids = new Set([
    ...versionWide.flatMap((s) => s.positions),
    ...page.flatMap((c) => c.parties.flatMap((s) => s.positions)),
    ...excluded.filter((e) => e.reason !== 'filtered').map((e) => e.position),
  ]);
  const sources = new Map(corpus.sources.map((s) => [s.url, s]));
  const positions = corpus.positions
    .filter((p) => ids.has(p.id))
    .map((p): DisputePosition => ({
      id: p.id,
      party: p.party,
      ...(p.actor !== undefined ? { actor: p.actor } : {}),
      version: p.version,
      scope: scopeOf(p),
      target: p.target,
      stance: p.stance,
      quote: p.quote,
      date: p.date,
      ...(p.outlet !== undefined ? { outlet: p.outlet } : {}),
      grade: p.grade ?? null,
      sources: p.sources.map((url) => {
        const s = sources.get(url);
        return {
          url,
          ...(s?.outlet ? { outlet: s.outlet } : {}),
          ...(s?.title !== undefined ? { title: s.title } : {}),
          ...(s?.date !== undefined ? { date: s.date } : {}),
        };
      }),
    }));
  const { offset, limit, ...filters } = q;
  return {
    plan: corpus.plan.slug,
    version,
    date: stored.date,
    authors: stored.authorParties,
    filters,
    versionWide,
    clauses: page,
    counts,
    page: { offset, limit, total: clauseRows.length },
    positions,
    excluded,
  };
}

/** The report context's dispute block: each stance with the quotes behind it, sourced and graded. */
export function reportDisputes(r: DisputesResponse): NonNullable<ReportContext['disputes']> {
  const byId = new Map(r.positions.map((p) => [p.id, p]));
  const parties = (stances: readonly PartyStance[]): ReportDispute['parties'] =>
    stances.map((s) => ({
      party: s.party,
      stance: s.stance,
      via: s.via,
      ...(s.conflicting ? { conflicting: true } : {}),
      quotes: s.positions.flatMap((id) => {
        const q = byId.get(id);
        if (q === undefined) return [];
        return [
          {
            ...(q.actor !== undefined ? { actor: q.actor } : {}),
            quote: q.quote,
            date: q.date,
            ...(q.outlet !== undefined ? { outlet: q.outlet } : {}),
            sources: q.sources.map((x) => x.url),
            ...(q.grade !== null ? { grade: q.grade } : {}),
            ...(q.version !== r.version ? { about: `${q.version}` } : {}),
          },
        ];
      }),
    }));
  return {
    version: r.version,
    clauses: r.clauses.map((d) => ({
      label: d.label,
      status: d.status,
      parties: parties(d.parties),
    })),
    versionWide: parties(r.versionWide),
  };
}
