import { createHash } from 'node:crypto';
import { Inject, Injectable, Optional } from '@nestjs/common';
import type { OnApplicationShutdown } from '@nestjs/common';
import { ProblemException, problem } from '../../common/problem';
import type { Representation } from '../../common/representation';
import { APP_CONFIG } from '../../config/app-config';
import type { AppConfig } from '../../config/app-config';
import { ENGINE_VERSION } from '../../engine';
import type { Comparison } from '../../engine';
import {
  CURATION_VERSION,
  curatedComparison,
  shapesComparison,
} from '../../engine/lineage/curated';
import type { LineageLink } from '../../engine/lineage/types';
import { ChangeMemo, DB_CHANGES, UNTRACKED } from '../../db/changes';
import type { DbChanges } from '../../db/changes';
import {
  PdfUnavailableError,
  REPORT_CONTENT_TYPES,
  closePdfRenderer,
  isBinaryFormat,
  renderReport,
} from '../../reports';
import type { ReportFormat } from '../../reports';
import { PlansService } from '../plans/plans.service';
import { ByteLru } from '../../common/byte-lru';
import { ComparisonsRepository } from './comparisons.repository';
import type { VersionForCompare } from './comparisons.repository';
import type { ReportContext } from '../../engine/render';
import { AnalysisService } from '../analysis/analysis.service';
import { reportDisputes } from '../analysis/disputes.view';
import { REPORT_LAYOUT, buildReportContext, contentDisposition } from './report-context';

const sha256 = (s: string): string => createHash('sha256').update(s, 'utf8').digest('hex');

export interface CompareRequest {
  readonly plan: string;
  readonly from: string;
  readonly to: string;
  readonly format?: ReportFormat;
  readonly ifNoneMatch?: string;
}

interface Resolved {
  readonly planId: number;
  readonly a: VersionForCompare;
  readonly b: VersionForCompare;
  /** The plan's curated links the comparison is derived from (pins are computed from them). */
  readonly links: readonly LineageLink[];
  readonly paramsHash: string;
}

/** Rough bytes a version takes in memory (UTF-16 texts and labels, plus per-clause overhead). */
const versionBytes = (v: VersionForCompare): number =>
  v.clauses.reduce((n, c) => n + 2 * (c.text.length + c.label.length) + 64, 256);

@Injectable()
export class ComparisonsService implements OnApplicationShutdown {
  /** Finished comparisons as the JSON bytes sent, by cache key (versions + engine + pins). */
  private readonly results: ByteLru<Buffer>;
  /** Stored versions by `id@createdAt`: immutable, so never stale. */
  private readonly versions: ByteLru<VersionForCompare>;
  /** What (plan, from, to) resolved to, while the database is unchanged. */
  private readonly resolved: ChangeMemo<Resolved>;
  private readonly caching: boolean;

  public constructor(
    private readonly plans: PlansService,
    private readonly comparisons: ComparisonsRepository,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly analysis: AnalysisService,
    @Optional() @Inject(DB_CHANGES) changes: DbChanges = UNTRACKED,
  ) {
    const budget = config.compareCacheBytes;
    this.caching = budget > 0;
    this.results = new ByteLru(Math.floor(budget * 0.75), (b) => b.length);
    this.versions = new ByteLru(Math.floor(budget * 0.25), versionBytes);
    this.resolved = new ChangeMemo(changes, 10_000);
  }

  /** The PDF renderer's shared Chromium would otherwise outlive the app (and keep Node alive). */
  public async onApplicationShutdown(): Promise<void> {
    await closePdfRenderer();
  }

  /**
   * Compares two stored versions with the plan's curated links as pins. Stored versions are
   * immutable, so (from, to, engine version, overrides+params hash) determines the result: it
   * is cached under that key (in memory, and in the database for other instances and restarts)
   * and the same key, with the format, is the strong ETag. The curated links are read on every
   * request (or, on SQLite, whenever anything was committed since the last request for the
   * pair), so a link written by another process or instance changes the key at once.
   */
  public async compare(req: CompareRequest): Promise<Representation> {
    const { planId, a, b, links, paramsHash } = await this.resolve(req);
    const key = {
      fromVersionId: a.id,
      toVersionId: b.id,
      engineVersion: ENGINE_VERSION,
      paramsHash,
    };
    const format = req.format ?? 'json';
    // Reports also depend on their layout: the JSON ETag stays as it was, report ones change
    // whenever REPORT_LAYOUT is bumped so cached copies are fetched again.
    const layout = format === 'json' ? '' : `:${REPORT_LAYOUT}`;
    const etag = `"${sha256(`${a.id}:${b.id}:${ENGINE_VERSION}:${paramsHash}${layout}`).slice(0, 32)}-${format}"`;
    const headers = { ETag: etag, 'Cache-Control': 'no-cache' };
    if (matches(req.ifNoneMatch, etag)) return { status: 304, headers, body: '' };
    const memoryKey = `${a.id}:${b.id}:${ENGINE_VERSION}:${paramsHash}`;
    let json = this.caching ? this.results.get(memoryKey) : undefined;
    if (json === undefined) {
      let stored = this.caching ? await this.comparisons.findCached(key) : null;
      if (stored === null) {
        stored = JSON.stringify(curated(a, b, links).comparison);
        if (this.caching) await this.comparisons.saveCached(planId, key, stored);
      }
      json = Buffer.from(stored, 'utf8');
      if (this.caching) this.results.set(memoryKey, json);
    }
    const ok = { ...headers, 'Content-Type': REPORT_CONTENT_TYPES[format] };
    if (format === 'json') return { status: 200, headers: ok, body: json };
    const context = buildReportContext({
      plan: { slug: req.plan, title: await this.comparisons.planTitle(planId) },
      from: a,
      to: b,
      overrides: curated(a, b, links).overrides,
      sources: await this.comparisons.clauseSources([a.id, b.id]),
      generatedAt: new Date().toISOString(),
      disputes: await this.disputesOf(req.plan, b.slug),
    });
    const body = await this.renderOrProblem(
      JSON.parse(json.toString('utf8')) as Comparison,
      format,
      {
        context,
        sourceLabel: { from: a.slug, to: b.slug },
        chromiumPath: this.config.chromiumPath,
      },
    );
    const disposition = contentDisposition(
      isBinaryFormat(format) || format === 'csv' ? 'attachment' : 'inline',
      [req.plan, a.slug, b.slug],
      format,
    );
    return { status: 200, headers: { ...ok, 'Content-Disposition': disposition }, body };
  }

