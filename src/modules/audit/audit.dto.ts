import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsInt, Max, Min } from 'class-validator';
import { Optional, StrictInt } from '../../common/dto';

export class AuditQueryDto {
  @ApiPropertyOptional({ default: 100, maximum: 1000 })
  @Optional()
  @StrictInt()
  @IsInt()
  @Min(1)
  @Max(1000)
  public readonly limit?: number;
}
