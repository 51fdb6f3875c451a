import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  IsIn,
  IsInt,
  IsISO8601,
  IsString,
  Length,
  Matches,
  Max,
  MaxLength,
  Min,
} from 'class-validator';
import { DATE, Optional, SLUG, SLUG_MESSAGE, StrictInt } from '../../common/dto';
import { GRADES, type Grade, type Scope } from '../../engine';

/** Filters and page of GET /disputes; the rules behind each are in docs/disputes.md §5. */
export class DisputesQueryDto {
  @ApiProperty({ description: 'version slug', example: 'v28' })
  @Matches(SLUG, { message: `version ${SLUG_MESSAGE}` })
  public readonly version!: string;

  @ApiPropertyOptional({ description: 'list only this party’s stances', example: 'Russia' })
  @Optional()
  @IsString()
  @Length(1, 100)
  public readonly party?: string;

  @ApiPropertyOptional({ description: 'only positions dated on or after', example: '2025-11-20' })
  @Optional()
  @IsISO8601({ strict: true }, { message: '$property must be a real calendar date' })
  @Matches(DATE, { message: '$property must be a YYYY-MM-DD date' })
  public readonly from?: string;

  @ApiPropertyOptional({ description: 'only positions dated on or before', example: '2025-12-31' })
  @Optional()
  @IsISO8601({ strict: true }, { message: '$property must be a real calendar date' })
  @Matches(DATE, { message: '$property must be a YYYY-MM-DD date' })
  public readonly to?: string;

  @ApiPropertyOptional({ enum: GRADES, description: 'only positions graded this or better' })
  @Optional()
  @IsIn(GRADES)
  public readonly grade?: Grade;

  @ApiPropertyOptional({ enum: ['clause-specific', 'version-wide'] })
  @Optional()
  @IsIn(['clause-specific', 'version-wide'])
  public readonly scope?: Scope;

  @ApiPropertyOptional({ minimum: 0, default: 0, description: 'first clause of the page' })
  @Optional()
  @StrictInt()
  @IsInt()
  @Min(0)
  @Max(100000)
  public readonly offset?: number;

  @ApiPropertyOptional({ minimum: 1, maximum: 200, default: 50, description: 'clauses per page' })
  @Optional()
  @StrictInt()
  @IsInt()
  @Min(1)
  @Max(200)
  public readonly limit?: number;
}

export class LineageQueryDto {
  @ApiPropertyOptional({ description: 'show every version relative to this one', example: 'v28' })
  @Optional()
  @Matches(SLUG, { message: `baseline ${SLUG_MESSAGE}` })
  public readonly baseline?: string;

  @ApiPropertyOptional({ enum: ['json', 'csv'], default: 'json' })
  @Optional()
  @IsIn(['json', 'csv'])
  public readonly format?: 'json' | 'csv';
}

export class ThreeWayQueryDto {
  @ApiProperty({ example: 'v28' })
  @Matches(SLUG, { message: `base ${SLUG_MESSAGE}` })
  public readonly base!: string;
  @ApiProperty({ example: 'veu' })
  @Matches(SLUG, { message: `a ${SLUG_MESSAGE}` })
  public readonly a!: string;
  @ApiProperty({ example: 'v20' })
  @Matches(SLUG, { message: `b ${SLUG_MESSAGE}` })
  public readonly b!: string;
}

export class TopicParamDto {
  @ApiProperty({ example: 'ukraine-2025' })
  @Matches(SLUG, { message: SLUG_MESSAGE })
  public readonly plan!: string;
  @ApiProperty({ example: 'territory' })
  @Matches(SLUG, { message: SLUG_MESSAGE })
  public readonly topic!: string;
}

export class ClauseParamDto {
  @ApiProperty({ example: 'ukraine-2025' })
  @Matches(SLUG, { message: SLUG_MESSAGE })
  public readonly plan!: string;
  @ApiProperty({ example: 'v28' })
  @Matches(SLUG, { message: SLUG_MESSAGE })
  public readonly version!: string;
  @ApiProperty({ example: '21a' })
  @MaxLength(64)
  @Matches(/^[^/\s]+$/, { message: 'label must be one clause label' })
  public readonly label!: string;
}
