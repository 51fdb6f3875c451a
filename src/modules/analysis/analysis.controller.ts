import { Controller, Get, Param, Query, Res } from '@nestjs/common';
import { ApiResponse, ApiTags } from '@nestjs/swagger';
import { ApiJson } from '../../common/api-docs';
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
import {
  BRIEFING,
  DISPUTES,
  HISTORY,
  LINEAGE,
  THREE_WAY,
  TOPIC_ROLLUP,
  TOPICS,
} from './analysis.responses';
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
  @ApiJson(200, 'One page of the version’s clauses with their dispute status', DISPUTES)
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
  @ApiResponse({
    status: 200,
    description: 'The lineage table; `format=csv`: one row per family, one column per version',
    content: {
      'application/json': { schema: LINEAGE },
      'text/csv': {
        schema: { type: 'string' },
        example: 'family,topics,v1,v2\nf1,sovereignty,1,1\n',
      },
    },
  })
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
  @ApiJson(200, 'Base vs A vs B, per clause family', THREE_WAY)
  public threeWay(
    @Param() { plan }: PlanParamDto,
    @Query() q: ThreeWayQueryDto,
  ): Promise<AnalysisResult<'threeWay'>> {
    return this.analysis.threeWay(plan, q.base, q.a, q.b);
  }

  @Get('topics')
  @ApiJson(200, 'Every topic across versions', TOPICS)
  public topics(@Param() { plan }: PlanParamDto): Promise<AnalysisResult<'topics'>> {
    return this.analysis.topics(plan);
  }

  @Get('topics/:topic')
  @ApiJson(200, 'One topic across versions', TOPIC_ROLLUP)
  public topic(@Param() { plan, topic }: TopicParamDto): Promise<AnalysisResult<'topic'>> {
    return this.analysis.topic(plan, topic);
  }

  @Get('clauses/:version/:label/history')
  @ApiJson(200, 'The clause’s family across versions, with the positions on it', HISTORY)
  public history(@Param() p: ClauseParamDto): Promise<AnalysisResult<'history'>> {
    return this.analysis.history(p.plan, p.version, p.label);
  }

  /** The plandiff.briefing/v1 document (schema at /api/schemas/briefing.v1.json). */
  @Get('export')
  @ApiJson(200, 'The briefing document', BRIEFING)
  public export(@Param() { plan }: PlanParamDto): Promise<Briefing> {
    return this.analysis.export(plan, new Date().toISOString());
  }
}
