import { Body, Controller, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { ClaimDto, ClaimSearchPage, Page, SimilarClaimDto } from '@claimdesk/shared';
import { CurrentUser } from '../auth/current-user.decorator';
import { Requires } from '../auth/requires.decorator';
import type { SessionUser } from '../auth/session-user';
import { ApiErrors, BAD_INPUT } from './api-errors';
import { ClaimsService } from './claims.service';
import {
  CreateClaimDto,
  DismissClaimDto,
  MergeClaimsDto,
  RestoreClaimDto,
  SplitClaimDto,
  UpdateClaimDto,
} from './dto/claim-write.dto';
import {
  ClaimPageResponse,
  ClaimResponse,
  ClaimSearchPageResponse,
  SimilarClaimResponse,
} from './dto/claim.response';
import { ListClaimsQuery, SimilarClaimsQuery } from './dto/list-claims.query';
import { SimilarClaimsService } from './similar-claims.service';
import { uuid } from '../common/uuid-param';

const STALE = 'The version is stale (VERSION_CONFLICT, details.current holds the claim as it is now)';

@ApiTags('claims')
@Controller()
export class ClaimsController {
  constructor(
    private readonly claims: ClaimsService,
    private readonly similarClaims: SimilarClaimsService,
  ) {}

  @Get('claims')
  @Requires('claims.read')
  @ApiOperation({
    operationId: 'listClaims',
    summary: 'Claims across all articles, filtered, sorted, paginated',
  })
  @ApiOkResponse({ type: ClaimSearchPageResponse })
  @ApiErrors({ 400: 'Bad filter, sort, limit or cursor (VALIDATION_FAILED)' })
  listAll(@Query() query: ListClaimsQuery, @CurrentUser() user: SessionUser): Promise<ClaimSearchPage> {
    return this.claims.listAcrossArticles(query, user);
  }

  @Get('articles/:articleId/claims')
  @Requires('claims.read')
  @ApiOperation({
    operationId: 'listArticleClaims',
    summary: "An article's claims, in article order by default",
  })
  @ApiOkResponse({ type: ClaimPageResponse })
  @ApiErrors({
    400: 'Bad filter, sort, limit or cursor (VALIDATION_FAILED)',
    404: 'No such article (NOT_FOUND)',
  })
  listForArticle(
    @Param('articleId', uuid) articleId: string,
    @Query() query: ListClaimsQuery,
    @CurrentUser() user: SessionUser,
  ): Promise<Page<ClaimDto>> {
    return this.claims.list(query, user, articleId);
  }

  @Post('articles/:articleId/claims')
  @Requires('claims.create')
  @ApiOperation({
    operationId: 'createClaim',
    summary: 'Make a claim from a selection [start, end) of the article',
  })
  @ApiCreatedResponse({ type: ClaimResponse })
  @ApiErrors({
    400: `${BAD_INPUT}, or offsets outside the text`,
    404: 'No such article (NOT_FOUND)',
    409: 'A claim for exactly this span exists (CONFLICT)',
  })
  create(
    @Param('articleId', uuid) articleId: string,
    @Body() body: CreateClaimDto,
    @CurrentUser() user: SessionUser,
  ): Promise<ClaimDto> {
    return this.claims.create(articleId, body, user);
  }

  @Get('claims/:id/similar')
  @Requires('claims.read')
  @ApiOperation({
    operationId: 'listSimilarClaims',
    summary: 'Checked before: approved claims of other articles that read like this one, most alike first',
    description:
      'Compares wording (TF-IDF cosine over the words that carry a claim; names and figures count most) with ' +
      'the 5,000 most recently changed approved claims of other articles; only those at least 0.2 alike are listed.',
  })
  @ApiOkResponse({ type: [SimilarClaimResponse] })
  @ApiErrors({ 400: 'Bad id or limit (VALIDATION_FAILED)', 404: 'No such claim (NOT_FOUND)' })
  similar(@Param('id', uuid) id: string, @Query() query: SimilarClaimsQuery): Promise<SimilarClaimDto[]> {
    return this.similarClaims.similarTo(id, query.limit ?? 5);
  }

  @Get('claims/:id')
  @Requires('claims.read')
  @ApiOperation({ operationId: 'getClaim', summary: 'One claim' })
  @ApiOkResponse({ type: ClaimResponse })
  @ApiErrors({ 400: 'The id is not a UUID (VALIDATION_FAILED)', 404: 'No such claim (NOT_FOUND)' })
  get(@Param('id', uuid) id: string): Promise<ClaimDto> {
    return this.claims.get(id);
  }

  @Patch('claims/:id')
  @Requires('claims.edit')
  @ApiOperation({
    operationId: 'updateClaim',
    summary: 'Reword the claim as checked, or fix its type or speaker',
  })
  @ApiOkResponse({ type: ClaimResponse })
  @ApiErrors({ 400: BAD_INPUT, 404: 'No such claim (NOT_FOUND)', 409: STALE })
  update(
    @Param('id', uuid) id: string,
    @Body() body: UpdateClaimDto,
    @CurrentUser() user: SessionUser,
  ): Promise<ClaimDto> {
    return this.claims.update(id, body, user);
  }

  @Post('claims/:id/split')
  @HttpCode(200)
  @Requires('claims.split_merge')
  @ApiOperation({ operationId: 'splitClaim', summary: 'Split a claim in two at an article offset inside it' })
  @ApiOkResponse({ type: [ClaimResponse], description: 'The two parts, in article order' })
  @ApiErrors({
    400: `${BAD_INPUT}, or the offset is not strictly inside`,
    404: 'No such claim (NOT_FOUND)',
    409: `${STALE}; or the claim is past research (CLAIM_TRANSITION_NOT_ALLOWED)`,
  })
  split(
    @Param('id', uuid) id: string,
    @Body() body: SplitClaimDto,
    @CurrentUser() user: SessionUser,
  ): Promise<ClaimDto[]> {
    return this.claims.split(id, body, user);
  }

  @Post('claims/merge')
  @HttpCode(200)
  @Requires('claims.split_merge')
  @ApiOperation({ operationId: 'mergeClaims', summary: 'Merge two adjacent claims of one article into one' })
  @ApiOkResponse({ type: ClaimResponse, description: 'The merged claim (keeps the id of the earlier one)' })
  @ApiErrors({
    400: BAD_INPUT,
    404: 'No such claim (NOT_FOUND)',
    409: `${STALE}; a claim past research (CLAIM_TRANSITION_NOT_ALLOWED); different assignees (CONFLICT)`,
    422: 'Not adjacent, overlapping, or from different articles (UNPROCESSABLE)',
  })
  merge(@Body() body: MergeClaimsDto, @CurrentUser() user: SessionUser): Promise<ClaimDto> {
    return this.claims.merge(body, user);
  }

  @Post('claims/:id/dismiss')
  @HttpCode(200)
  @Requires('claims.transition')
  @ApiOperation({
    operationId: 'dismissClaim',
    summary: 'Set a claim aside as not worth checking, with a reason',
  })
  @ApiOkResponse({ type: ClaimResponse })
  @ApiErrors({
    400: BAD_INPUT,
    403: 'Role lacks claims.transition (FORBIDDEN), or neither the assignee nor an editor (NOT_ASSIGNEE)',
    404: 'No such claim (NOT_FOUND)',
    409: `${STALE}; or not dismissable from its state (CLAIM_TRANSITION_NOT_ALLOWED)`,
    422: 'No reason given (REASON_REQUIRED)',
  })
  dismiss(
    @Param('id', uuid) id: string,
    @Body() body: DismissClaimDto,
    @CurrentUser() user: SessionUser,
  ): Promise<ClaimDto> {
    return this.claims.dismiss(id, body, user);
  }

  @Post('claims/:id/restore')
  @HttpCode(200)
  @Requires('claims.transition')
  @ApiOperation({
    operationId: 'restoreClaim',
    summary: 'Bring a dismissed claim back to the queue (editors)',
  })
  @ApiOkResponse({ type: ClaimResponse })
  @ApiErrors({
    400: BAD_INPUT,
    403: 'Role lacks claims.transition (FORBIDDEN), or is not an editor or admin (ROLE_NOT_ALLOWED)',
    404: 'No such claim (NOT_FOUND)',
    409: `${STALE}; or the claim is not dismissed (CLAIM_TRANSITION_NOT_ALLOWED)`,
  })
  restore(
    @Param('id', uuid) id: string,
    @Body() body: RestoreClaimDto,
    @CurrentUser() user: SessionUser,
  ): Promise<ClaimDto> {
    return this.claims.restore(id, body, user);
  }
}
