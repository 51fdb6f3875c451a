import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, Matches, MaxLength } from 'class-validator';
import { SLUG, SLUG_MESSAGE } from '../../common/dto';

export class DisputesQueryDto {
  @ApiProperty({ description: 'version slug', example: 'v28' })
  @Matches(SLUG, { message: `version ${SLUG_MESSAGE}` })
  public readonly version!: string;
}

export class LineageQueryDto {
  @ApiPropertyOptional({ description: 'show every version relative to this one', example: 'v28' })
  @IsOptional()
  @Matches(SLUG, { message: `baseline ${SLUG_MESSAGE}` })
  public readonly baseline?: string;

  @ApiPropertyOptional({ enum: ['json', 'csv'], default: 'json' })
  @IsOptional()
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
