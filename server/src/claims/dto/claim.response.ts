import { ApiProperty } from '@nestjs/swagger';
import {
  CLAIM_ORIGINS,
  CLAIM_STATES,
  CLAIM_TYPES,
  type ClaimDto,
  type ClaimOrigin,
  type ClaimSearchPage,
  type SimilarClaimDto,
  type VerdictRating,
  VERDICT_RATINGS,
  type ClaimState,
  type ClaimType,
  type Page,
} from '@claimdesk/shared';

export class ClaimResponse implements ClaimDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) articleId!: string;
  @ApiProperty({ description: 'The exact slice of the article text, article.text.slice(start, end)' })
  text!: string;
  @ApiProperty({ type: String, nullable: true, description: 'The claim as reworded by a checker' })
  checkedText!: string | null;
  @ApiProperty({ description: 'UTF-16 offset into the article text (inclusive)' }) start!: number;
  @ApiProperty({ description: 'UTF-16 offset into the article text (exclusive)' }) end!: number;
  @ApiProperty({ minimum: 0, maximum: 1, description: '1 for a claim a person picked' }) score!: number;
  @ApiProperty({
    enum: CLAIM_ORIGINS,
    description: 'extraction, or manual: picked by a person (or split or merged from such a claim)',
  })
  origin!: ClaimOrigin;
  @ApiProperty({ enum: CLAIM_TYPES }) type!: ClaimType;
  @ApiProperty({ type: String, nullable: true }) speaker!: string | null;
  @ApiProperty() quoted!: boolean;
  @ApiProperty({ enum: CLAIM_STATES }) state!: ClaimState;
  @ApiProperty({ type: String, nullable: true, format: 'uuid' }) assigneeId!: string | null;
  @ApiProperty({ type: String, nullable: true }) dismissReason!: string | null;
  @ApiProperty({ description: 'Send it back with every write; a stale one gets 409 VERSION_CONFLICT' })
  version!: number;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiProperty({ format: 'date-time' }) updatedAt!: string;
}

export class ClaimPageResponse implements Page<ClaimDto> {
  @ApiProperty({ type: [ClaimResponse] }) items!: ClaimResponse[];
  @ApiProperty({
    type: String,
    nullable: true,
    description: 'Pass as `cursor` for the next page; null on the last',
  })
  nextCursor!: string | null;
}

export class ClaimSearchPageResponse extends ClaimPageResponse implements ClaimSearchPage {
  @ApiProperty({
    type: 'object',
    additionalProperties: { type: 'string' },
    description: "Article id → title, for the articles of this page's claims",
  })
  articleTitles!: Record<string, string>;
}

export class SimilarClaimResponse implements SimilarClaimDto {
  @ApiProperty({ type: ClaimResponse }) claim!: ClaimResponse;
  @ApiProperty() articleTitle!: string;
  @ApiProperty({ enum: VERDICT_RATINGS, description: "The approved verdict's rating" })
  rating!: VerdictRating;
  @ApiProperty({ format: 'date-time' }) approvedAt!: string;
  @ApiProperty({
    minimum: 0,
    maximum: 1,
    description: 'How much of their wording the two claims share (TF-IDF cosine; rare words count most)',
  })
  similarity!: number;
}
