import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { AvailableAction, ClaimDto, ClaimReviewDto, MyClaimsDto, VerdictDto } from '@claimdesk/shared';
import { CurrentUser } from '../auth/current-user.decorator';
import { Requires } from '../auth/requires.decorator';
import type { SessionUser } from '../auth/session-user';
import { ApiErrors, BAD_INPUT } from '../claims/api-errors';
import { ClaimResponse } from '../claims/dto/claim.response';
import { AssignmentService } from './assignment.service';
import {
  AssignClaimDto,
  ClaimVersionDto,
  MyClaimsQuery,
  ReasonDto,
  SubmitVerdictDto,
} from './dto/review.requests';
import {
  AvailableActionResponse,
  ClaimReviewResponse,
  MyClaimsResponse,
  VerdictResponse,
} from './dto/review.response';
import { ReviewWorkflowService } from './review-workflow.service';

const uuid = new ParseUUIDPipe({ version: undefined });
const NO_CLAIM = 'No such claim (NOT_FOUND)';
const STALE = 'The version is stale (VERSION_CONFLICT, details.current holds the claim as it is now)';
const NOT_FROM_STATE = 'not allowed from the claim’s state (CLAIM_TRANSITION_NOT_ALLOWED)';

/*
 * Each workflow step is one endpoint. The route lets any staff role try ('claims.transition'); the shared
 * transition table then decides and names the refusal (ROLE_NOT_ALLOWED, NOT_ASSIGNEE, FOUR_EYES_REQUIRED …).
 * Dismiss and restore are in ClaimsController.
 */
@ApiTags('reviews')
@Controller()
export class ReviewsController {
  constructor(
    private readonly assignments: AssignmentService,
    private readonly workflow: ReviewWorkflowService,
  ) {}

  @Post('claims/:id/assign')
  @HttpCode(200)
  @Requires('claims.assign')
  @ApiOperation({ operationId: 'assignClaim', summary: 'Assign a claim to a checker, editor or admin' })
  @ApiOkResponse({ type: ClaimResponse })
  @ApiErrors({
    400: BAD_INPUT,
    404: NO_CLAIM,
    409: `${STALE}; or the claim is approved or dismissed (CLAIM_TRANSITION_NOT_ALLOWED)`,
    422: 'The assignee is not an active checker, editor or admin (UNPROCESSABLE)',
  })
  assign(
    @Param('id', uuid) id: string,
    @Body() body: AssignClaimDto,
    @CurrentUser() user: SessionUser,
  ): Promise<ClaimDto> {
    return this.assignments.assign(id, body, user);
  }

  @Post('claims/:id/take')
  @HttpCode(200)
  @Requires('claims.take')
  @ApiOperation({ operationId: 'takeClaim', summary: 'Take an unassigned claim for yourself' })
  @ApiOkResponse({ type: ClaimResponse })
  @ApiErrors({
    400: BAD_INPUT,
    404: NO_CLAIM,
    409: `${STALE}; someone is assigned (CONFLICT); approved or dismissed (CLAIM_TRANSITION_NOT_ALLOWED)`,
  })
  take(
    @Param('id', uuid) id: string,
    @Body() body: ClaimVersionDto,
    @CurrentUser() user: SessionUser,
  ): Promise<ClaimDto> {
    return this.assignments.take(id, body, user);
  }

  @Post('claims/:id/unassign')
  @HttpCode(200)
  @Requires('claims.take')
  @ApiOperation({ operationId: 'unassignClaim', summary: 'Release a claim (its assignee, or an editor)' })
  @ApiOkResponse({ type: ClaimResponse })
  @ApiErrors({
    400: BAD_INPUT,
    403: 'A checker who is not the assignee (NOT_ASSIGNEE)',
    404: NO_CLAIM,
    409: `${STALE}; or nobody is assigned (CONFLICT)`,
  })
  unassign(
    @Param('id', uuid) id: string,
    @Body() body: ClaimVersionDto,
    @CurrentUser() user: SessionUser,
  ): Promise<ClaimDto> {
    return this.assignments.unassign(id, body, user);
  }

  @Get('me/claims')
  @Requires('claims.read')
  @ApiOperation({
    operationId: 'listMyClaims',
    summary: 'Claims assigned to me across articles, with counts per state',
  })
  @ApiOkResponse({ type: MyClaimsResponse })
  @ApiErrors({ 400: 'Unknown state (VALIDATION_FAILED)' })
  mine(@Query() query: MyClaimsQuery, @CurrentUser() user: SessionUser): Promise<MyClaimsDto> {
    return this.assignments.mine(user, query.state);
  }

  @Get('claims/:id/actions')
  @Requires('claims.read')
  @ApiOperation({
    operationId: 'listClaimActions',
    summary: 'Workflow actions on this claim, allowed or not for me',
  })
  @ApiOkResponse({ type: [AvailableActionResponse] })
  @ApiErrors({ 400: 'The id is not a UUID (VALIDATION_FAILED)', 404: NO_CLAIM })
  actions(@Param('id', uuid) id: string, @CurrentUser() user: SessionUser): Promise<AvailableAction[]> {
    return this.workflow.actions(id, user);
  }

