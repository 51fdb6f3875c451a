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

  /**
   * Clauses of every version that contain all the query's words (any inflection) and phrases,
   * best first, with where each matched.
   */
  @Get()
  @ApiJson(200, 'Matching clauses, best first, with the matched words located', SEARCH_RESULT, {
    query: 'sovereignty',
    terms: { words: ['sovereignty'], phrases: [], ignored: [] },
    total: 1,
    message: '1 clause matches “sovereignty”.',
    results: [
      {
        version: 'v2',
        label: '1',
        text: 'The parties confirm the sovereignty of Ukraine.',
        status: 'text',
        topics: ['sovereignty'],
        score: 0.2877,
        matches: [[24, 35]],
        matchedTopics: ['sovereignty'],
      },
    ],
  })
  public search(
    @Param() { plan }: PlanParamDto,
    @Query() { q, limit, order, version }: SearchQueryDto,
  ): Promise<ClauseSearchResult> {
    return this.versions.search(plan, q, {
      limit: limit ?? 100,
      ...(order !== undefined ? { order } : {}),
      ...(version !== undefined ? { version } : {}),
    });
  }
}
