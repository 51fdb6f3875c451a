import { Body, Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { CurrentActor } from '../../common/auth.guard';
import { ApiJson, ApiProblem, s } from '../../common/api-docs';
import { PlanParamDto } from '../../common/dto';
import type { Actor } from '../../common/actor';
import { CreatePlanDto } from './plans.dto';
import type { PlanRecord } from './plans.repository';
import { PLAN, PLAN_EXAMPLE } from './plans.responses';
import { PlansService } from './plans.service';

@ApiTags('plans')
@Controller('plans')
export class PlansController {
  public constructor(private readonly plans: PlansService) {}

  @Get()
  @ApiJson(200, 'Every plan', s.array(PLAN), [PLAN_EXAMPLE])
  public list(): Promise<PlanRecord[]> {
    return this.plans.list();
  }

  @Get(':plan')
  @ApiJson(200, 'The plan', PLAN, PLAN_EXAMPLE)
  public get(@Param() { plan }: PlanParamDto): Promise<PlanRecord> {
    return this.plans.get(plan);
  }

  @Post()
  @HttpCode(201)
  @ApiBearerAuth()
  @ApiJson(201, 'The new plan', PLAN, { ...PLAN_EXAMPLE, versionCount: 0 })
  @ApiProblem(409, 'conflict', 'A plan with this slug exists.')
  public create(@Body() body: CreatePlanDto, @CurrentActor() actor: Actor): Promise<PlanRecord> {
    return this.plans.create(body, actor);
  }
}
