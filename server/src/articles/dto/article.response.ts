import { ApiProperty } from '@nestjs/swagger';
import {
  CLAIM_STATES,
  type ArticleDto,
  type ArticleSummaryDto,
  type ClaimState,
  type ImportResultDto,
  type Page,
} from '@claimdesk/shared';

export class ArticleSummaryResponse implements ArticleSummaryDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() title!: string;
  @ApiProperty({ type: String, nullable: true }) outlet!: string | null;
  @ApiProperty({ type: String, nullable: true }) author!: string | null;
  @ApiProperty({ type: String, nullable: true }) url!: string | null;
  @ApiProperty({ type: String, nullable: true, format: 'date-time' }) publishedAt!: string | null;
  @ApiProperty({ format: 'uuid', description: 'Id of the user who imported it' }) importedBy!: string;
  @ApiProperty({ format: 'date-time' }) importedAt!: string;

  @ApiProperty({
    type: 'object',
    properties: Object.fromEntries(CLAIM_STATES.map((state) => [state, { type: 'integer' }])),
    required: [...CLAIM_STATES],
    description: 'Claims per state; every state present, zero included',
  })
  claimCounts!: Record<ClaimState, number>;

  @ApiProperty() claimTotal!: number;
}

export class ArticleResponse extends ArticleSummaryResponse implements ArticleDto {
  @ApiProperty({ description: 'The text exactly as imported' }) text!: string;
}

export class ArticlePageResponse implements Page<ArticleSummaryDto> {
  @ApiProperty({ type: [ArticleSummaryResponse] }) items!: ArticleSummaryResponse[];
  @ApiProperty({
    type: String,
    nullable: true,
    description: 'Pass as `cursor` for the next page; null on the last',
  })
  nextCursor!: string | null;
}

export class ImportResultResponse implements ImportResultDto {
  @ApiProperty({ type: ArticleResponse }) article!: ArticleResponse;
  @ApiProperty({ description: 'Claims the extraction created' }) claimsCreated!: number;
}

export class ReextractResultResponse extends ImportResultResponse {
  @ApiProperty({ description: 'Untouched extracted claims replaced by this run' }) claimsRemoved!: number;
  @ApiProperty({ description: 'Claims kept because people worked on them (or made them)' })
  claimsKept!: number;
}
