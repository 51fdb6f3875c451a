import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsString, Matches, MaxLength, MinLength } from 'class-validator';
import { Optional, SLUG, SLUG_MESSAGE } from '../../common/dto';

export class CreatePlanDto {
  @ApiProperty({ example: 'ukraine-2025' })
  @Matches(SLUG, { message: SLUG_MESSAGE })
  public readonly slug!: string;

  @ApiProperty() @IsString() @MinLength(1) @MaxLength(500) public readonly title!: string;

  @ApiPropertyOptional()
  @Optional()
  @IsString()
  @MaxLength(20_000)
  public readonly description?: string;
}
