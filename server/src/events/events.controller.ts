import { Controller, Headers, MessageEvent, Param, Res, Sse } from '@nestjs/common';
import type { Response } from 'express';
import {
  ApiBadRequestResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiParam,
  ApiTags,
} from '@nestjs/swagger';
import type { Observable } from 'rxjs';
import { Requires } from '../auth/requires.decorator';
import { SessionToken } from '../auth/session-cookie';
import { ErrorResponse } from '../common/errors/error-body';
import { uuid } from '../common/uuid-param';
import { EventStreamsService } from './event-streams.service';

const STREAM_DESCRIPTION =
  'text/event-stream. Each event has `event: <type>` (e.g. claim.updated, comment.created), `id:` and ' +
  '`data:` a JSON ClaimDeskEvent {id, type, articleId, claimId, actor, at, data}. A `: heartbeat` comment ' +
  'arrives every LIVE_HEARTBEAT_SECONDS (15 s by default); the stream opens with a `: connected` comment ' +
  'and ends at the first heartbeat after its session has ended (logout, password change, deactivation).';

const NOT_A_STREAM_CLIENT =
  'The request does not send Accept: text/event-stream (VALIDATION_FAILED); EventSource always does';

@ApiTags('events')
@Controller()
export class EventsController {
  constructor(private readonly streams: EventStreamsService) {}

  @Sse('articles/:id/events')
  @Requires('claims.read')
  @ApiOperation({
    operationId: 'streamArticleEvents',
    summary: 'Live changes to one article and its claims (SSE)',
  })
  @ApiParam({ name: 'id', description: 'Article id' })
  @ApiOkResponse({
    description: STREAM_DESCRIPTION,
    content: { 'text/event-stream': { schema: { type: 'string' } } },
  })
  @ApiNotFoundResponse({ type: ErrorResponse, description: 'No such article (NOT_FOUND)' })
  @ApiBadRequestResponse({ type: ErrorResponse, description: NOT_A_STREAM_CLIENT })
  forArticle(
    @Param('id', uuid) articleId: string,
    @Headers('accept') accept: string | undefined,
    @Res({ passthrough: true }) response: Response,
    @SessionToken() session: string | undefined,
  ): Promise<Observable<MessageEvent>> {
    return this.streams.forArticle(articleId, accept, response, session);
  }

  @Sse('events')
  @Requires('claims.read')
  @ApiOperation({
    operationId: 'streamEvents',
    summary: 'Live changes across all articles, for the editor queue (SSE)',
  })
  @ApiOkResponse({
    description: STREAM_DESCRIPTION,
    content: { 'text/event-stream': { schema: { type: 'string' } } },
  })
  @ApiBadRequestResponse({ type: ErrorResponse, description: NOT_A_STREAM_CLIENT })
  all(
    @Headers('accept') accept: string | undefined,
    @Res({ passthrough: true }) response: Response,
    @SessionToken() session: string | undefined,
  ): Observable<MessageEvent> {
    return this.streams.all(accept, response, session);
  }
}
