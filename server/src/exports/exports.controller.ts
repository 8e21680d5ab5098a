import { Controller, Get, Param, Query, Res } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiParam, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { CurrentUser } from '../auth/current-user.decorator';
import { Public, Requires } from '../auth/requires.decorator';
import type { SessionUser } from '../auth/session-user';
import { ApiErrors } from '../claims/api-errors';
import { ExportClaimsQuery, ReportQuery } from './dto/export.query';
import { CLAIM_EXPORT_FORMATS, REPORT_FORMATS } from './export-formats';
import { ExportsService } from './exports.service';
import { sendExport } from './send-export';
import { uuid } from '../common/uuid-param';

const file = (type: string) => ({
  schema: { type: 'string', format: type === 'application/pdf' ? 'binary' : undefined },
});
const INTERNAL_REFUSED = 'internal=true without exports.internal (FORBIDDEN)';

@ApiTags('exports')
@Controller()
export class ExportsController {
  constructor(private readonly exports: ExportsService) {}

  @Get('exports/claims.:format')
  @Requires('exports.public')
  @ApiOperation({
    operationId: 'exportClaims',
    summary: 'Claims across articles as CSV or schema.org ClaimReview JSON-LD, streamed',
    description:
      'Approved claims with an approved verdict, in article order; with internal=true (editors, admins) every state. ' +
      'CSV is RFC 4180 UTF-8 with formula-like cells neutralised; JSON-LD is an array of ClaimReview objects.',
  })
  @ApiParam({ name: 'format', enum: CLAIM_EXPORT_FORMATS })
  @ApiProduces('text/csv', 'application/ld+json')
  @ApiOkResponse({
    description: 'The export file (Content-Disposition: attachment)',
    content: { 'text/csv': file('text/csv'), 'application/ld+json': file('application/ld+json') },
  })
  @ApiErrors({
    400: 'Unknown format, bad dates or filters, or state without internal=true (VALIDATION_FAILED)',
    403: INTERNAL_REFUSED,
    404: 'No such article or checker (NOT_FOUND)',
  })
  async exportClaims(
    @Param('format') format: string,
    @Query() query: ExportClaimsQuery,
    @CurrentUser() user: SessionUser,
    @Res() response: Response,
  ): Promise<void> {
    await sendExport(response, await this.exports.claims(format, query, user));
  }

  @Get('articles/:id/report.:format')
  @Requires('exports.public')
  @ApiOperation({
    operationId: 'exportArticleReport',
    summary: "An article's fact-check report as Markdown, print-ready HTML or PDF, streamed",
  })
  @ApiParam({ name: 'format', enum: REPORT_FORMATS })
  @ApiProduces('text/markdown', 'text/html', 'application/pdf')
  @ApiOkResponse({
    description: 'The report (HTML inline, the others as attachments)',
    content: {
      'text/markdown': file('text/markdown'),
      'text/html': file('text/html'),
      'application/pdf': file('application/pdf'),
    },
  })
  @ApiErrors({
    400: 'Unknown format, the id is not a UUID, or a bad query (VALIDATION_FAILED)',
    403: INTERNAL_REFUSED,
    404: 'No such article (NOT_FOUND)',
  })
  async exportArticleReport(
    @Param('id', uuid) id: string,
    @Param('format') format: string,
    @Query() query: ReportQuery,
    @CurrentUser() user: SessionUser,
    @Res() response: Response,
  ): Promise<void> {
    const document = await this.exports.articleReport(id, format, query.internal, user);
    await sendExport(response, document, document.format === 'html' ? 'inline' : 'attachment');
  }

  @Get('reports/articles/:id')
  @Public()
  @ApiOperation({
    operationId: 'publicArticleReport',
    summary: 'The public, shareable report page of an article: approved claims only, no internal notes',
    description: 'Each claim is anchored as #claim-{claimId} and carries its ClaimReview as JSON-LD.',
  })
  @ApiProduces('text/html')
  @ApiOkResponse({ description: 'The report page', content: { 'text/html': file('text/html') } })
  @ApiErrors({ 400: 'The id is not a UUID (VALIDATION_FAILED)', 404: 'No such article (NOT_FOUND)' })
  async publicArticleReport(@Param('id', uuid) id: string, @Res() response: Response): Promise<void> {
    await sendExport(response, await this.exports.publicReport(id), 'inline');
  }
}
