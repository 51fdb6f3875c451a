import { Body, Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { CurrentActor } from '../../common/auth.guard';
import { PlanParamDto } from '../../common/dto';
import type { Actor } from '../../common/actor';
import { CreatePlanDto } from './plans.dto';
import type { PlanRecord } from './plans.repository';
import { PlansService } from './plans.service';

@ApiTags('plans')
@Controller('plans')
export class PlansController {
  public constructor(private readonly plans: PlansService) {}

  @Get()
  public list(): Promise<PlanRecord[]> {
    return this.plans.list();
  }

  @Get(':plan')
  public get(@Param() { plan }: PlanParamDto): Promise<PlanRecord> {
    return this.plans.get(plan);
  }

  @Post()
  @HttpCode(201)
  @ApiBearerAuth()
  public create(@Body() body: CreatePlanDto, @CurrentActor() actor: Actor): Promise<PlanRecord> {
    return this.plans.create(body, actor);
  }
}
