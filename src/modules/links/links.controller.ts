import { Body, Controller, Delete, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { CurrentActor } from '../../common/auth.guard';
import { PlanParamDto } from '../../common/dto';
import type { Actor } from '../../common/actor';
import { CreateLinkDto, LinkIdQueryDto, LinkParamDto } from './links.dto';
import type { LinkRecord } from './links.repository';
import { LinksService } from './links.service';

@ApiTags('links')
@Controller('plans/:plan/links')
export class LinksController {
  public constructor(private readonly links: LinksService) {}

  @Get()
  public list(@Param() { plan }: PlanParamDto): Promise<LinkRecord[]> {
    return this.links.list(plan);
  }

  @Post()
  @HttpCode(201)
  @ApiBearerAuth()
  public create(
    @Param() { plan }: PlanParamDto,
    @Body() body: CreateLinkDto,
    @CurrentActor() actor: Actor,
  ): Promise<LinkRecord> {
    return this.links.create(plan, body, actor);
  }

  @Delete(':id')
  @HttpCode(204)
  @ApiBearerAuth()
  public delete(@Param() { plan, id }: LinkParamDto, @CurrentActor() actor: Actor): Promise<void> {
    return this.links.delete(plan, id, actor);
  }

  @Delete()
  @HttpCode(204)
  @ApiBearerAuth()
  public deleteByQuery(
    @Param() { plan }: PlanParamDto,
    @Query() { id }: LinkIdQueryDto,
    @CurrentActor() actor: Actor,
  ): Promise<void> {
    return this.links.delete(plan, id, actor);
  }
}
