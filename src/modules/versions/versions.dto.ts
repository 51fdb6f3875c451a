import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsIn,
  IsISO8601,
  IsObject,
  IsString,
  Matches,
  MaxLength,
  MinLength,
  ValidateNested,
} from 'class-validator';
import { DEFAULT_LIMITS, GRADES } from '../../engine';
import type { Grade } from '../../engine';
import { REVISION_CHOICES } from '../../import';
import type { RevisionChoice } from '../../import';
import {
  DATE,
  Optional,
  PlanParamDto,
  SLUG,
  SLUG_MESSAGE,
  SourceDto,
  SourcesProperty,
} from '../../common/dto';
import { DateBound, LimitProperty, OffsetProperty } from '../../common/paging';

/**
 * A clause label names the clause in URLs (`…/clauses/:label/history`): no "/" (a path separator
 * even when encoded, behind some proxies) and no control characters. Spaces stay allowed: drafters
 * write "2 bis" and "Article A", and a URL encodes them.
 */
export const LABEL = /^[^/\p{Cc}]+$/u;
const LABEL_MESSAGE =
  '$property must not contain "/" or control characters (it names the clause in URLs)';

export const BASES = ['text', 'reported', 'mixed'] as const;
export const GRADE_PATTERN = /^[A-D](\/[A-D])?$/;
export const CLAUSE_STATUSES = ['text', 'reported', 'placeholder'] as const;
/** Versions are few per plan: one page holds them all unless a client asks for less. */
export const VERSION_PAGE = { default: 1000, max: 1000 } as const;

export class VersionParamDto extends PlanParamDto {
  @ApiProperty({ example: 'v28' })
  @Matches(SLUG, { message: SLUG_MESSAGE })
  public readonly version!: string;
}

export class ClauseDto {
  @ApiProperty({ example: '10a' })
  @IsString()
  @MinLength(1)
  @MaxLength(64)
  @Matches(LABEL, { message: LABEL_MESSAGE })
  public readonly label!: string;

  @ApiProperty()
  @IsString()
  @MaxLength(DEFAULT_LIMITS.maxClauseChars)
  public readonly text!: string;

  @ApiPropertyOptional({ description: 'label of the enclosing clause in this version' })
  @Optional()
  @IsString()
  @MaxLength(64)
  public readonly parent?: string;

  @ApiPropertyOptional({ enum: CLAUSE_STATUSES })
  @Optional()
  @IsIn(CLAUSE_STATUSES)
  public readonly status?: (typeof CLAUSE_STATUSES)[number];

  @ApiPropertyOptional({ type: [String] })
  @Optional()
  @IsArray()
  @ArrayMaxSize(50)
  @IsString({ each: true })
  @MaxLength(100, { each: true })
  public readonly topics?: string[];

  @SourcesProperty()
  public readonly sources?: SourceDto[];
}

/** Either `text` (segmented by the engine) or `clauses`, never both. */
export class CreateVersionDto {
  @ApiProperty({ example: 'v28' })
  @Matches(SLUG, { message: SLUG_MESSAGE })
  public readonly slug!: string;

  @ApiProperty() @IsString() @MinLength(1) @MaxLength(1000) public readonly title!: string;

  @ApiProperty({ example: '2025-11-20' })
  @IsISO8601({ strict: true }, { message: '$property must be a real calendar date' })
  @Matches(DATE, { message: '$property must be a YYYY-MM-DD date' })
  public readonly date!: string;

  @ApiPropertyOptional() @Optional() @IsString() @MaxLength(100) public readonly label?: string;
  @ApiPropertyOptional()
  @Optional()
  @IsString()
  @MaxLength(2000)
  public readonly channel?: string;
  @ApiPropertyOptional() @Optional() @IsString() @MaxLength(500) public readonly author?: string;
  @ApiPropertyOptional()
  @Optional()
  @IsString()
  @MaxLength(20_000)
  public readonly notes?: string;

