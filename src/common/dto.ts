import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsISO8601,
  IsOptional,
  IsString,
  IsUrl,
  Length,
  Matches,
  MaxLength,
  ValidateNested,
} from 'class-validator';

/** URL-safe identifiers used in paths: lowercase letters, digits, `-`, `_`, `.`. */
export const SLUG = /^[a-z0-9][a-z0-9._-]{0,63}$/;
export const SLUG_MESSAGE =
  '$property must be 1-64 of a-z, 0-9, ".", "_", "-", starting alphanumeric';

/** Calendar dates as reported (`YYYY-MM-DD`), stored verbatim. */
export const DATE = /^\d{4}-\d{2}-\d{2}$/;

export class PlanParamDto {
  @ApiProperty({ example: 'ukraine-2025' })
  @Matches(SLUG, { message: SLUG_MESSAGE })
  public readonly plan!: string;
}

export class SourceDto {
  @ApiProperty({ example: 'https://www.reuters.com/world/…' })
  @IsUrl({ require_protocol: true, protocols: ['http', 'https'], require_tld: false })
  @MaxLength(2048)
  public readonly url!: string;

  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(200) public readonly outlet?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(1000) public readonly title?: string;

  @ApiPropertyOptional({ example: '2025-11-21' })
  @IsOptional()
  @IsISO8601({ strict: true })
  @Matches(DATE)
  public readonly date?: string;

  @ApiPropertyOptional({ example: 'en' })
  @IsOptional()
  @IsString()
  @Length(2, 35)
  public readonly language?: string;
}

/** An optional list of cited sources, as versions' clauses, links and positions take it. */
export const SourcesProperty = (): PropertyDecorator =>
  applyDecorators(
    ApiPropertyOptional({ type: [SourceDto] }),
    IsOptional(),
    IsArray(),
    ArrayMaxSize(100),
    ValidateNested({ each: true }),
    Type(() => SourceDto),
  );
