import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsIn, IsString, IsUrl, MaxLength } from 'class-validator';
import { PageCursor, PageLimit } from '../../common/dto/page-query';
import { Optional } from '../../common/dto/optional';
import { IsIsoDate } from '../../common/dto/iso-date';

/** Metadata a person may give with any import; what the source itself says fills the gaps. */
export class ArticleMetadataDto {
  @ApiPropertyOptional({
    maxLength: 500,
    description: 'Defaults to the page title, or the first line of the text',
  })
  @Optional()
  @IsString()
  @MaxLength(500)
  title?: string;

  @ApiPropertyOptional({ maxLength: 300, example: 'NZ Herald' })
  @Optional()
  @IsString()
  @MaxLength(300)
  outlet?: string;

  @ApiPropertyOptional({ maxLength: 300 })
  @Optional()
  @IsString()
  @MaxLength(300)
  author?: string;

  @ApiPropertyOptional({ maxLength: 2048, example: 'https://www.example.com/news/article' })
  @Optional()
  @IsString()
  @MaxLength(2048)
  @IsUrl({ protocols: ['http', 'https'], require_protocol: true, require_tld: false })
  url?: string;

  @ApiPropertyOptional({ format: 'date-time', example: '2025-08-16T09:00:00Z' })
  @Optional()
  @IsIsoDate()
  publishedAt?: string;
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
