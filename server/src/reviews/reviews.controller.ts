import { Body, Controller, Get, Param, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { AvailableAction, ClaimDto, ClaimReviewDto, MyClaimsDto, VerdictDto } from '@claimdesk/shared';
import { CurrentUser } from '../auth/current-user.decorator';
import { Requires } from '../auth/requires.decorator';
import type { SessionUser } from '../auth/session-user';
import { ApiErrors } from '../claims/api-errors';
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
import { ClaimStep, NO_CLAIM, NOT_FROM_STATE } from './claim-step.decorator';
import { ReviewWorkflowService } from './review-workflow.service';
import { uuid } from '../common/uuid-param';

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

  @ClaimStep({
    path: 'assign',
    permission: 'claims.assign',
    operationId: 'assignClaim',
    summary: 'Assign a claim to a checker, editor or admin',
    returns: ClaimResponse,
    conflict: 'or the claim is approved or dismissed (CLAIM_TRANSITION_NOT_ALLOWED)',
    unprocessable: 'The assignee is not an active checker, editor or admin (UNPROCESSABLE)',
  })
  assign(
    @Param('id', uuid) id: string,
    @Body() body: AssignClaimDto,
    @CurrentUser() user: SessionUser,
  ): Promise<ClaimDto> {
    return this.assignments.assign(id, body, user);
  }

  @ClaimStep({
    path: 'take',
    permission: 'claims.take',
    operationId: 'takeClaim',
    summary: 'Take an unassigned claim for yourself',
    returns: ClaimResponse,
    conflict: 'someone is assigned (CONFLICT); approved or dismissed (CLAIM_TRANSITION_NOT_ALLOWED)',
  })
  take(
    @Param('id', uuid) id: string,
    @Body() body: ClaimVersionDto,
    @CurrentUser() user: SessionUser,
  ): Promise<ClaimDto> {
    return this.assignments.take(id, body, user);
  }

  @ClaimStep({
    path: 'unassign',
    permission: 'claims.take',
    operationId: 'unassignClaim',
    summary: 'Release a claim (its assignee, or an editor)',
    returns: ClaimResponse,
    conflict: 'or nobody is assigned (CONFLICT)',
    forbidden: 'A checker who is not the assignee (NOT_ASSIGNEE)',
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
    description:
      'Most recently changed first, in pages of `limit` (default and most 500); pass `nextCursor` back as `cursor` ' +
      'for the next page.',
  })
  @ApiOkResponse({ type: MyClaimsResponse })
  @ApiErrors({ 400: 'Unknown state, bad limit or cursor (VALIDATION_FAILED)' })
  mine(@Query() query: MyClaimsQuery, @CurrentUser() user: SessionUser): Promise<MyClaimsDto> {
    return this.assignments.mine(user, query);
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

  @ClaimStep({
    path: 'start-research',
    permission: 'claims.transition',
    operationId: 'startResearch',
    summary: 'Start research; an unassigned claim becomes yours',
    returns: ClaimReviewResponse,
    conflict: NOT_FROM_STATE,
    forbidden: 'Assigned to someone else (NOT_ASSIGNEE)',
  })
  startResearch(
    @Param('id', uuid) id: string,
    @Body() body: ClaimVersionDto,
    @CurrentUser() user: SessionUser,
  ): Promise<ClaimReviewDto> {
    return this.workflow.step(id, 'start_research', body, user);
  }

  @ClaimStep({
    path: 'submit-verdict',
    permission: 'verdicts.submit',
    operationId: 'submitVerdict',
    summary: 'Submit a verdict (a new revision) for review',
    returns: ClaimReviewResponse,
    conflict: NOT_FROM_STATE,
    forbidden: 'Not the assignee or an editor (NOT_ASSIGNEE)',
    unprocessable:
      'Missing rating, rationale or sources (RATING_REQUIRED, RATIONALE_REQUIRED, SOURCE_REQUIRED); sourceIds not of this claim (UNPROCESSABLE)',
  })
  submitVerdict(
    @Param('id', uuid) id: string,
    @Body() body: SubmitVerdictDto,
    @CurrentUser() user: SessionUser,
  ): Promise<ClaimReviewDto> {
    return this.workflow.step(id, 'submit_verdict', body, user);
  }

  @ClaimStep({
    path: 'approve',
    permission: 'claims.transition',
    operationId: 'approveVerdict',
    summary: "Approve the verdict (editors; never the verdict's author)",
    returns: ClaimReviewResponse,
    conflict: NOT_FROM_STATE,
    forbidden: 'Not an editor (ROLE_NOT_ALLOWED); the verdict is yours (FOUR_EYES_REQUIRED)',
  })
  approve(
    @Param('id', uuid) id: string,
    @Body() body: ClaimVersionDto,
    @CurrentUser() user: SessionUser,
  ): Promise<ClaimReviewDto> {
    return this.workflow.step(id, 'approve', body, user);
  }

  @ClaimStep({
    path: 'request-changes',
    permission: 'claims.transition',
    operationId: 'requestVerdictChanges',
    summary: 'Send the verdict back to research with a reason',
    returns: ClaimReviewResponse,
    conflict: NOT_FROM_STATE,
    forbidden: 'Not an editor (ROLE_NOT_ALLOWED)',
    unprocessable: 'No reason (REASON_REQUIRED)',
  })
  requestChanges(
    @Param('id', uuid) id: string,
    @Body() body: ReasonDto,
    @CurrentUser() user: SessionUser,
  ): Promise<ClaimReviewDto> {
    return this.workflow.step(id, 'request_changes', body, user);
  }

  @ClaimStep({
    path: 'resume',
    permission: 'claims.transition',
    operationId: 'resumeResearch',
    summary: 'Pick the claim back up after changes were requested',
    returns: ClaimReviewResponse,
    conflict: NOT_FROM_STATE,
    forbidden: 'Not the assignee or an editor (NOT_ASSIGNEE)',
  })
  resume(
    @Param('id', uuid) id: string,
    @Body() body: ClaimVersionDto,
    @CurrentUser() user: SessionUser,
  ): Promise<ClaimReviewDto> {
    return this.workflow.step(id, 'resume', body, user);
  }

  @ClaimStep({
    path: 'reopen',
    permission: 'claims.transition',
    operationId: 'reopenClaim',
    summary: 'Reopen an approved claim for research, with a reason',
    returns: ClaimReviewResponse,
    conflict: NOT_FROM_STATE,
    forbidden: 'Not an editor (ROLE_NOT_ALLOWED)',
    unprocessable: 'No reason (REASON_REQUIRED)',
  })
  reopen(
    @Param('id', uuid) id: string,
    @Body() body: ReasonDto,
    @CurrentUser() user: SessionUser,
  ): Promise<ClaimReviewDto> {
    return this.workflow.step(id, 'reopen', body, user);
  }
}
