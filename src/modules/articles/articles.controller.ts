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
import { PlanParamDto } from '../../common/dto';
import type { Actor } from '../../common/actor';
import { PageQueryDto } from '../statements/statements.dto';
import type { ExtractionReport, Page } from '../statements/statements.types';
import type { UploadedDocument } from '../versions/versions.upload';
import { ArticleParamDto, CreateArticleDto } from './articles.dto';
import { ArticlesService } from './articles.service';
import type { ArticleDetail, ArticleSummary } from './articles.types';

@ApiTags('articles')
@Controller('plans/:plan/articles')
export class ArticlesController {
  public constructor(private readonly articles: ArticlesService) {}

  /** Newest first; metadata and review counts, no text. */
  @Get()
  public list(
    @Param() { plan }: PlanParamDto,
    @Query() q: PageQueryDto,
  ): Promise<Page<ArticleSummary>> {
    return this.articles.list(plan, q.limit, q.offset);
  }

  @Get(':id')
  public get(@Param() { plan, id }: ArticleParamDto): Promise<ArticleDetail> {
    return this.articles.get(plan, id);
  }

  /** 201 with the new article and its proposed statements; 200 with the stored one for a known text. */
  @Post()
  @ApiBearerAuth()
  @ApiConsumes('application/json', 'multipart/form-data')
  @UseInterceptors(FileInterceptor('file'))
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
  public extract(
    @Param() { plan, id }: ArticleParamDto,
    @CurrentActor() actor: Actor,
  ): Promise<ExtractionReport> {
    return this.articles.extract(plan, id, actor);
  }
}
