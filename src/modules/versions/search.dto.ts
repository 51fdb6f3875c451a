import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsInt, IsString, Length, Matches, Max, Min } from 'class-validator';
import { Optional, SLUG, SLUG_MESSAGE, StrictInt } from '../../common/dto';

export const SEARCH_ORDERS = ['relevance', 'document'] as const;

export class SearchQueryDto {
  @ApiProperty({
    example: '"security guarantees" NATO',
    description:
      'Whole words, any inflection (English, Russian, Ukrainian), and "phrases in quotes"; a clause must contain them all',
  })
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

  @ApiPropertyOptional({
    enum: SEARCH_ORDERS,
    default: 'relevance',
    description: 'relevance: best first (BM25); document: by version date, then clause order',
  })
  @Optional()
  @IsIn(SEARCH_ORDERS)
  public readonly order?: (typeof SEARCH_ORDERS)[number];

  @ApiPropertyOptional({ example: 'v28', description: 'only this version’s clauses' })
  @Optional()
  @Matches(SLUG, { message: SLUG_MESSAGE })
  public readonly version?: string;
}
