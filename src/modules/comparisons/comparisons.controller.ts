import { Controller, Get, Headers, Param, Query, Res } from '@nestjs/common';
import { ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { PlanParamDto } from '../../common/dto';
import { send } from '../../common/representation';
import { CompareQueryDto } from './comparisons.dto';
import { ComparisonsService } from './comparisons.service';

@ApiTags('comparisons')
@Controller('plans/:plan/compare')
export class ComparisonsController {
  public constructor(private readonly comparisons: ComparisonsService) {}

  /** `plandiff.comparison/v1` (or its Markdown/HTML rendering), with curated links as pins. */
  @Get()
  @ApiProduces('application/json', 'text/markdown', 'text/html')
  public async compare(
    @Param() { plan }: PlanParamDto,
    @Query() query: CompareQueryDto,
    @Headers('if-none-match') ifNoneMatch: string | undefined,
    @Res() res: Response,
  ): Promise<void> {
    send(res, await this.comparisons.compare({ plan, ...query, ifNoneMatch }));
  }
}
