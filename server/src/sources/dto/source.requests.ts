import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { SOURCE_KINDS, SOURCE_STANCES, type SourceKind, type SourceStance } from '@claimdesk/shared';
import { IsIn, IsNotEmpty, IsString, MaxLength, ValidateIf } from 'class-validator';
import { IsSourceUrl, MAX_URL_LENGTH } from '../source-url';
import { Nullable } from '../../common/dto/optional';
import { IsIsoDate } from '../../common/dto/iso-date';

const URL_NOTE =
  'http(s) only; stored normalised (lower-case host, no default port, fragment or utm_* parameters)';

// Listed in the order stacked decorators run (bottom up), so validation messages keep their order.

/** Optional free text of at most `maxLength` characters; null clears it. */
function OptionalText(maxLength: number, description?: string): PropertyDecorator {
  return applyDecorators(
    MaxLength(maxLength),
    IsString(),
    Nullable(),
    ApiPropertyOptional({ type: String, nullable: true, maxLength, ...(description ? { description } : {}) }),
  );
}

/** An optional http(s) address (see IsSourceUrl); null clears it. */
function OptionalSourceUrl(description?: string): PropertyDecorator {
  return applyDecorators(
    IsSourceUrl(),
    IsString(),
    Nullable(),
    ApiPropertyOptional({
      type: String,
      nullable: true,
      maxLength: MAX_URL_LENGTH,
      ...(description ? { description } : {}),
    }),
  );
}

export class CreateSourceDto {
  @ApiPropertyOptional({ maxLength: MAX_URL_LENGTH, description: `${URL_NOTE}. Omit for offline sources` })
  @Nullable()
  @IsString()
  @IsSourceUrl()
  url?: string | null;

  @ApiProperty({ maxLength: 500, description: 'Kept from the shared record when the URL was cited before' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(500)
  title!: string;

  @OptionalText(300)
  publisher?: string | null;

  @ApiProperty({ enum: SOURCE_KINDS })
  @IsIn(SOURCE_KINDS)
  kind!: SourceKind;

  @OptionalText(5000, 'The quoted passage')
  excerpt?: string | null;

  @ApiProperty({ enum: SOURCE_STANCES })
  @IsIn(SOURCE_STANCES)
  stance!: SourceStance;

  @ApiPropertyOptional({
    type: String,
    nullable: true,
    format: 'date-time',
    description: 'ISO 8601 date or time',
  })
  @Nullable()
  @IsIsoDate()
  accessedAt?: string | null;

  @OptionalSourceUrl('http(s) snapshot link')
  archiveUrl?: string | null;

  @OptionalText(5000)
  note?: string | null;
}

/** Every field optional; null clears an optional field. url, title, publisher and kind live on the shared record. */
export class UpdateSourceDto {
  @OptionalSourceUrl(URL_NOTE)
  url?: string | null;

  @ApiPropertyOptional({ maxLength: 500 })
  @ValidateIf((dto: UpdateSourceDto) => dto.title !== undefined)
  @IsString()
  @IsNotEmpty()
  @MaxLength(500)
  title?: string;

  @OptionalText(300)
  publisher?: string | null;

  @ApiPropertyOptional({ enum: SOURCE_KINDS })
  @ValidateIf((dto: UpdateSourceDto) => dto.kind !== undefined)
  @IsIn(SOURCE_KINDS)
  kind?: SourceKind;

  @OptionalText(5000)
  excerpt?: string | null;

  @ApiPropertyOptional({ enum: SOURCE_STANCES })
  @ValidateIf((dto: UpdateSourceDto) => dto.stance !== undefined)
  @IsIn(SOURCE_STANCES)
  stance?: SourceStance;

  @ApiPropertyOptional({ type: String, nullable: true, format: 'date-time' })
  @Nullable()
  @IsIsoDate()
  accessedAt?: string | null;

  @OptionalSourceUrl()
  archiveUrl?: string | null;

  @OptionalText(5000)
  note?: string | null;
}

export class FindSourcesQuery {
  @ApiProperty({ description: 'Any form of the address; it is normalised before the look-up' })
  @IsString()
  @IsSourceUrl()
  url!: string;
}
