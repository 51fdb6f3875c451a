import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { PlanParamDto } from '../../common/dto';
import type { ClauseSearchResult } from './clause-search';
import { SearchQueryDto } from './search.dto';
import { VersionsService } from './versions.service';

@ApiTags('versions')
@Controller('plans/:plan/search')
export class SearchController {
  public constructor(private readonly versions: VersionsService) {}

  /** Clauses of every version whose text or topics contain all the query's terms. */
  @Get()
  public search(
    @Param() { plan }: PlanParamDto,
    @Query() { q, limit }: SearchQueryDto,
  ): Promise<ClauseSearchResult> {
    return this.versions.search(plan, q, limit ?? 100);
  }
}
