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
  ValidateNested,
} from 'class-validator';
import {
  Optional,
  PlanParamDto,
  SLUG,
  SLUG_MESSAGE,
  SourceDto,
  SourcesProperty,
  StrictInt,
} from '../../common/dto';

export const LINK_KINDS = [
  'same',
  'reworded',
  'renumbered',
  'moved',
  'split',
  'merged',
  'removed',
  'added',
  'thematic',
  'parallel',
  'deferred',
  // An analyst's "these two are NOT the same clause": the comparison never links them.
  'forbid',
] as const;
export type LinkKind = (typeof LINK_KINDS)[number];

export class LinkEndDto {
  @ApiProperty({ example: 'v28' })
  @Matches(SLUG, { message: SLUG_MESSAGE })
  public readonly version!: string;

  @ApiPropertyOptional({
    description: 'clause label; omit for "added" (from) or "removed" (to); "forbid" needs both',
  })
  @Optional()
  @IsString()
  @MaxLength(64)
  public readonly label?: string;
}

export class CreateLinkDto {
  @ApiProperty({ type: LinkEndDto })
  @IsObject()
  @ValidateNested()
  @Type(() => LinkEndDto)
  public readonly from!: LinkEndDto;

  @ApiProperty({ type: LinkEndDto })
  @IsObject()
  @ValidateNested()
  @Type(() => LinkEndDto)
  public readonly to!: LinkEndDto;

  @ApiProperty({ enum: LINK_KINDS }) @IsIn(LINK_KINDS) public readonly kind!: LinkKind;

  @ApiPropertyOptional()
  @Optional()
  @IsString()
  @MaxLength(20_000)
  public readonly evidence?: string;

  @ApiPropertyOptional({ example: 'high' })
  @Optional()
  @IsString()
  @MaxLength(50)
  public readonly confidence?: string;

  @SourcesProperty()
  public readonly sources?: SourceDto[];
}

export class LinkParamDto extends PlanParamDto {
  @ApiProperty()
  @StrictInt()
  @IsInt()
  @Min(1)
  public readonly id!: number;
}

/** `DELETE /api/plans/:plan/links?id=…`: the collection-path form of deleting a link. */
export class LinkIdQueryDto {
  @ApiProperty()
  @StrictInt()
  @IsInt()
  @Min(1)
  public readonly id!: number;
}
