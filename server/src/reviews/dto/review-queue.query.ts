import { ApiPropertyOptional } from '@nestjs/swagger';
import {
  REVIEW_QUEUE_VIEWS,
  VERDICT_RATINGS,
  type ReviewQueueView,
  type VerdictRating,
} from '@claimdesk/shared';
import { IsIn, IsUUID } from 'class-validator';
import { PageCursor, PageLimit } from '../../common/dto/page-query';
import { Optional } from '../../common/dto/optional';

export const DEFAULT_QUEUE_PAGE = 25;
export const MAX_QUEUE_PAGE = 100;

export class ReviewQueueQuery {
  @ApiPropertyOptional({
    enum: REVIEW_QUEUE_VIEWS,
    default: 'in_review',
    description: 'in_review: oldest submission first; approved: most recently approved first',
  })
  @Optional()
  @IsIn(REVIEW_QUEUE_VIEWS)
  view?: ReviewQueueView;

  @ApiPropertyOptional({ format: 'uuid', description: "Only this article's claims" })
  @Optional()
  @IsUUID()
  articleId?: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'Only verdicts written by this user' })
  @Optional()
  @IsUUID()
  checkerId?: string;

  @ApiPropertyOptional({ enum: VERDICT_RATINGS, description: 'Only verdicts with this rating' })
  @Optional()
  @IsIn(VERDICT_RATINGS)
  rating?: VerdictRating;

  @PageLimit(MAX_QUEUE_PAGE, DEFAULT_QUEUE_PAGE)
  limit?: number;

  @PageCursor(1000)
  cursor?: string;
}
