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
import { LimitProperty, OffsetProperty } from '../../common/paging';

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

/** A plan holds about a hundred curated links: by default one page holds a thousand. */
export const LINK_PAGE = { default: 1000, max: 1000 } as const;

/** `GET …/links`: a page of links, oldest first, filtered. */
export class LinkQueryDto {
  @LimitProperty(LINK_PAGE.default, LINK_PAGE.max) public readonly limit?: number;
  @OffsetProperty() public readonly offset?: number;
  @ApiPropertyOptional({ enum: LINK_KINDS })
  @Optional()
  @IsIn(LINK_KINDS)
  public readonly kind?: LinkKind;

  @ApiPropertyOptional({ example: 'v28', description: 'links with this version at either end' })
  @Optional()
  @Matches(SLUG, { message: SLUG_MESSAGE })
  public readonly version?: string;
}