  @Get('claims/:id/verdicts')
  @Requires('claims.read')
  @ApiOperation({ operationId: 'listVerdicts', summary: 'Every verdict revision of a claim, oldest first' })
  @ApiOkResponse({ type: [VerdictResponse] })
  @ApiErrors({ 400: 'The id is not a UUID (VALIDATION_FAILED)', 404: NO_CLAIM })
  verdicts(@Param('id', uuid) id: string): Promise<VerdictDto[]> {
    return this.workflow.history(id);
  }

  @Post('claims/:id/start-research')
  @HttpCode(200)
  @Requires('claims.transition')
  @ApiOperation({
    operationId: 'startResearch',
    summary: 'Start research; an unassigned claim becomes yours',
  })
  @ApiOkResponse({ type: ClaimReviewResponse })
  @ApiErrors({
    400: BAD_INPUT,
    403: 'Assigned to someone else (NOT_ASSIGNEE)',
    404: NO_CLAIM,
    409: `${STALE}; or ${NOT_FROM_STATE}`,
  })
  startResearch(
    @Param('id', uuid) id: string,
    @Body() body: ClaimVersionDto,
    @CurrentUser() user: SessionUser,
  ): Promise<ClaimReviewDto> {
    return this.workflow.step(id, 'start_research', body, user);
  }

  @Post('claims/:id/submit-verdict')
  @HttpCode(200)
  @Requires('verdicts.submit')
  @ApiOperation({ operationId: 'submitVerdict', summary: 'Submit a verdict (a new revision) for review' })
  @ApiOkResponse({ type: ClaimReviewResponse })
  @ApiErrors({
    400: BAD_INPUT,
    403: 'Not the assignee or an editor (NOT_ASSIGNEE)',
    404: NO_CLAIM,
    409: `${STALE}; or ${NOT_FROM_STATE}`,
    422: 'Missing rating, rationale or sources (RATING_REQUIRED, RATIONALE_REQUIRED, SOURCE_REQUIRED); sourceIds not of this claim (UNPROCESSABLE)',
  })
  submitVerdict(
    @Param('id', uuid) id: string,
    @Body() body: SubmitVerdictDto,
    @CurrentUser() user: SessionUser,
  ): Promise<ClaimReviewDto> {
    return this.workflow.step(id, 'submit_verdict', body, user);
  }

  @Post('claims/:id/approve')
  @HttpCode(200)
  @Requires('claims.transition')
  @ApiOperation({
    operationId: 'approveVerdict',
    summary: "Approve the verdict (editors; never the verdict's author)",
  })
  @ApiOkResponse({ type: ClaimReviewResponse })
  @ApiErrors({
    400: BAD_INPUT,
    403: 'Not an editor (ROLE_NOT_ALLOWED); the verdict is yours (FOUR_EYES_REQUIRED)',
    404: NO_CLAIM,
    409: `${STALE}; or ${NOT_FROM_STATE}`,
  })
  approve(
    @Param('id', uuid) id: string,
    @Body() body: ClaimVersionDto,
    @CurrentUser() user: SessionUser,
  ): Promise<ClaimReviewDto> {
    return this.workflow.step(id, 'approve', body, user);
  }

  @Post('claims/:id/request-changes')
  @HttpCode(200)
  @Requires('claims.transition')
  @ApiOperation({
    operationId: 'requestVerdictChanges',
    summary: 'Send the verdict back to research with a reason',
  })
  @ApiOkResponse({ type: ClaimReviewResponse })
  @ApiErrors({
    400: BAD_INPUT,
    403: 'Not an editor (ROLE_NOT_ALLOWED)',
    404: NO_CLAIM,
    409: `${STALE}; or ${NOT_FROM_STATE}`,
    422: 'No reason (REASON_REQUIRED)',
  })
  requestChanges(
    @Param('id', uuid) id: string,
    @Body() body: ReasonDto,
    @CurrentUser() user: SessionUser,
  ): Promise<ClaimReviewDto> {
    return this.workflow.step(id, 'request_changes', body, user);
  }

  @Post('claims/:id/resume')
  @HttpCode(200)
  @Requires('claims.transition')
  @ApiOperation({
    operationId: 'resumeResearch',
    summary: 'Pick the claim back up after changes were requested',
  })
  @ApiOkResponse({ type: ClaimReviewResponse })
  @ApiErrors({
    400: BAD_INPUT,
    403: 'Not the assignee or an editor (NOT_ASSIGNEE)',
    404: NO_CLAIM,
    409: `${STALE}; or ${NOT_FROM_STATE}`,
  })
  resume(
    @Param('id', uuid) id: string,
    @Body() body: ClaimVersionDto,
    @CurrentUser() user: SessionUser,
  ): Promise<ClaimReviewDto> {
    return this.workflow.step(id, 'resume', body, user);
  }

  @Post('claims/:id/reopen')
  @HttpCode(200)
  @Requires('claims.transition')
  @ApiOperation({
    operationId: 'reopenClaim',
    summary: 'Reopen an approved claim for research, with a reason',
  })
  @ApiOkResponse({ type: ClaimReviewResponse })
  @ApiErrors({
    400: BAD_INPUT,
    403: 'Not an editor (ROLE_NOT_ALLOWED)',
    404: NO_CLAIM,
    409: `${STALE}; or ${NOT_FROM_STATE}`,
    422: 'No reason (REASON_REQUIRED)',
  })
  reopen(
    @Param('id', uuid) id: string,
    @Body() body: ReasonDto,
    @CurrentUser() user: SessionUser,
  ): Promise<ClaimReviewDto> {
    return this.workflow.step(id, 'reopen', body, user);
  }
}
