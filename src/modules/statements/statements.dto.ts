import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  IsIn,
  IsInt,
  IsObject,
  IsString,
  Matches,
  MaxLength,
  Min,
  MinLength,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import { Optional, SLUG, SLUG_MESSAGE, StrictInt } from '../../common/dto';
import { DateBound, LimitProperty, OffsetProperty } from '../../common/paging';
import { GRADES, STANCES } from '../positions/positions.dto';
import type { Grade, Stance } from '../positions/positions.dto';
import type { StatementStatus } from './statements.types';

const STATUSES = ['proposed', 'accepted', 'rejected'] as const;
const ROLES = ['official', 'institution', 'commentator'] as const;

/** Articles and statements: fifty to a page unless a client asks for up to 500. */
export const REVIEW_PAGE = { default: 50, max: 500 } as const;

export class PageQueryDto {
  @LimitProperty(REVIEW_PAGE.default, REVIEW_PAGE.max) public readonly limit?: number;
  @OffsetProperty() public readonly offset?: number;
}

/** `GET …/statements`: a page of statements, by article and place in it, filtered. */
export class StatementQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ enum: STATUSES })
  @Optional()
  @IsIn(STATUSES)
  public readonly status?: StatementStatus;

  @ApiPropertyOptional({ description: 'article id' })
  @Optional()
  @StrictInt()
  @IsInt()
  @Min(1)
  public readonly article?: number;

  @ApiPropertyOptional({ example: 'Russia', description: 'the party the speaker speaks for' })
  @Optional()
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  public readonly party?: string;

  @ApiPropertyOptional({ example: 'Yuri Ushakov' })
  @Optional()
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  public readonly speaker?: string;

  @ApiPropertyOptional({ enum: STANCES })
  @Optional()
  @IsIn(STANCES)
  public readonly stance?: Stance;

  @ApiPropertyOptional({ example: 'territory', description: 'statements tagged with this topic' })
  @Optional()
  @IsString()
  @MinLength(1)
  @MaxLength(100)
  public readonly topic?: string;

  @DateBound('statements dated on or after (undated ones are left out)')
  public readonly from?: string;

  @DateBound('statements dated on or before (undated ones are left out)')
  public readonly to?: string;
}

export class StatementParamDto {
  @ApiProperty({ example: 'ukraine-2025' })
  @Matches(SLUG, { message: SLUG_MESSAGE })
  public readonly plan!: string;

  @ApiProperty()
  @StrictInt()
  @IsInt()
  @Min(1)
  public readonly id!: number;
}

/** What the position is about; a clause needs its version, as on positions. */
export class TargetCorrectionDto {
  @ApiPropertyOptional({ example: 'v28', nullable: true })
  @Optional()
  @ValidateIf((_, v) => v !== null)
  @Matches(SLUG, { message: SLUG_MESSAGE })
  public readonly version?: string | null;

  @ApiPropertyOptional({ nullable: true })
  @Optional()
  @ValidateIf((_, v) => v !== null)
  @IsString()
  @MaxLength(64)
  public readonly clause?: string | null;

  @ApiPropertyOptional({ nullable: true })
  @Optional()
  @ValidateIf((_, v) => v !== null)
  @IsString()
  @MaxLength(100)
  public readonly topic?: string | null;
}

/** Every field optional: what is absent comes from the extracted statement. */
export class AcceptStatementDto {
  @ApiPropertyOptional({ example: 'Yuri Ushakov' })
  @Optional()
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  public readonly speaker?: string;

  @ApiPropertyOptional({ example: 'Russia', nullable: true, description: 'null: a commentator' })
  @Optional()
  @ValidateIf((_, v) => v !== null)
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  public readonly party?: string | null;

  @ApiPropertyOptional({ enum: ROLES })
  @Optional()
  @IsIn(ROLES)
  public readonly role?: (typeof ROLES)[number];

  @ApiPropertyOptional({ enum: STANCES })
  @Optional()
  @IsIn(STANCES)
  public readonly stance?: Stance;

  @ApiPropertyOptional({ type: TargetCorrectionDto })
  @Optional()
  @IsObject()
  @ValidateNested()
  @Type(() => TargetCorrectionDto)
  public readonly target?: TargetCorrectionDto;

  @ApiPropertyOptional({ enum: GRADES, description: 'default: A direct, B reported, C anonymous' })
  @Optional()
  @IsIn(GRADES)
  public readonly grade?: Grade;

  @ApiPropertyOptional()
  @Optional()
  @IsString()
  @MaxLength(20_000)
  public readonly note?: string;
}

export class RejectStatementDto {
  @ApiProperty({ example: 'The words are about sanctions, not the plan.' })
  @IsString()
  @Matches(/\S/, { message: '$property must not be blank' })
  @MaxLength(2000)
  public readonly reason!: string;
}
