import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, Matches } from 'class-validator';
import { SLUG, SLUG_MESSAGE } from '../../common/dto';
import { RENDER_FORMATS } from '../../engine/render';
import type { RenderFormat } from '../../engine/render';

export class CompareQueryDto {
  @ApiProperty({ example: 'v28' })
  @Matches(SLUG, { message: SLUG_MESSAGE })
  public readonly from!: string;

  @ApiProperty({ example: 'v20' })
  @Matches(SLUG, { message: SLUG_MESSAGE })
  public readonly to!: string;

  @ApiPropertyOptional({ enum: RENDER_FORMATS, default: 'json' })
  @IsOptional()
  @IsIn(RENDER_FORMATS)
  public readonly format?: RenderFormat;
}
