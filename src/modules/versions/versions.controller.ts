import { Body, Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { CurrentActor } from '../../common/auth.guard';
import { PlanParamDto } from '../../common/dto';
import type { Actor } from '../audit/audit.repository';
import { CreateVersionDto, VersionParamDto } from './versions.dto';
import { VersionsService } from './versions.service';
import type { VersionDetail, VersionSummary } from './versions.types';

@ApiTags('versions')
@Controller('plans/:plan/versions')
export class VersionsController {
  public constructor(private readonly versions: VersionsService) {}

  @Get()
  public list(@Param() { plan }: PlanParamDto): Promise<VersionSummary[]> {
    return this.versions.list(plan);
  }

  @Get(':version')
  public get(@Param() { plan, version }: VersionParamDto): Promise<VersionDetail> {
    return this.versions.get(plan, version);
  }

  @Post()
  @HttpCode(201)
  @ApiBearerAuth()
  public create(
    @Param() { plan }: PlanParamDto,
    @Body() body: CreateVersionDto,
    @CurrentActor() actor: Actor,
  ): Promise<VersionDetail> {
    return this.versions.create(plan, body, actor);
  }
}
