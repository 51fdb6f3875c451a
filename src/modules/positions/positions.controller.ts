import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { CurrentActor } from '../../common/auth.guard';
import { ApiJson } from '../../common/api-docs';
import { PlanParamDto } from '../../common/dto';
import { Paged } from '../../common/paging';
import type { Page } from '../../common/paging';
import type { Actor } from '../../common/actor';
import { CreatePositionDto, PositionQueryDto } from './positions.dto';
import type { PositionRecord } from './positions.repository';
import { POSITION, POSITION_EXAMPLE } from './positions.responses';
import { PositionsService } from './positions.service';

@ApiTags('positions')
@Controller('plans/:plan/positions')
export class PositionsController {
  public constructor(private readonly positions: PositionsService) {}

  /** A bare array (the page's items), as before paging; the total is in X-Total-Count. */
  @Get()
  @Paged('items', 'A page of positions, by date', POSITION, [POSITION_EXAMPLE])
  public list(
    @Param() { plan }: PlanParamDto,
    @Query() q: PositionQueryDto,
  ): Promise<Page<PositionRecord>> {
    return this.positions.list(plan, q);
  }

  @Post()
  @HttpCode(201)
  @ApiBearerAuth()
  @ApiJson(201, 'The new position', POSITION, POSITION_EXAMPLE)
  public create(
    @Param() { plan }: PlanParamDto,
    @Body() body: CreatePositionDto,
    @CurrentActor() actor: Actor,
  ): Promise<PositionRecord> {
    return this.positions.create(plan, body, actor);
  }
}