  @ApiPropertyOptional({ enum: BASES })
  @Optional()
  @IsIn(BASES)
  public readonly basis?: (typeof BASES)[number];

  @ApiPropertyOptional({
    description: 'evidence grade: A (best) to D, or a range such as A/B',
    example: 'A/B',
  })
  @Optional()
  @Matches(GRADE_PATTERN, { message: 'grade must be A, B, C or D, or a range such as A/B' })
  public readonly grade?: string;

  @ApiPropertyOptional({ description: 'what the grade rests on' })
  @Optional()
  @IsString()
  @MaxLength(5_000)
  public readonly gradeNote?: string;

  @ApiPropertyOptional({ type: [String], description: 'parties that authored the version' })
  @Optional()
  @IsArray()
  @ArrayMaxSize(20)
  @IsString({ each: true })
  @MaxLength(200, { each: true })
  public readonly authorParties?: string[];

  @ApiPropertyOptional({ type: [String], description: 'slugs of earlier versions (a DAG)' })
  @Optional()
  @IsArray()
  @ArrayMaxSize(20)
  @Matches(SLUG, { each: true, message: SLUG_MESSAGE })
  public readonly parents?: string[];

  @ApiPropertyOptional({ description: 'the full text; numbered points become clauses' })
  @Optional()
  @IsString()
  public readonly text?: string;

  @ApiPropertyOptional({
    enum: REVISION_CHOICES,
    description:
      'a Word file with tracked changes: store the text with every change accepted (default), ' +
      'the original before them, or both (the original as `originalSlug`, a parent of this one)',
  })
  @Optional()
  @IsIn(REVISION_CHOICES)
  public readonly revisions?: RevisionChoice;

  @ApiPropertyOptional({
    example: 'v29-original',
    description:
      'with revisions=both: slug of the text before the changes (default <slug>-original)',
  })
  @Optional()
  @Matches(SLUG, { message: SLUG_MESSAGE })
  public readonly originalSlug?: string;

  @ApiPropertyOptional({ type: [ClauseDto] })
  @Optional()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(DEFAULT_LIMITS.maxClauses)
  // Each an object: class-validator would otherwise validate [[clause]] as a list of clauses.
  @IsObject({ each: true })
  @ValidateNested({ each: true })
  @Type(() => ClauseDto)
  public readonly clauses?: ClauseDto[];
}

/** `POST …/versions/preview`: pasted text, when no `file` part is uploaded. */
export class PreviewVersionDto {
  @ApiPropertyOptional({ description: 'the full text; numbered points become clauses' })
  @Optional()
  @IsString()
  public readonly text?: string;

  @ApiPropertyOptional({
    enum: REVISION_CHOICES,
    description:
      'a Word file with tracked changes: store the text with every change accepted (default), ' +
      'the original before them, or both (the original as `originalSlug`, a parent of this one)',
  })
  @Optional()
  @IsIn(REVISION_CHOICES)
  public readonly revisions?: RevisionChoice;
}

/** `GET …/versions`: a page of versions, oldest first, filtered. */
export class VersionQueryDto {
  @LimitProperty(VERSION_PAGE.default, VERSION_PAGE.max) public readonly limit?: number;
  @OffsetProperty() public readonly offset?: number;
  @DateBound('versions dated on or after') public readonly from?: string;
  @DateBound('versions dated on or before') public readonly to?: string;

  @ApiPropertyOptional({
    enum: GRADES,
    description: 'versions whose grade is, or whose range (A/D) covers, this grade',
  })
  @Optional()
  @IsIn(GRADES)
  public readonly grade?: Grade;

  @ApiPropertyOptional({ enum: BASES })
  @Optional()
  @IsIn(BASES)
  public readonly basis?: (typeof BASES)[number];

  @ApiPropertyOptional({ example: 'US', description: 'versions this party authored' })
  @Optional()
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  public readonly party?: string;
}
