import { Controller, Get } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { HealthResponse } from './health.response';
import { HealthService } from './health.service';
import { Public } from '../auth/requires.decorator';

@ApiTags('health')
@Public()
@Controller('health')
export class HealthController {
  constructor(private readonly health: HealthService) {}

  @Get()
  @ApiOperation({ operationId: 'getHealth', summary: 'Server status, version and database kind' })
  @ApiOkResponse({ type: HealthResponse })
  check(): Promise<HealthResponse> {
    return this.health.check();
  }
}
