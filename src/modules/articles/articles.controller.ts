import {
  Body,
  Controller,
  Get,
  HttpCode,
  Param,
  Post,
  Query,
  Res,
  UploadedFile,
  UseInterceptors,
} from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import { ApiBearerAuth, ApiConsumes, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { CurrentActor } from '../../common/auth.guard';
import { ApiJson } from '../../common/api-docs';
import { PlanParamDto } from '../../common/dto';
import { Paged } from '../../common/paging';
import type { Actor } from '../../common/actor';
import type { ExtractionReport, Page } from '../statements/statements.types';
import type { UploadedDocument } from '../versions/versions.upload';
import { ArticleParamDto, ArticleQueryDto, CreateArticleDto } from './articles.dto';
import {
  ARTICLE_DETAIL,
  ARTICLE_DETAIL_EXAMPLE,
  ARTICLE_SUMMARY,
  ARTICLE_PAGE_EXAMPLE,
} from './articles.responses';
import { ArticlesService } from './articles.service';
import { EXTRACTION_REPORT } from '../statements/statements.responses';
import type { ArticleDetail, ArticleSummary } from './articles.types';

@ApiTags('articles')
@Controller('plans/:plan/articles')
export class ArticlesController {
  public constructor(private readonly articles: ArticlesService) {}

  /** Newest first; metadata and review counts, no text. */
  @Get()
  @Paged('page', 'A page of articles, newest first', ARTICLE_SUMMARY, ARTICLE_PAGE_EXAMPLE)
  public list(
    @Param() { plan }: PlanParamDto,
    @Query() q: ArticleQueryDto,
  ): Promise<Page<ArticleSummary>> {
    return this.articles.list(plan, q);
  }

  @Get(':id')
  @ApiJson(200, 'The article with its text and statements', ARTICLE_DETAIL, ARTICLE_DETAIL_EXAMPLE)
  public get(@Param() { plan, id }: ArticleParamDto): Promise<ArticleDetail> {
    return this.articles.get(plan, id);
  }

  /** 201 with the new article and its proposed statements; 200 with the stored one for a known text. */
  @Post()
  @ApiBearerAuth()
  @ApiConsumes('application/json', 'multipart/form-data')
  @UseInterceptors(FileInterceptor('file'))
  @ApiJson(
    201,
    'The new article and its proposed statements',
    ARTICLE_DETAIL,
    ARTICLE_DETAIL_EXAMPLE,
  )
  @ApiJson(200, 'The stored article with the same text', ARTICLE_DETAIL, ARTICLE_DETAIL_EXAMPLE)
  public async create(
    @Param() { plan }: PlanParamDto,
    @Body() body: CreateArticleDto,
    @UploadedFile() file: UploadedDocument | undefined,
    @CurrentActor() actor: Actor,
    @Res({ passthrough: true }) res: Response,
  ): Promise<ArticleDetail> {
    const { created, article } = await this.articles.create(plan, body, actor, file);
    res.status(created ? 201 : 200);
    return article;
  }

  @Post(':id/extract')
  @HttpCode(200)
  @ApiBearerAuth()
  @ApiJson(200, 'What the extraction did', EXTRACTION_REPORT, {
    engineVersion: '1.4.0',
    created: 3,
    replaced: 1,
    unchanged: 9,
  })
  public extract(
    @Param() { plan, id }: ArticleParamDto,
    @CurrentActor() actor: Actor,
  ): Promise<ExtractionReport> {
    return this.articles.extract(plan, id, actor);
  }
}
