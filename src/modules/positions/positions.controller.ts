import { Body, Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { CurrentActor } from '../../common/auth.guard';
import { ApiJson, s } from '../../common/api-docs';
import { PlanParamDto } from '../../common/dto';
import type { Actor } from '../../common/actor';
import { CreatePositionDto } from './positions.dto';
import type { PositionRecord } from './positions.repository';
import { POSITION, POSITION_EXAMPLE } from './positions.responses';
import { PositionsService } from './positions.service';

@ApiTags('positions')
@Controller('plans/:plan/positions')
export class PositionsController {
  public constructor(private readonly positions: PositionsService) {}

  @Get()
  @ApiJson(200, 'Every position on the plan', s.array(POSITION), [POSITION_EXAMPLE])
  public list(@Param() { plan }: PlanParamDto): Promise<PositionRecord[]> {
    return this.positions.list(plan);
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
