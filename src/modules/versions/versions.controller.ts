import {
  Body,
  Controller,
  Get,
  HttpCode,
  Param,
  Post,
  UploadedFile,
  UseInterceptors,
} from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import { ApiBearerAuth, ApiConsumes, ApiTags } from '@nestjs/swagger';
import { CurrentActor } from '../../common/auth.guard';
import { PlanParamDto } from '../../common/dto';
import type { Actor } from '../../common/actor';
import { CreateVersionDto, PreviewVersionDto, VersionParamDto } from './versions.dto';
import type { ImportPreview } from './versions.import';
import { VersionsService } from './versions.service';
import type { VersionDetail, VersionSummary } from './versions.types';
import { MultipartArrays } from './versions.upload';
import type { UploadedDocument } from './versions.upload';

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

  /** JSON (`text` or `clauses`), or multipart: a `file` part plus the same fields as form fields. */
  @Post()
  @HttpCode(201)
  @ApiBearerAuth()
  @ApiConsumes('application/json', 'multipart/form-data')
  @UseInterceptors(FileInterceptor('file'), MultipartArrays)
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
  public preview(
    @Param() { plan }: PlanParamDto,
    @Body() body: PreviewVersionDto,
    @UploadedFile() file: UploadedDocument | undefined,
  ): Promise<ImportPreview> {
    return this.versions.preview(plan, file, body.text);
  }
}
