import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { ReviewQueuePage } from '@claimdesk/shared';
import { CurrentUser } from '../auth/current-user.decorator';
import { Requires } from '../auth/requires.decorator';
import type { SessionUser } from '../auth/session-user';
import { ApiErrors } from '../claims/api-errors';
import { ReviewQueueQuery } from './dto/review-queue.query';
import { ReviewQueuePageResponse } from './dto/review-queue.response';
import { ReviewQueueService } from './review-queue.service';

@ApiTags('reviews')
@Controller('review-queue')
export class ReviewQueueController {
  constructor(private readonly queue: ReviewQueueService) {}

  @Get()
  @Requires('verdicts.approve')
  @ApiOperation({
    operationId: 'getReviewQueue',
    summary: "The editor's review queue: claims with their verdict, history, sources and actions",
    description:
      'Claims in review (oldest submission first) or approved (most recently approved first), in pages of ' +
      '`limit` (default 25, at most 100); pass `nextCursor` back as `cursor`, with the same filters, for the ' +
      'next page. `total` counts every entry matching the filters; `articles` lists every article with claims ' +
      'in the view.',
  })
  @ApiOkResponse({ type: ReviewQueuePageResponse })
  @ApiErrors({ 400: 'Unknown view or rating, a bad id, limit or cursor (VALIDATION_FAILED)' })
  page(@Query() query: ReviewQueueQuery, @CurrentUser() user: SessionUser): Promise<ReviewQueuePage> {
    return this.queue.page(query, user);
  }
}
