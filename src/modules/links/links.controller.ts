import { Body, Controller, Delete, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { CurrentActor, RequireRole } from '../../common/auth.guard';
import { ApiJson, ApiNoContent, ApiProblem, s } from '../../common/api-docs';
import { PlanParamDto } from '../../common/dto';
import type { Actor } from '../../common/actor';
import { CreateLinkDto, LinkIdQueryDto, LinkParamDto } from './links.dto';
import type { LinkRecord } from './links.repository';
import { LINK, LINK_EXAMPLE } from './links.responses';
import { LinksService } from './links.service';

@ApiTags('links')
@Controller('plans/:plan/links')
export class LinksController {
  public constructor(private readonly links: LinksService) {}

  @Get()
  @ApiJson(200, 'Every curated link of the plan', s.array(LINK), [LINK_EXAMPLE])
  public list(@Param() { plan }: PlanParamDto): Promise<LinkRecord[]> {
    return this.links.list(plan);
  }

  @Post()
  @HttpCode(201)
  @ApiBearerAuth()
  @ApiJson(201, 'The new link', LINK, LINK_EXAMPLE)
  @ApiProblem(
    409,
    'conflict',
    'The pair is forbidden (or pinned, for a forbid); remove that link first.',
  )
  public create(
    @Param() { plan }: PlanParamDto,
    @Body() body: CreateLinkDto,
    @CurrentActor() actor: Actor,
  ): Promise<LinkRecord> {
    return this.links.create(plan, body, actor);
  }

  // Editors may delete the links their own token created; the service checks whose it is.
  @Delete(':id')
  @RequireRole('editor')
  @HttpCode(204)
  @ApiBearerAuth()
  @ApiNoContent('Deleted')
  public delete(@Param() { plan, id }: LinkParamDto, @CurrentActor() actor: Actor): Promise<void> {
    return this.links.delete(plan, id, actor);
  }

  @Delete()
  @RequireRole('editor')
  @HttpCode(204)
  @ApiBearerAuth()
  @ApiNoContent('Deleted')
  public deleteByQuery(
    @Param() { plan }: PlanParamDto,
    @Query() { id }: LinkIdQueryDto,
    @CurrentActor() actor: Actor,
  ): Promise<void> {
    return this.links.delete(plan, id, actor);
  }
}
