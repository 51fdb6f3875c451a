import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsInt, IsString, Length, Max, Min } from 'class-validator';
import { Optional, StrictInt } from '../../common/dto';

export class SearchQueryDto {
  @ApiProperty({ example: 'army 800,000', description: 'Terms that must all occur (any case)' })
  @IsString()
  @Length(1, 200)
  public readonly q!: string;

  @ApiPropertyOptional({ minimum: 1, maximum: 500, default: 100 })
  @Optional()
  @StrictInt()
  @IsInt()
  @Min(1)
  @Max(500)
  public readonly limit?: number;
}
