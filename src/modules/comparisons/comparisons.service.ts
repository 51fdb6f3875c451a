import { createHash } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import type { OnApplicationShutdown } from '@nestjs/common';
import { ProblemException, problem } from '../../common/problem';
import type { Representation } from '../../common/representation';
import { APP_CONFIG } from '../../config/app-config';
import type { AppConfig } from '../../config/app-config';
import { ENGINE_VERSION, compareVersions } from '../../engine';
import type { Comparison } from '../../engine';
import {
  PdfUnavailableError,
  REPORT_CONTENT_TYPES,
  closePdfRenderer,
  isBinaryFormat,
  renderReport,
} from '../../reports';
import type { ReportFormat } from '../../reports';
import { PlansService } from '../plans/plans.service';
import { ComparisonsRepository } from './comparisons.repository';
import type { VersionForCompare } from './comparisons.repository';
import { toOverrides } from './overrides';
import type { ReportContext } from '../../engine/render';
import { AnalysisService } from '../analysis/analysis.service';
import { REPORT_LAYOUT, buildReportContext, contentDisposition } from './report-context';

const sha256 = (s: string): string => createHash('sha256').update(s, 'utf8').digest('hex');

export interface CompareRequest {
  readonly plan: string;
  readonly from: string;
  readonly to: string;
  readonly format?: ReportFormat;
  readonly ifNoneMatch?: string;
}

@Injectable()
export class ComparisonsService implements OnApplicationShutdown {
  public constructor(
    private readonly plans: PlansService,
    private readonly comparisons: ComparisonsRepository,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly analysis: AnalysisService,
  ) {}

  /** The PDF renderer's shared Chromium would otherwise outlive the app (and keep Node alive). */
  public async onApplicationShutdown(): Promise<void> {
    await closePdfRenderer();
  }

  /**
   * Compares two stored versions with the plan's curated links as pins. Stored versions are
   * immutable, so (from, to, engine version, overrides+params hash) determines the result: it
   * is cached under that key and the same key, with the format, is the strong ETag.
   */
  public async compare(req: CompareRequest): Promise<Representation> {
    const planId = await this.plans.requireId(req.plan);
    const a = await this.load(planId, req.plan, req.from);
    const b = await this.load(planId, req.plan, req.to);
    const links = await this.comparisons.curatedLinks(a.id, b.id);
    const overrides = toOverrides(
      links,
      new Set(a.clauses.map((c) => c.label)),
      new Set(b.clauses.map((c) => c.label)),
    );
    const paramsHash = sha256(JSON.stringify({ overrides, params: {} }));
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
    let json = await this.comparisons.findCached(key);
    if (json === null) {
      const comparison = compareVersions(
        { title: a.title, clauses: a.clauses },
        { title: b.title, clauses: b.clauses },
        { overrides },
      );
      json = JSON.stringify(comparison);
      await this.comparisons.saveCached(planId, key, json);
    }
    const ok = { ...headers, 'Content-Type': REPORT_CONTENT_TYPES[format] };
    if (format === 'json') return { status: 200, headers: ok, body: json };
    const context = buildReportContext({
      plan: { slug: req.plan, title: await this.comparisons.planTitle(planId) },
      from: a,
      to: b,
      overrides,
      sources: await this.comparisons.clauseSources([a.id, b.id]),
      generatedAt: new Date().toISOString(),
      disputes: await this.disputesOf(req.plan, b.slug),
    });
    const body = await this.renderOrProblem(JSON.parse(json) as Comparison, format, {
      context,
      sourceLabel: { from: a.slug, to: b.slug },
      chromiumPath: this.config.chromiumPath,
    });
    const disposition = contentDisposition(
      isBinaryFormat(format) || format === 'csv' ? 'attachment' : 'inline',
      [req.plan, a.slug, b.slug],
      format,
    );
    return { status: 200, headers: { ...ok, 'Content-Disposition': disposition }, body };
  }

  /** The newer version's contested clauses, with the quotes and sources behind each stance. */
  private async disputesOf(
    plan: string,
    version: string,
  ): Promise<NonNullable<ReportContext['disputes']>> {
    const { clauses } = await this.analysis.disputes(plan, version);
    return {
      version,
      clauses: clauses.map((d) => ({
        label: d.label,
        status: d.status,
        parties: d.parties.map((p) => ({
          party: p.party,
          stance: p.stance,
          via: p.via,
          quotes: d.positions
            .filter((q) => p.positions.includes(q.id))
            .map((q) => ({
              ...(q.actor !== undefined ? { actor: q.actor } : {}),
              quote: q.quote,
              date: q.date,
              ...(q.outlet !== undefined ? { outlet: q.outlet } : {}),
              sources: q.sources,
            })),
        })),
      })),
    };
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

  private async load(planId: number, plan: string, slug: string): Promise<VersionForCompare> {
    const version = await this.comparisons.loadVersion(planId, slug);
    if (!version) throw ProblemException.notFound(`No version "${slug}" in plan "${plan}".`);
    return version;
  }
}

/** RFC 9110 If-None-Match: a list of entity tags or `*`; weak comparison. */
function matches(header: string | undefined, etag: string): boolean {
  if (header === undefined) return false;
  if (header.trim() === '*') return true;
  return header.split(',').some((t) => t.trim().replace(/^W\//, '') === etag);
}
