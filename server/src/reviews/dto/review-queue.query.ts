import { ApiPropertyOptional } from '@nestjs/swagger';
import {
  REVIEW_QUEUE_VIEWS,
  VERDICT_RATINGS,
  type ReviewQueueView,
  type VerdictRating,
} from '@claimdesk/shared';
import { IsIn, IsOptional, IsUUID } from 'class-validator';
import { PageCursor, PageLimit } from '../../common/dto/page-query';

export const DEFAULT_QUEUE_PAGE = 25;
export const MAX_QUEUE_PAGE = 100;

export class ReviewQueueQuery {
  @ApiPropertyOptional({
    enum: REVIEW_QUEUE_VIEWS,
    default: 'in_review',
    description: 'in_review: oldest submission first; approved: most recently approved first',
  })
  @IsOptional()
  @IsIn(REVIEW_QUEUE_VIEWS)
  view?: ReviewQueueView;

  @ApiPropertyOptional({ format: 'uuid', description: "Only this article's claims" })
  @IsOptional()
  @IsUUID()
  articleId?: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'Only verdicts written by this user' })
  @IsOptional()
  @IsUUID()
  checkerId?: string;

  @ApiPropertyOptional({ enum: VERDICT_RATINGS, description: 'Only verdicts with this rating' })
  @IsOptional()
  @IsIn(VERDICT_RATINGS)
  rating?: VerdictRating;

  @PageLimit(MAX_QUEUE_PAGE, DEFAULT_QUEUE_PAGE)
  limit?: number;

  @PageCursor(1000)
  cursor?: string;
}
