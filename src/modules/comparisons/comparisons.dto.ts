import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, Matches } from 'class-validator';
import { Optional, SLUG, SLUG_MESSAGE } from '../../common/dto';
import { REPORT_FORMATS } from '../../reports';
import type { ReportFormat } from '../../reports';

export class CompareQueryDto {
  @ApiProperty({ example: 'v28' })
  @Matches(SLUG, { message: SLUG_MESSAGE })
  public readonly from!: string;

  @ApiProperty({ example: 'v20' })
  @Matches(SLUG, { message: SLUG_MESSAGE })
  public readonly to!: string;

  @ApiPropertyOptional({ enum: REPORT_FORMATS, default: 'json' })
  @Optional()
  @IsIn(REPORT_FORMATS)
  public readonly format?: ReportFormat;
}
