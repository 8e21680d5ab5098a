import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import {
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import type { SourceDto, SourceUsageDto } from '@claimdesk/shared';
import { CurrentUser } from '../auth/current-user.decorator';
import { Requires } from '../auth/requires.decorator';
import type { SessionUser } from '../auth/session-user';
import { ApiErrors, BAD_INPUT } from '../claims/api-errors';
import { CreateSourceDto, FindSourcesQuery, UpdateSourceDto } from './dto/source.requests';
import { SourceResponse, SourceUsageResponse } from './dto/source.response';
import { SourcesService } from './sources.service';
import { uuid } from '../common/uuid-param';

const APPROVED = 'The claim is approved; reopen it first (CONFLICT)';

@ApiTags('sources')
@Controller()
export class SourcesController {
  constructor(private readonly sources: SourcesService) {}

  @Get('claims/:id/sources')
  @Requires('claims.read')
  @ApiOperation({ operationId: 'listClaimSources', summary: "A claim's sources, oldest first" })
  @ApiOkResponse({ type: [SourceResponse] })
  @ApiErrors({ 400: 'The id is not a UUID (VALIDATION_FAILED)', 404: 'No such claim (NOT_FOUND)' })
  list(@Param('id', uuid) claimId: string): Promise<SourceDto[]> {
    return this.sources.list(claimId);
  }

  @Post('claims/:id/sources')
  @Requires('sources.write')
  @ApiOperation({
    operationId: 'addClaimSource',
    summary: 'Cite a source for a claim; a URL cited before reuses its shared record',
  })
  @ApiCreatedResponse({ type: SourceResponse })
  @ApiErrors({
    400: `${BAD_INPUT}; a url or archiveUrl that is not http(s)`,
    404: 'No such claim (NOT_FOUND)',
    409: `${APPROVED}; or the claim already cites this URL (CONFLICT)`,
  })
  create(
    @Param('id', uuid) claimId: string,
    @Body() body: CreateSourceDto,
    @CurrentUser() user: SessionUser,
  ): Promise<SourceDto> {
    return this.sources.create(claimId, body, user);
  }

  @Patch('sources/:id')
  @Requires('sources.write')
  @ApiOperation({
    operationId: 'updateSource',
    summary: 'Edit a source (title, publisher and kind are shared by URL)',
  })
  @ApiOkResponse({ type: SourceResponse })
  @ApiErrors({
    400: BAD_INPUT,
    404: 'No such source (NOT_FOUND)',
    409: `${APPROVED}; the new URL is already cited by this claim, or the shared record is frozen (CONFLICT)`,
  })
  update(
    @Param('id', uuid) id: string,
    @Body() body: UpdateSourceDto,
    @CurrentUser() user: SessionUser,
  ): Promise<SourceDto> {
    return this.sources.update(id, body, user);
  }

  @Delete('sources/:id')
  @HttpCode(204)
  @Requires('sources.write')
  @ApiOperation({ operationId: 'removeSource', summary: 'Remove a source from its claim' })
  @ApiNoContentResponse({ description: 'Removed' })
  @ApiErrors({
    400: 'The id is not a UUID (VALIDATION_FAILED)',
    404: 'No such source (NOT_FOUND)',
    409: APPROVED,
  })
  remove(@Param('id', uuid) id: string, @CurrentUser() user: SessionUser): Promise<void> {
    return this.sources.remove(id, user);
  }

  @Get('sources')
  @Requires('claims.read')
  @ApiOperation({
    operationId: 'findSourcesByUrl',
    summary: 'Where a URL was already cited (empty when never)',
  })
  @ApiOkResponse({ type: [SourceUsageResponse] })
  @ApiErrors({ 400: 'url missing or not http(s) (VALIDATION_FAILED)' })
  findByUrl(@Query() query: FindSourcesQuery): Promise<SourceUsageDto[]> {
    return this.sources.findByUrl(query.url);
  }
}
