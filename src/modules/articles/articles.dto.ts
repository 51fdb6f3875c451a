import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  IsInt,
  IsISO8601,
  IsString,
  IsUrl,
  Length,
  Matches,
  MaxLength,
  Min,
  MinLength,
} from 'class-validator';
import { DATE, Optional, SLUG, SLUG_MESSAGE, StrictInt } from '../../common/dto';
import { DateBound } from '../../common/paging';
import { PageQueryDto } from '../statements/statements.dto';

/**
 * A news article: JSON with `text`, or multipart with a `file` part (.txt, .md, .html, .docx,
 * .pdf) and these fields as form fields. The title defaults to the file's own title.
 */
export class CreateArticleDto {
  @ApiPropertyOptional({ example: 'Kremlin says parts of US plan unacceptable' })
  @Optional()
  @IsString()
  @MinLength(1)
  @MaxLength(1000)
  public readonly title?: string;

  @ApiProperty({ example: 'Reuters' })
  @IsString()
  @Matches(/\S/, { message: '$property must not be blank' })
  @MaxLength(200)
  public readonly outlet!: string;

  @ApiProperty({ example: '2025-11-27' })
  @IsISO8601({ strict: true }, { message: '$property must be a real calendar date' })
  @Matches(DATE, { message: '$property must be a YYYY-MM-DD date' })
  public readonly date!: string;

  @ApiPropertyOptional({ example: 'https://www.reuters.com/world/…' })
  @Optional()
  @IsUrl({ require_protocol: true, protocols: ['http', 'https'], require_tld: false })
  @MaxLength(2048)
  public readonly url?: string;

  @ApiPropertyOptional({ example: 'en', description: 'default: as the extractor detects it' })
  @Optional()
  @IsString()
  @Length(2, 35)
  public readonly language?: string;

  @ApiPropertyOptional({ description: 'the article text (JSON requests)' })
  @Optional()
  @IsString()
  public readonly text?: string;
}

export class ArticleParamDto {
  @ApiProperty({ example: 'ukraine-2025' })
  @Matches(SLUG, { message: SLUG_MESSAGE })
  public readonly plan!: string;

  @ApiProperty()
  @StrictInt()
  @IsInt()
  @Min(1)
  public readonly id!: number;
}

/** `GET …/articles`: a page of articles, newest first, filtered. */
export class ArticleQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ example: 'Reuters' })
  @Optional()
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  public readonly outlet?: string;

  @ApiPropertyOptional({ example: 'en' })
  @Optional()
  @IsString()
  @Length(2, 35)
  public readonly language?: string;

  @DateBound('articles dated on or after') public readonly from?: string;
  @DateBound('articles dated on or before') public readonly to?: string;
}
