import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsInt, IsString, Matches, MaxLength, Min } from 'class-validator';
import { Optional } from '../../common/dto/optional';

export const MAX_COMMENT_LENGTH = 10_000;

export class CreateCommentRequest {
  @ApiProperty({ maxLength: MAX_COMMENT_LENGTH, example: 'The ministry figure is for 2023, not 2024.' })
  @IsString()
  @MaxLength(MAX_COMMENT_LENGTH)
  @Matches(/\S/, { message: 'body must not be blank' })
  body!: string;
}

export class UpdateCommentRequest extends CreateCommentRequest {
  @ApiPropertyOptional({ description: 'The version you edited; a stale one answers 409 VERSION_CONFLICT' })
  @Optional()
  @IsInt()
  @Min(1)
  version?: number;
}
