import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  CLAIM_ACTIONS,
  ERROR_CODES,
  INPUT_REQUIREMENTS,
  VERDICT_RATINGS,
  type AvailableAction,
  type ClaimAction,
  type ClaimReviewDto,
  type ClaimState,
  type ErrorCode,
  type InputRequirement,
  type MyClaimsDto,
  type VerdictDto,
  type VerdictRating,
} from '@claimdesk/shared';
import { ClaimResponse, ClaimSearchPageResponse } from '../../claims/dto/claim.response';

export class VerdictResponse implements VerdictDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) claimId!: string;
  @ApiProperty({ enum: VERDICT_RATINGS }) rating!: VerdictRating;
  @ApiProperty({ description: 'Markdown as written' }) rationale!: string;
  @ApiProperty({ description: 'Rendered and sanitised HTML' }) rationaleHtml!: string;
  @ApiProperty({ format: 'uuid' }) authorId!: string;
  @ApiProperty({ type: [String] }) sourceIds!: string[];
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiProperty({ type: String, nullable: true, format: 'uuid' }) approvedBy!: string | null;
  @ApiProperty({ type: String, nullable: true, format: 'date-time' }) approvedAt!: string | null;
  @ApiProperty({ minimum: 1 }) revision!: number;
  @ApiProperty({ type: String, nullable: true, format: 'uuid' }) changesRequestedBy!: string | null;
  @ApiProperty({ type: String, nullable: true, format: 'date-time' }) changesRequestedAt!: string | null;
  @ApiProperty({ type: String, nullable: true }) changesRequestedReason!: string | null;
  @ApiProperty({ type: String, nullable: true, format: 'uuid' }) reopenedBy!: string | null;
  @ApiProperty({ type: String, nullable: true, format: 'date-time' }) reopenedAt!: string | null;
  @ApiProperty({ type: String, nullable: true }) reopenReason!: string | null;
}

export class ClaimReviewResponse implements ClaimReviewDto {
  @ApiProperty({ type: ClaimResponse }) claim!: ClaimResponse;
  @ApiProperty({ type: VerdictResponse, nullable: true }) verdict!: VerdictResponse | null;
}

export class AvailableActionResponse implements AvailableAction {
  @ApiProperty({ enum: CLAIM_ACTIONS }) action!: ClaimAction;
  @ApiProperty() label!: string;
  @ApiProperty() allowed!: boolean;
  @ApiPropertyOptional({ enum: Object.keys(ERROR_CODES) }) code?: ErrorCode;
  @ApiPropertyOptional({ description: 'Why it is refused, for a tooltip' }) reason?: string;
  @ApiProperty({ enum: INPUT_REQUIREMENTS, isArray: true }) needsInput!: InputRequirement[];
}

export class MyClaimsResponse extends ClaimSearchPageResponse implements MyClaimsDto {
  @ApiProperty({
    type: 'object',
    additionalProperties: { type: 'integer' },
    description: 'Claims assigned to you per state (all states, zero included), before the state filter',
  })
  counts!: Record<ClaimState, number>;
}
