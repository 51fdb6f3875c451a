import { Body, Controller, Delete, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { CurrentActor, RequireRole } from '../../common/auth.guard';
import { ApiJson, ApiNoContent, ApiProblem } from '../../common/api-docs';
import { PlanParamDto } from '../../common/dto';
import { Paged } from '../../common/paging';
import type { Page } from '../../common/paging';
import type { Actor } from '../../common/actor';
import { CreateLinkDto, LinkIdQueryDto, LinkParamDto, LinkQueryDto } from './links.dto';
import type { LinkRecord } from './links.repository';
import { LINK, LINK_EXAMPLE } from './links.responses';
import { LinksService } from './links.service';

@ApiTags('links')
@Controller('plans/:plan/links')
export class LinksController {
  public constructor(private readonly links: LinksService) {}

  /** A bare array (the page's items), as before paging; the total is in X-Total-Count. */
  @Get()
  @Paged('items', 'A page of the plan’s curated links, oldest first', LINK, [LINK_EXAMPLE])
  public list(
    @Param() { plan }: PlanParamDto,
    @Query() q: LinkQueryDto,
  ): Promise<Page<LinkRecord>> {
    return this.links.list(plan, q);
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
