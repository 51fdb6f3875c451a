import {
  Body,
  Controller,
  Get,
  HttpCode,
  Param,
  Post,
  Query,
  UploadedFile,
  UseInterceptors,
} from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import { ApiBearerAuth, ApiConsumes, ApiTags } from '@nestjs/swagger';
import { CurrentActor } from '../../common/auth.guard';
import { ApiJson, ApiProblem } from '../../common/api-docs';
import { PlanParamDto } from '../../common/dto';
import { Paged } from '../../common/paging';
import type { Page } from '../../common/paging';
import type { Actor } from '../../common/actor';
import {
  CreateVersionDto,
  PreviewVersionDto,
  VersionParamDto,
  VersionQueryDto,
} from './versions.dto';
import type { ImportPreview } from './versions.import';
import {
  IMPORT_PREVIEW,
  VERSION_DETAIL,
  VERSION_DETAIL_EXAMPLE,
  VERSION_SUMMARY,
  VERSION_SUMMARY_EXAMPLE,
  VERSION_TRACKED_CHANGES,
} from './versions.responses';
import { VersionsService } from './versions.service';
import type { VersionDetail, VersionSummary, VersionTrackedChanges } from './versions.types';
import { MultipartArrays } from './versions.upload';
import type { UploadedDocument } from './versions.upload';

@ApiTags('versions')
@Controller('plans/:plan/versions')
export class VersionsController {
  public constructor(private readonly versions: VersionsService) {}

  /** A bare array (the page's items), as before paging; the total is in X-Total-Count. */
  @Get()
  @Paged('items', 'A page of versions, oldest first', VERSION_SUMMARY, [VERSION_SUMMARY_EXAMPLE])
  public list(
    @Param() { plan }: PlanParamDto,
    @Query() q: VersionQueryDto,
  ): Promise<Page<VersionSummary>> {
    return this.versions.list(plan, q);
  }

  @Get(':version')
  @ApiJson(200, 'The version with its clauses', VERSION_DETAIL, VERSION_DETAIL_EXAMPLE)
  public get(@Param() { plan, version }: VersionParamDto): Promise<VersionDetail> {
    return this.versions.get(plan, version);
  }

  /** JSON (`text` or `clauses`), or multipart: a `file` part plus the same fields as form fields. */
  @Post()
  @HttpCode(201)
  @ApiBearerAuth()
  @ApiConsumes('application/json', 'multipart/form-data')
  @UseInterceptors(FileInterceptor('file'), MultipartArrays)
  @ApiJson(201, 'The stored version', VERSION_DETAIL, VERSION_DETAIL_EXAMPLE)
  @ApiProblem(409, 'version-exists', 'Version "v2" exists; versions are immutable.')
  @ApiProblem(422, 'too-many-clauses', 'The text has more clauses than the limit.')
  public create(
    @Param() { plan }: PlanParamDto,
    @Body() body: CreateVersionDto,
    @UploadedFile() file: UploadedDocument | undefined,
    @CurrentActor() actor: Actor,
  ): Promise<VersionDetail> {
    return this.versions.create(plan, body, actor, file);
  }

  /** The clauses an upload (or pasted `text`) would give; stores nothing. */
  @Post('preview')
  @HttpCode(200)
  @ApiBearerAuth()
  @ApiConsumes('multipart/form-data', 'application/json')
  @UseInterceptors(FileInterceptor('file'))
  @ApiJson(200, 'The clauses the upload would give', IMPORT_PREVIEW, {
    filename: 'draft.docx',
    format: 'docx',
    encoding: null,
    title: 'Second draft',
    clauseCount: 1,
    warnings: [],
    clauses: [
      { label: '1', parent: null, text: 'The parties confirm the sovereignty of Ukraine.' },
    ],
    revisions: null,
    original: null,
  })
  @ApiProblem(422, 'import-corrupt', 'The file could not be read as DOCX.')
  public preview(
    @Param() { plan }: PlanParamDto,
    @Body() body: PreviewVersionDto,
    @UploadedFile() file: UploadedDocument | undefined,
  ): Promise<ImportPreview> {
    return this.versions.preview(plan, file, body.text, body.revisions);
  }

  /** Who changed what in the Word file the version came from (empty for other versions). */
  @Get(':version/tracked-changes')
  @ApiJson(
    200,
    'The tracked changes of the Word file, in document order',
    VERSION_TRACKED_CHANGES,
    {
      version: 'v29',
      authors: ['Alice (UA)'],
      changes: [
        {
          kind: 'insertion',
          author: 'Alice (UA)',
          date: '2026-03-01T10:00:00Z',
          text: 'by the OSCE',
          clause: '2',
          version: 'accepted',
        },
      ],
    },
  )
  public trackedChanges(
    @Param() { plan, version }: VersionParamDto,
  ): Promise<VersionTrackedChanges> {
    return this.versions.trackedChanges(plan, version);
  }
}
