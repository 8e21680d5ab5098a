import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  IsIn,
  IsInt,
  IsISO8601,
  IsOptional,
  IsString,
  Matches,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { AUDIT_TARGET_TYPES, type AuditTargetType } from '../audit-entry';
import { PageLimit } from '../../common/dto/page-query';

export const DEFAULT_AUDIT_PAGE = 50;
export const MAX_AUDIT_PAGE = 200;

/** Paging for one claim's or article's trail: newest first, `cursor` from the previous page. */
export class AuditPageQuery {
  @ApiPropertyOptional({ description: 'nextCursor of the previous page' })
  @IsOptional()
  @Matches(/^[1-9][0-9]{0,14}$/, { message: 'cursor must be a nextCursor value from a previous page' })
  cursor?: string;

  @PageLimit(MAX_AUDIT_PAGE, DEFAULT_AUDIT_PAGE)
  limit?: number;
}

/** Filters of the system-wide trail; all optional and combined with AND. */
export class AuditSearchQuery extends AuditPageQuery {
  @ApiPropertyOptional({ description: 'Only entries by this user id' })
  @IsOptional()
  @IsString()
  @MaxLength(36)
  actor?: string;

  @ApiPropertyOptional({ example: 'claim.approve' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  action?: string;

  @ApiPropertyOptional({ enum: AUDIT_TARGET_TYPES })
  @IsOptional()
  @IsIn(AUDIT_TARGET_TYPES)
  targetType?: AuditTargetType;

  @ApiPropertyOptional({
    description: 'ISO-8601; entries at or after this time',
    example: '2025-01-31T00:00:00Z',
  })
  @IsOptional()
  @IsISO8601({ strict: true })
  from?: string;

  @ApiPropertyOptional({ description: 'ISO-8601; entries before this time' })
  @IsOptional()
  @IsISO8601({ strict: true })
  to?: string;
}

/** A head recorded earlier from a verification: the entry's position and hash. */
export class RecordedHeadRequest {
  @ApiProperty({ minimum: 1 })
  @IsInt()
  @Min(1)
  seq!: number;

  @ApiProperty({ pattern: '^[0-9a-f]{64}$' })
  @Matches(/^[0-9a-f]{64}$/, { message: 'hash must be 64 lower-case hex digits (a SHA-256)' })
  hash!: string;
}

export class VerifyAuditRequest {
  @ApiPropertyOptional({
    type: RecordedHeadRequest,
    description: 'A head recorded earlier; the chain must still hold that entry with that hash',
  })
  @IsOptional()
  @ValidateNested()
  @Type(() => RecordedHeadRequest)
  recordedHead?: RecordedHeadRequest;
}
