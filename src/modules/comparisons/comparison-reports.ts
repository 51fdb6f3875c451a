import { Inject, Injectable } from '@nestjs/common';
import type { OnApplicationShutdown } from '@nestjs/common';
import { ProblemException, problem } from '../../common/problem';
import { APP_CONFIG } from '../../config/app-config';
import type { AppConfig } from '../../config/app-config';
import type { ReportContext } from '../../engine';
import { PdfUnavailableError, closePdfRenderer, produceReport } from '../../reports';
import type { ReportFormat } from '../../reports';
import { AnalysisService } from '../analysis/analysis.service';
import { reportDisputes } from '../analysis/disputes.view';
import { ComparisonsRepository } from './comparisons.repository';
import type { ComparePair, ComparisonResult, VersionForCompare } from './comparisons.types';

/**
 * A finished comparison as a report (md, html, csv, docx, pdf): the provenance a report carries
 * out of the service (plan, versions with basis and grade, pins, sources, the newer version's
 * disputes) is read here, and the shared report pipeline renders it.
 */
@Injectable()
export class ComparisonReports implements OnApplicationShutdown {
  public constructor(
    private readonly repository: ComparisonsRepository,
    private readonly analysis: AnalysisService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** The PDF renderer's shared Chromium would otherwise outlive the app (and keep Node alive). */
  public async onApplicationShutdown(): Promise<void> {
    await closePdfRenderer();
  }

  public async render(
    pair: ComparePair,
    [a, b]: readonly [VersionForCompare, VersionForCompare],
    result: ComparisonResult,
    format: Exclude<ReportFormat, 'json'>,
  ): Promise<string | Buffer> {
    const { pin = [], forbid = [] } = result.overrides;
    const provenance = {
      plan: { slug: pair.plan, title: await this.repository.planTitle(pair.planId) },
      from: a,
      to: b,
      ...(pin.length + forbid.length > 0 ? { overrides: result.overrides } : {}),
      sources: await this.repository.clauseSources([a.id, b.id]),
      disputes: await this.disputesOf(pair.plan, b.slug),
    };
    try {
      return await produceReport({
        comparison: result.comparison,
        format,
        provenance,
        sourceLabel: { from: a.slug, to: b.slug },
        sourceDateEpoch: this.config.sourceDateEpoch,
        chromiumPath: this.config.chromiumPath,
      });
    } catch (err) {
      // A missing browser is the deployment's problem, not the client's: 503 and what to install.
      if (err instanceof PdfUnavailableError) {
        throw new ProblemException(problem(503, 'pdf-unavailable', err.message));
      }
      throw err;
    }
  }

  /** The newer version's contested clauses and its version-wide band, quoted and sourced. */
  private async disputesOf(
    plan: string,
    version: string,
  ): Promise<NonNullable<ReportContext['disputes']>> {
    const all = { offset: 0, limit: Number.MAX_SAFE_INTEGER };
    return reportDisputes(await this.analysis.disputes(plan, version, all));
  }
}
