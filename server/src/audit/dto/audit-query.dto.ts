import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsString, Matches, MaxLength, Min, ValidateBy, ValidateNested } from 'class-validator';
import { AUDIT_TARGET_TYPES, type AuditTargetType } from '../audit-entry';
import { PageLimit } from '../../common/dto/page-query';
import { Nullable, Optional } from '../../common/dto/optional';
import { IsIsoDate } from '../../common/dto/iso-date';
import { MAX_INTEGER_COLUMN } from '../../common/dto/opaque-cursor';

export const DEFAULT_AUDIT_PAGE = 50;
export const MAX_AUDIT_PAGE = 200;

function isAuditNumber(text: string): boolean {
  return /^[1-9][0-9]{0,9}$/.test(text) && Number(text) <= MAX_INTEGER_COLUMN;
}

/** Paging for one claim's or article's trail: newest first, `cursor` from the previous page. */
export class AuditPageQuery {
  @ApiPropertyOptional({ description: 'nextCursor of the previous page' })
  @Optional()
  @ValidateBy(
    {
      name: 'isAuditCursor',
      // An audit entry's number: a positive whole number that fits the seq column (a 32-bit integer).
      validator: { validate: (value) => typeof value === 'string' && isAuditNumber(value) },
    },
    { message: 'cursor must be a nextCursor value from a previous page' },
  )
  cursor?: string;

  @PageLimit(MAX_AUDIT_PAGE, DEFAULT_AUDIT_PAGE)
  limit?: number;
}

/** Filters of the system-wide trail; all optional and combined with AND. */
export class AuditSearchQuery extends AuditPageQuery {
  @ApiPropertyOptional({ description: 'Only entries by this user id' })
  @Optional()
  @IsString()
  @MaxLength(36)
  actor?: string;

  @ApiPropertyOptional({ example: 'claim.approve' })
  @Optional()
  @IsString()
  @MaxLength(100)
  action?: string;

  @ApiPropertyOptional({ enum: AUDIT_TARGET_TYPES })
  @Optional()
  @IsIn(AUDIT_TARGET_TYPES)
  targetType?: AuditTargetType;

  @ApiPropertyOptional({
    description: 'ISO-8601; entries at or after this time',
    example: '2025-01-31T00:00:00Z',
  })
  @Optional()
  @IsIsoDate()
  from?: string;

  @ApiPropertyOptional({ description: 'ISO-8601; entries before this time' })
  @Optional()
  @IsIsoDate()
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
    nullable: true,
    description: 'A head recorded earlier; the chain must still hold that entry with that hash (null: none)',
  })
  @Nullable()
  @ValidateNested()
  @Type(() => RecordedHeadRequest)
  recordedHead?: RecordedHeadRequest | null;
}
