import { ApiProperty } from '@nestjs/swagger';
import type { HealthDto } from '@claimdesk/shared';

export class HealthResponse implements HealthDto {
  @ApiProperty({ enum: ['ok', 'degraded'], description: 'degraded when the database does not answer' })
  status!: 'ok' | 'degraded';

  @ApiProperty({ example: '0.1.0' })
  version!: string;

  @ApiProperty({ enum: ['sqlite', 'postgres'] })
  database!: 'sqlite' | 'postgres';

  @ApiProperty({ example: 42 })
  uptimeSeconds!: number;
}
