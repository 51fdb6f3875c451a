import { Controller, Get, Param, Query, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { PlanParamDto } from '../../common/dto';
import type { Briefing } from '../../engine';
import {
  ClauseParamDto,
  DisputesQueryDto,
  LineageQueryDto,
  ThreeWayQueryDto,
  TopicParamDto,
} from './analysis.dto';
import { ProblemException } from '../../common/problem';
import { AnalysisService } from './analysis.service';
import type { DisputesResponse } from './disputes.view';

type AnalysisResult<K extends keyof AnalysisService> = AnalysisService[K] extends (
  ...args: never[]
) => Promise<infer R>
  ? R
  : never;

@ApiTags('analysis')
@Controller('plans/:plan')
export class AnalysisController {
  public constructor(private readonly analysis: AnalysisService) {}

  /** Per clause of one version: its status by the rules of docs/disputes.md, and why. */
  @Get('disputes')
  public disputes(
    @Param() { plan }: PlanParamDto,
    @Query() { version, offset, limit, ...filters }: DisputesQueryDto,
  ): Promise<DisputesResponse> {
    if (filters.from !== undefined && filters.to !== undefined && filters.from > filters.to) {
      throw ProblemException.invalid('from', 'from must not be after to.');
    }
    return this.analysis.disputes(plan, version, {
      ...filters,
      offset: offset ?? 0,
      limit: limit ?? 50,
    });
  }

  /** Clause families × versions (any baseline); `format=csv`: one row per family, one column per version. */
  @Get('lineage')
  public async lineage(
    @Param() { plan }: PlanParamDto,
    @Query() { baseline, format }: LineageQueryDto,
    @Res({ passthrough: true }) res: Response,
  ): Promise<AnalysisResult<'lineage'> | string> {
    if (format !== 'csv') return this.analysis.lineage(plan, baseline);
    res
      .type('text/csv; charset=utf-8')
      .attachment(`${plan}-lineage${baseline ? `-${baseline}` : ''}.csv`);
    return this.analysis.lineageCsv(plan, baseline);
  }

  @Get('three-way')
  public threeWay(
    @Param() { plan }: PlanParamDto,
    @Query() q: ThreeWayQueryDto,
  ): Promise<AnalysisResult<'threeWay'>> {
    return this.analysis.threeWay(plan, q.base, q.a, q.b);
  }

  @Get('topics')
  public topics(@Param() { plan }: PlanParamDto): Promise<AnalysisResult<'topics'>> {
    return this.analysis.topics(plan);
  }

  @Get('topics/:topic')
  public topic(@Param() { plan, topic }: TopicParamDto): Promise<AnalysisResult<'topic'>> {
    return this.analysis.topic(plan, topic);
  }

  @Get('clauses/:version/:label/history')
  public history(@Param() p: ClauseParamDto): Promise<AnalysisResult<'history'>> {
    return this.analysis.history(p.plan, p.version, p.label);
  }

  /** The plandiff.briefing/v1 document (schema at /api/schemas/briefing.v1.json). */
  @Get('export')
  public export(@Param() { plan }: PlanParamDto): Promise<Briefing> {
    return this.analysis.export(plan, new Date().toISOString());
  }
}
