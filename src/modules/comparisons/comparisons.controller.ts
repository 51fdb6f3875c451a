import { Controller, Get, Headers, Param, Query, Res } from '@nestjs/common';
import { ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { PlanParamDto } from '../../common/dto';
import { send } from '../../common/representation';
import { REPORT_CONTENT_TYPES } from '../../reports';
import { CompareQueryDto } from './comparisons.dto';
import { ComparisonsService } from './comparisons.service';

@ApiTags('comparisons')
@Controller('plans/:plan/compare')
export class ComparisonsController {
  public constructor(private readonly comparisons: ComparisonsService) {}

  /** `plandiff.comparison/v1`, or a report (md, html, csv, docx, pdf), with curated links as pins. */
  @Get()
  @ApiProduces(...Object.values(REPORT_CONTENT_TYPES).map((t) => t.split(';')[0]!))
  public async compare(
    @Param() { plan }: PlanParamDto,
    @Query() query: CompareQueryDto,
    @Headers('if-none-match') ifNoneMatch: string | undefined,
    @Res() res: Response,
  ): Promise<void> {
    send(res, await this.comparisons.compare({ plan, ...query, ifNoneMatch }));
  }
}
