import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { AUDIT_TARGET_TYPES, type AuditTargetType } from '../audit-entry';

export class AuditActorResponse {
  @ApiProperty() id!: string;
  @ApiProperty({ description: 'Current display name; empty if the user no longer exists' })
  displayName!: string;
}

export class AuditEntryResponse {
  @ApiProperty({ description: 'Position in the chain, from 1' }) seq!: number;
  @ApiProperty() id!: string;
  @ApiProperty({ type: AuditActorResponse, nullable: true, description: 'Null for the system itself' })
  actor!: AuditActorResponse | null;
  @ApiProperty({ example: 'claim.approve' }) action!: string;
  @ApiProperty({ enum: AUDIT_TARGET_TYPES }) targetType!: AuditTargetType;
  @ApiProperty() targetId!: string;
  @ApiProperty({ type: String, nullable: true }) articleId!: string | null;
  @ApiProperty({ type: String, nullable: true }) claimId!: string | null;
  @ApiPropertyOptional({ description: 'Snapshot before the change (JSON), absent for creations' })
  before?: unknown;
  @ApiPropertyOptional({ description: 'Snapshot after the change (JSON), absent for deletions' })
  after?: unknown;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiProperty({ description: 'hash of the previous entry (64 zeros for the first)' }) prevHash!: string;
  @ApiProperty({ description: 'SHA-256 over this entry and prevHash' }) hash!: string;
}

export class AuditPageResponse {
  @ApiProperty({ type: [AuditEntryResponse] }) items!: AuditEntryResponse[];
  @ApiProperty({ type: String, nullable: true, description: 'Pass as cursor for the next (older) page' })
  nextCursor!: string | null;
}

export class BrokenAuditEntryResponse {
  @ApiProperty() seq!: number;
  @ApiProperty() id!: string;
  @ApiProperty({ example: 'hash does not match the entry contents' }) reason!: string;
}

export class AuditHeadResponse {
  @ApiProperty({ minimum: 1, description: "The entry's position in the chain" }) seq!: number;
  @ApiProperty({ pattern: '^[0-9a-f]{64}$', description: "The entry's SHA-256" }) hash!: string;
}

export class RecordedHeadResponse extends AuditHeadResponse {
  @ApiProperty({ description: 'The chain still holds this entry with this hash' }) matches!: boolean;
  @ApiProperty({
    type: String,
    nullable: true,
    example: 'the chain ends at entry 41, before the recorded entry 57',
  })
  reason!: string | null;
}

export class AuditVerificationResponse {
  @ApiProperty({ description: 'The chain is intact and, when a recorded head was sent, still holds it' })
  ok!: boolean;
  @ApiProperty({ description: 'Entries examined (up to and including a broken one)' }) checked!: number;
  @ApiProperty({ type: BrokenAuditEntryResponse, nullable: true })
  firstBrokenEntry!: BrokenAuditEntryResponse | null;
  @ApiProperty({
    type: AuditHeadResponse,
    nullable: true,
    description: 'The newest entry of an intact chain: record it outside ClaimDesk to check against later',
  })
  head!: AuditHeadResponse | null;
  @ApiProperty({
    type: RecordedHeadResponse,
    nullable: true,
    description: 'Null when no recorded head was sent',
  })
  recordedHead!: RecordedHeadResponse | null;
}
