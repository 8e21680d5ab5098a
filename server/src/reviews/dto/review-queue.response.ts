import { ApiProperty } from '@nestjs/swagger';
import type { ReviewQueueArticleDto, ReviewQueueEntryDto, ReviewQueuePage } from '@claimdesk/shared';
import { ClaimResponse } from '../../claims/dto/claim.response';
import { SourceResponse } from '../../sources/dto/source.response';
import { AvailableActionResponse, VerdictResponse } from './review.response';

export class ReviewQueueEntryResponse implements ReviewQueueEntryDto {
  @ApiProperty({ type: ClaimResponse }) claim!: ClaimResponse;
  @ApiProperty({ type: VerdictResponse, description: "The claim's latest verdict revision" })
  verdict!: VerdictResponse;
  @ApiProperty({ type: [VerdictResponse], description: 'Every revision, oldest first' })
  history!: VerdictResponse[];
  @ApiProperty({ type: [SourceResponse], description: 'The sources attached to the claim now' })
  sources!: SourceResponse[];
  @ApiProperty({ type: [AvailableActionResponse], description: 'Workflow actions, allowed or not for you' })
  actions!: AvailableActionResponse[];
}

export class ReviewQueueArticleResponse implements ReviewQueueArticleDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() title!: string;
  @ApiProperty({ minimum: 1, description: "The article's claims in this view, whatever the other filters" })
  count!: number;
}

export class ReviewQueuePageResponse implements ReviewQueuePage {
  @ApiProperty({ type: [ReviewQueueEntryResponse] }) items!: ReviewQueueEntryResponse[];
  @ApiProperty({ type: String, nullable: true, description: 'Pass as `cursor` for the next page' })
  nextCursor!: string | null;
  @ApiProperty({ minimum: 0, description: 'Entries matching the filters, on all pages' })
  total!: number;
  @ApiProperty({ type: [ReviewQueueArticleResponse], description: 'Every article with claims in this view' })
  articles!: ReviewQueueArticleResponse[];
}
