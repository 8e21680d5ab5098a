import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiParam,
  ApiTags,
} from '@nestjs/swagger';
import { Requires } from '../auth/requires.decorator';
import { ErrorResponse } from '../common/errors/error-body';
import { uuid } from '../common/uuid-param';
import { AuditService } from './audit.service';
import {
  AuditPageQuery,
  AuditSearchQuery,
  DEFAULT_AUDIT_PAGE,
  VerifyAuditRequest,
} from './dto/audit-query.dto';
import { AuditPageResponse, AuditVerificationResponse } from './dto/audit.response';

@ApiTags('audit')
@Controller()
export class AuditController {
  constructor(private readonly audit: AuditService) {}

  @Get('claims/:id/audit')
  @Requires('audit.read')
  @ApiOperation({
    operationId: 'getClaimAudit',
    summary: "A claim's audit trail (claim, sources, verdicts, comments), newest first",
  })
  @ApiParam({ name: 'id', description: 'Claim id' })
  @ApiOkResponse({ type: AuditPageResponse })
  @ApiBadRequestResponse({ type: ErrorResponse, description: 'Bad cursor or limit (VALIDATION_FAILED)' })
  @ApiNotFoundResponse({ type: ErrorResponse, description: 'No such claim and no trail for it (NOT_FOUND)' })
  forClaim(@Param('id', uuid) claimId: string, @Query() query: AuditPageQuery): Promise<AuditPageResponse> {
    return this.audit.forClaim(claimId, query.cursor, query.limit ?? DEFAULT_AUDIT_PAGE);
  }

  @Get('articles/:id/audit')
  @Requires('audit.read')
  @ApiOperation({
    operationId: 'getArticleAudit',
    summary: "An article's audit trail, including its claims, newest first",
  })
  @ApiParam({ name: 'id', description: 'Article id' })
  @ApiOkResponse({ type: AuditPageResponse })
  @ApiBadRequestResponse({ type: ErrorResponse, description: 'Bad cursor or limit (VALIDATION_FAILED)' })
  @ApiNotFoundResponse({
    type: ErrorResponse,
    description: 'No such article and no trail for it (NOT_FOUND)',
  })
  forArticle(
    @Param('id', uuid) articleId: string,
    @Query() query: AuditPageQuery,
  ): Promise<AuditPageResponse> {
    return this.audit.forArticle(articleId, query.cursor, query.limit ?? DEFAULT_AUDIT_PAGE);
  }

  @Get('audit')
  @Requires('audit.system')
  @ApiOperation({
    operationId: 'searchAudit',
    summary: 'The system-wide audit trail, filtered, newest first',
  })
  @ApiOkResponse({ type: AuditPageResponse })
  @ApiBadRequestResponse({
    type: ErrorResponse,
    description: 'Bad filter, cursor or limit (VALIDATION_FAILED)',
  })
  search(@Query() query: AuditSearchQuery): Promise<AuditPageResponse> {
    const filter = {
      actorId: query.actor,
      action: query.action,
      targetType: query.targetType,
      from: query.from === undefined ? undefined : new Date(query.from),
      to: query.to === undefined ? undefined : new Date(query.to),
    };
    return this.audit.search(filter, query.cursor, query.limit ?? DEFAULT_AUDIT_PAGE);
  }

  @Post('audit/verify')
  @HttpCode(200)
  @Requires('audit.system')
  @ApiOperation({
    operationId: 'verifyAudit',
    summary: 'Recompute the hash chain, name the first broken entry, and check a head recorded earlier',
  })
  @ApiOkResponse({ type: AuditVerificationResponse })
  @ApiBadRequestResponse({
    type: ErrorResponse,
    description: 'A malformed recorded head (VALIDATION_FAILED)',
  })
  verify(@Body() body: VerifyAuditRequest): Promise<AuditVerificationResponse> {
    return this.audit.verify(body.recordedHead ?? undefined);
  }
}
