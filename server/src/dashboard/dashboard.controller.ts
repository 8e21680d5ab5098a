import { Controller, Get } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { DashboardDto } from '@claimdesk/shared';
import { Requires } from '../auth/requires.decorator';
import { DashboardService } from './dashboard.service';
import { DashboardResponse } from './dto/dashboard.response';

@ApiTags('dashboard')
@Controller('dashboard')
export class DashboardController {
  constructor(private readonly dashboard: DashboardService) {}

  @Get()
  @Requires('dashboard.read')
  @ApiOperation({
    operationId: 'getDashboard',
    summary:
      'Desk aggregates: claims by state per article, verdicts, weekly approvals, time to approval, open work',
  })
  @ApiOkResponse({ type: DashboardResponse })
  summary(): Promise<DashboardDto> {
    return this.dashboard.summary();
  }
}
