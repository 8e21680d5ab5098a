import { Body, Controller, Delete, Get, Param, Patch, Post } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiParam,
  ApiTags,
} from '@nestjs/swagger';
import { CurrentUser } from '../auth/current-user.decorator';
import { Requires } from '../auth/requires.decorator';
import type { SessionUser } from '../auth/session-user';
import { ErrorResponse } from '../common/errors/error-body';
import { uuid } from '../common/uuid-param';
import { CommentsService } from './comments.service';
import { CreateCommentRequest, UpdateCommentRequest } from './dto/comment.requests';
import { CommentHistoryResponse, CommentListResponse, CommentResponse } from './dto/comment.response';

const NOT_AUTHOR = 'Not the author (FORBIDDEN)';
const CLOSED = 'Already deleted, or the edit window has closed (CONFLICT); stale version (VERSION_CONFLICT)';

@ApiTags('comments')
@Controller()
export class CommentsController {
  constructor(private readonly comments: CommentsService) {}

  @Get('claims/:id/comments')
  @Requires('comments.read')
  @ApiOperation({ operationId: 'listComments', summary: "A claim's comment thread, oldest first" })
  @ApiParam({ name: 'id', description: 'Claim id' })
  @ApiOkResponse({ type: CommentListResponse })
  @ApiNotFoundResponse({ type: ErrorResponse, description: 'No such claim (NOT_FOUND)' })
  list(@Param('id', uuid) claimId: string): Promise<CommentListResponse> {
    return this.comments.list(claimId);
  }

  @Post('claims/:id/comments')
  @Requires('comments.write')
  @ApiOperation({ operationId: 'createComment', summary: 'Comment on a claim' })
  @ApiParam({ name: 'id', description: 'Claim id' })
  @ApiCreatedResponse({ type: CommentResponse })
  @ApiBadRequestResponse({
    type: ErrorResponse,
    description: 'Blank, too long or unknown fields (VALIDATION_FAILED)',
  })
  @ApiNotFoundResponse({ type: ErrorResponse, description: 'No such claim (NOT_FOUND)' })
  create(
    @Param('id', uuid) claimId: string,
    @Body() request: CreateCommentRequest,
    @CurrentUser() user: SessionUser,
  ): Promise<CommentResponse> {
    return this.comments.create(claimId, user, request.body);
  }

  @Patch('comments/:id')
  @Requires('comments.write')
  @ApiOperation({ operationId: 'updateComment', summary: 'Edit your own comment within the edit window' })
  @ApiParam({ name: 'id', description: 'Comment id' })
  @ApiOkResponse({ type: CommentResponse })
  @ApiBadRequestResponse({
    type: ErrorResponse,
    description: 'Blank, too long or unknown fields (VALIDATION_FAILED)',
  })
  @ApiNotFoundResponse({ type: ErrorResponse, description: 'No such comment (NOT_FOUND)' })
  @ApiConflictResponse({ type: ErrorResponse, description: `${CLOSED}. Also 403 when ${NOT_AUTHOR}` })
  update(
    @Param('id', uuid) commentId: string,
    @Body() request: UpdateCommentRequest,
    @CurrentUser() user: SessionUser,
  ): Promise<CommentResponse> {
    return this.comments.update(commentId, user, request.body, request.version);
  }

  @Delete('comments/:id')
  @Requires('comments.write')
  @ApiOperation({
    operationId: 'deleteComment',
    summary: 'Delete your own comment within the edit window (shown as deleted)',
  })
  @ApiParam({ name: 'id', description: 'Comment id' })
  @ApiOkResponse({ type: CommentResponse, description: 'The comment as the thread now shows it' })
  @ApiNotFoundResponse({ type: ErrorResponse, description: 'No such comment (NOT_FOUND)' })
  @ApiConflictResponse({ type: ErrorResponse, description: `${CLOSED}. Also 403 when ${NOT_AUTHOR}` })
  remove(@Param('id', uuid) commentId: string, @CurrentUser() user: SessionUser): Promise<CommentResponse> {
    return this.comments.remove(commentId, user);
  }

  @Get('comments/:id/history')
  @Requires('comments.read')
  @ApiOperation({ operationId: 'getCommentHistory', summary: 'Every text a comment has had' })
  @ApiParam({ name: 'id', description: 'Comment id' })
  @ApiOkResponse({ type: CommentHistoryResponse })
  @ApiNotFoundResponse({ type: ErrorResponse, description: 'No such comment (NOT_FOUND)' })
  history(
    @Param('id', uuid) commentId: string,
    @CurrentUser() user: SessionUser,
  ): Promise<CommentHistoryResponse> {
    return this.comments.history(commentId, user);
  }
}
