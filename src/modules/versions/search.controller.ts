import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { ApiJson } from '../../common/api-docs';
import { PlanParamDto } from '../../common/dto';
import type { ClauseSearchResult } from './clause-search';
import { SearchQueryDto } from './search.dto';
import { SEARCH_RESULT } from './versions.responses';
import { VersionsService } from './versions.service';

@ApiTags('versions')
@Controller('plans/:plan/search')
export class SearchController {
  public constructor(private readonly versions: VersionsService) {}

  /** Clauses of every version whose text or topics contain all the query's terms. */
  @Get()
  @ApiJson(200, 'Matching clauses, by version date then clause order', SEARCH_RESULT, {
    query: 'sovereignty',
    total: 1,
    results: [
      {
        version: 'v2',
        label: '1',
        text: 'The parties confirm the sovereignty of Ukraine.',
        status: 'text',
        topics: ['sovereignty'],
      },
    ],
  })
  public search(
    @Param() { plan }: PlanParamDto,
    @Query() { q, limit }: SearchQueryDto,
  ): Promise<ClauseSearchResult> {
    return this.versions.search(plan, q, limit ?? 100);
  }
}