  /** The newer version's contested clauses and its version-wide band, quoted and sourced. */
  private async disputesOf(
    plan: string,
    version: string,
  ): Promise<NonNullable<ReportContext['disputes']>> {
    const all = { offset: 0, limit: Number.MAX_SAFE_INTEGER };
    return reportDisputes(await this.analysis.disputes(plan, version, all));
  }

  private async renderOrProblem(
    c: Comparison,
    format: ReportFormat,
    options: Parameters<typeof renderReport>[2],
  ): Promise<string | Buffer> {
    try {
      return await renderReport(c, format, options);
    } catch (err) {
      // A missing browser is the deployment's problem, not the client's: 503 and what to install.
      if (err instanceof PdfUnavailableError) {
        throw new ProblemException(problem(503, 'pdf-unavailable', err.message));
      }
      throw err;
    }
  }

  /** The versions and pins behind a request: from memory while the database is unchanged. */
  private resolve(req: CompareRequest): Promise<Resolved> {
    if (!this.caching) return this.resolveNow(req);
    return this.resolved.get(JSON.stringify([req.plan, req.from, req.to]), () =>
      this.resolveNow(req),
    );
  }

  private async resolveNow(req: CompareRequest): Promise<Resolved> {
    const planId = await this.plans.requireId(req.plan);
    const [a, b] = await this.loadPair(planId, req.plan, req.from, req.to);
    // Relations (thematic, parallel, deferred) shape nothing: they stay out of the key.
    const links = (await this.comparisons.curatedLinks(planId)).filter(shapesComparison);
    // The links decide the result, and how they do is versioned: both are in the cache key.
    const paramsHash = sha256(JSON.stringify({ links, curation: CURATION_VERSION, params: {} }));
    return { planId, a, b, links, paramsHash };
  }

  /** Both versions; from memory when their ids are known and cached (one cheap query). */
  private async loadPair(
    planId: number,
    plan: string,
    from: string,
    to: string,
  ): Promise<[VersionForCompare, VersionForCompare]> {
    if (!this.caching) {
      return [await this.load(planId, plan, from), await this.load(planId, plan, to)];
    }
    const refs = await this.comparisons.versionRefs(planId, [from, to]);
    const one = async (slug: string): Promise<VersionForCompare> => {
      const ref = refs.get(slug);
      const hit = ref === undefined ? undefined : this.versions.get(ref);
      if (hit !== undefined) return hit;
      const version = await this.load(planId, plan, slug);
      if (ref !== undefined && ref.startsWith(`${version.id}@`)) this.versions.set(ref, version);
      return version;
    };
    return [await one(from), await one(to)];
  }

  private async load(planId: number, plan: string, slug: string): Promise<VersionForCompare> {
    const version = await this.comparisons.loadVersion(planId, slug);
    if (!version) throw ProblemException.notFound(`No version "${slug}" in plan "${plan}".`);
    return version;
  }
}

/**
 * The comparison as the plan's curation reads it (see curatedComparison): B is read as a
 * read-out when it is reported or has placeholders, so what it does not mention is unknown.
 */
function curated(
  a: VersionForCompare,
  b: VersionForCompare,
  links: readonly LineageLink[],
): ReturnType<typeof curatedComparison> {
  return curatedComparison(
    { slug: a.slug, title: a.title, clauses: a.clauses },
    {
      slug: b.slug,
      title: b.title,
      clauses: b.clauses,
      reported: b.basis === 'reported' || b.incomplete,
    },
    links,
  );
}

/** RFC 9110 If-None-Match: a list of entity tags or `*`; weak comparison. */
function matches(header: string | undefined, etag: string): boolean {
  if (header === undefined) return false;
  if (header.trim() === '*') return true;
  return header.split(',').some((t) => t.trim().replace(/^W\//, '') === etag);
}
