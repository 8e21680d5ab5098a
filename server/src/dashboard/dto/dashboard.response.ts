import { ApiProperty, type ApiPropertyOptions } from '@nestjs/swagger';
import {
  CLAIM_STATES,
  VERDICT_RATINGS,
  type ArticleClaimCountsDto,
  type CheckerWorkDto,
  type ClaimState,
  type DashboardDto,
  type VerdictRating,
  type WeeklyApprovalsDto,
} from '@claimdesk/shared';

const OPEN_STATES = ['detected', 'in_research', 'in_review', 'changes_requested'];

function countsSchema(keys: readonly string[], description: string): ApiPropertyOptions {
  return {
    type: 'object',
    description,
    properties: Object.fromEntries(keys.map((key) => [key, { type: 'integer' as const, minimum: 0 }])),
    required: [...keys],
  };
}

export class ArticleClaimCountsResponse implements ArticleClaimCountsDto {
  @ApiProperty({ format: 'uuid' }) articleId!: string;
  @ApiProperty() title!: string;
  @ApiProperty(countsSchema(CLAIM_STATES, 'Claims per state, every state present'))
  counts!: Record<ClaimState, number>;
  @ApiProperty({ minimum: 0 }) total!: number;
}

export class WeeklyApprovalsResponse implements WeeklyApprovalsDto {
  @ApiProperty({ example: '2026-11-02', description: 'Monday of the week (UTC)' }) weekStart!: string;
  @ApiProperty({ minimum: 0 }) approved!: number;
}

export class CheckerWorkResponse implements CheckerWorkDto {
  @ApiProperty({ format: 'uuid' }) userId!: string;
  @ApiProperty() displayName!: string;
  @ApiProperty(countsSchema(OPEN_STATES, 'Open claims per state'))
  counts!: CheckerWorkDto['counts'];
  @ApiProperty({ minimum: 0 }) total!: number;
}

export class DashboardResponse implements DashboardDto {
  @ApiProperty({ format: 'date-time' }) generatedAt!: string;

  @ApiProperty({ type: [ArticleClaimCountsResponse], description: 'Newest import first' })
  claimsByArticle!: ArticleClaimCountsResponse[];

  @ApiProperty(countsSchema(VERDICT_RATINGS, 'Approved claims by the rating of their approved verdict'))
  verdictDistribution!: Record<VerdictRating, number>;

  @ApiProperty({ type: [WeeklyApprovalsResponse], description: 'The last 12 weeks, oldest first' })
  approvalsPerWeek!: WeeklyApprovalsResponse[];

  @ApiProperty({
    type: Number,
    nullable: true,
    example: 30.5,
    description: 'Median hours from detection to approval over currently approved claims',
  })
  medianHoursToApproval!: number | null;

  @ApiProperty({ minimum: 0 }) approvedClaimCount!: number;

  @ApiProperty({ type: [CheckerWorkResponse], description: 'Most open claims first' })
  openWorkByChecker!: CheckerWorkResponse[];
}
