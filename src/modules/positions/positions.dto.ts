import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsISO8601, IsString, Matches, MaxLength, MinLength } from 'class-validator';
import { DATE, Optional, SLUG, SLUG_MESSAGE, SourceDto, SourcesProperty } from '../../common/dto';
import { DateBound, LimitProperty, OffsetProperty } from '../../common/paging';

import { GRADES, STANCES } from '../../engine';
import type { Grade, Stance } from '../../engine';

// Stances and evidence grades (A best, docs/disputes.md) are the engine's: one list for the
// dispute rules and the API. Re-exported for the module's other files.
export { GRADES, STANCES, isGrade } from '../../engine';
export type { Grade, Stance } from '../../engine';

/** Who (party and/or actor) says what (stance, quote) about which target (version/clause/topic). */
export class CreatePositionDto {
  @ApiPropertyOptional({ example: 'Russia' })
  @Optional()
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  public readonly party?: string;

  @ApiPropertyOptional({ example: 'Vladimir Putin' })
  @Optional()
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  public readonly actor?: string;

  @ApiPropertyOptional({ example: 'President' })
  @Optional()
  @IsString()
  @MaxLength(200)
  public readonly actorRole?: string;

  @ApiPropertyOptional({ example: 'v28' })
  @Optional()
  @Matches(SLUG, { message: SLUG_MESSAGE })
  public readonly version?: string;

  @ApiPropertyOptional({ description: 'clause label in `version`' })
  @Optional()
  @IsString()
  @MaxLength(64)
  public readonly clause?: string;

  @ApiPropertyOptional({ example: 'territory' })
  @Optional()
  @IsString()
  @MaxLength(100)
  public readonly topic?: string;

  @ApiProperty({ enum: STANCES }) @IsIn(STANCES) public readonly stance!: Stance;

  @ApiPropertyOptional()
  @Optional()
  @IsString()
  @MaxLength(20_000)
  public readonly quote?: string;
  @ApiPropertyOptional() @Optional() @IsString() @MaxLength(20_000) public readonly note?: string;

  @ApiPropertyOptional({ example: '2025-11-21' })
  @Optional()
  @IsISO8601({ strict: true }, { message: '$property must be a real calendar date' })
  @Matches(DATE, { message: '$property must be a YYYY-MM-DD date' })
  public readonly date?: string;

  @ApiPropertyOptional({
    enum: GRADES,
    description:
      'A on-record or a direct quote in a named outlet, B reported speech, C anonymous sources, D unverified relay',
  })
  @Optional()
  @IsIn(GRADES)
  public readonly grade?: Grade;

  @SourcesProperty()
  public readonly sources?: SourceDto[];
}

/** A plan holds a few hundred positions: by default one page holds a thousand. */
export const POSITION_PAGE = { default: 1000, max: 1000 } as const;

/** `GET …/positions`: a page of positions, by date, filtered (all filters must hold). */
export class PositionQueryDto {
  @LimitProperty(POSITION_PAGE.default, POSITION_PAGE.max) public readonly limit?: number;
  @OffsetProperty() public readonly offset?: number;

  @ApiPropertyOptional({ example: 'Russia' })
  @Optional()
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  public readonly party?: string;

  @ApiPropertyOptional({ example: 'Vladimir Putin' })
  @Optional()
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  public readonly actor?: string;

  @ApiPropertyOptional({ example: 'territory' })
  @Optional()
  @IsString()
  @MinLength(1)
  @MaxLength(100)
  public readonly topic?: string;

  @ApiPropertyOptional({ enum: STANCES })
  @Optional()
  @IsIn(STANCES)
  public readonly stance?: Stance;
  @ApiPropertyOptional({ enum: GRADES }) @Optional() @IsIn(GRADES) public readonly grade?: Grade;

  @ApiPropertyOptional({ example: 'v28', description: 'positions on this version' })
  @Optional()
  @Matches(SLUG, { message: SLUG_MESSAGE })
  public readonly version?: string;

  @DateBound('positions dated on or after (undated ones are left out)')
  public readonly from?: string;

  @DateBound('positions dated on or before (undated ones are left out)')
  public readonly to?: string;
}
