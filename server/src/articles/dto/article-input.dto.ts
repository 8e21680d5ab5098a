import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsIn, IsString, IsUrl, MaxLength } from 'class-validator';
import { PageCursor, PageLimit } from '../../common/dto/page-query';
import { Nullable, Optional } from '../../common/dto/optional';
import { IsIsoDate } from '../../common/dto/iso-date';

/**
 * Metadata a person may give with any import; what the source itself says fills the gaps. Left out or null,
 * a field is not given (scripts often send null for "none").
 */
export class ArticleMetadataDto {
  @ApiPropertyOptional({
    type: String,
    nullable: true,
    maxLength: 500,
    description: 'Defaults to the page title, or the first line of the text',
  })
  @Nullable()
  @IsString()
  @MaxLength(500)
  title?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true, maxLength: 300, example: 'NZ Herald' })
  @Nullable()
  @IsString()
  @MaxLength(300)
  outlet?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true, maxLength: 300 })
  @Nullable()
  @IsString()
  @MaxLength(300)
  author?: string | null;

  @ApiPropertyOptional({
    type: String,
    nullable: true,
    maxLength: 2048,
    example: 'https://www.example.com/news/article',
  })
  @Nullable()
  @IsString()
  @MaxLength(2048)
  @IsUrl({ protocols: ['http', 'https'], require_protocol: true, require_tld: false })
  url?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true, format: 'date-time', example: '2025-08-16T09:00:00Z' })
  @Nullable()
  @IsIsoDate()
  publishedAt?: string | null;
}

export class ImportTextDto extends ArticleMetadataDto {
  @ApiProperty({ description: 'The article text, kept exactly as given (offsets of claims point into it)' })
  @IsString()
  text!: string;
}

export class ImportUrlDto {
  @ApiProperty({ maxLength: 2048, example: 'https://www.example.com/news/article' })
  @IsString()
  @MaxLength(2048)
  url!: string;
}

export class ListArticlesQuery {
  @ApiPropertyOptional({ description: 'Title contains, case-insensitive' })
  @Optional()
  @IsString()
  @MaxLength(500)
  q?: string;

  @PageLimit(200, 50)
  limit?: number;

  @PageCursor(500)
  cursor?: string;
}

export class DeleteArticleQuery {
  @ApiPropertyOptional({
    enum: ['true', 'false'],
    description: 'Delete even if claims have approved verdicts',
  })
  @Optional()
  @IsIn(['true', 'false'])
  @Transform(({ value }: { value: unknown }) => (Array.isArray(value) ? value[0] : value))
  force?: 'true' | 'false';
}
