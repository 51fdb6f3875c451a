import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { PlanParamDto } from '../../common/dto';
import { DisputesQueryDto } from './analysis.dto';
import { AnalysisService, type DisputesResponse } from './analysis.service';

@ApiTags('analysis')
@Controller('plans/:plan')
export class AnalysisController {
  public constructor(private readonly analysis: AnalysisService) {}

  /** Per clause of one version: agreed, disputed, rejected, deferred or unknown, and why. */
  @Get('disputes')
  public disputes(
    @Param() { plan }: PlanParamDto,
    @Query() { version }: DisputesQueryDto,
  ): Promise<DisputesResponse> {
    return this.analysis.disputes(plan, version);
  }
}
