import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsInt,
  IsISO8601,
  IsObject,
  IsString,
  IsUrl,
  Length,
  Matches,
  Max,
  MaxLength,
  ValidateIf,
  ValidateNested,
} from 'class-validator';

/**
 * An optional property: absent is fine, but `null` is validated like any other value (and so
 * refused unless the property says otherwise). class-validator's IsOptional lets null through,
 * which stored `{"clauses": null}` as an empty version.
 */
export const Optional = (): PropertyDecorator => ValidateIf((_, value) => value !== undefined);

/** Largest id a database row has (PostgreSQL's int4); anything larger cannot exist. */
export const MAX_ID = 2_147_483_647;

/**
 * An integer from a path or query string, read strictly: ASCII digits only, so `1e2`, `0x10`,
 * ` 7` or `7.0` are refused (400) instead of read as another number, and values past MAX_ID
 * are refused before they reach the database.
 */
export const StrictInt = (): PropertyDecorator =>
  applyDecorators(
    Transform(({ value }: { value: unknown }) =>
      typeof value === 'string' && /^\d{1,10}$/u.test(value) ? Number(value) : value,
    ),
    IsInt({ message: '$property must be an integer written with digits only' }),
    Max(MAX_ID),
  );

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

  @ApiPropertyOptional() @Optional() @IsString() @MaxLength(200) public readonly outlet?: string;
  @ApiPropertyOptional() @Optional() @IsString() @MaxLength(1000) public readonly title?: string;

  @ApiPropertyOptional({ example: '2025-11-21' })
  @Optional()
  @IsISO8601({ strict: true })
  @Matches(DATE)
  public readonly date?: string;

  @ApiPropertyOptional({ example: 'en' })
  @Optional()
  @IsString()
  @Length(2, 35)
  public readonly language?: string;
}

/** An optional list of cited sources, as versions' clauses, links and positions take it. */
export const SourcesProperty = (): PropertyDecorator =>
  applyDecorators(
    ApiPropertyOptional({ type: [SourceDto] }),
    Optional(),
    IsArray(),
    ArrayMaxSize(100),
    IsObject({ each: true }),
    ValidateNested({ each: true }),
    Type(() => SourceDto),
  );
