import type { ClaimState } from './claim-states';
import type { VerdictRating } from './verdicts';

/** GET /api/dashboard: the desk's numbers, aggregated on the server so the client never downloads every claim. */
export interface DashboardDto {
  /** When the numbers were computed (ISO 8601). */
  generatedAt: string;
  /** Per article, newest import first; every state present, zero included. */
  claimsByArticle: ArticleClaimCountsDto[];
  /** Approved claims by the rating of their approved verdict; every rating present, zero included. */
  verdictDistribution: Record<VerdictRating, number>;
  /** The last 12 ISO weeks (Monday 00:00 UTC), oldest first, zero weeks included. */
  approvalsPerWeek: WeeklyApprovalsDto[];
  /** Median hours from a claim's detection to the approval of its current verdict; null with no approvals. */
  medianHoursToApproval: number | null;
  approvedClaimCount: number;
  /** Open claims (detected, in research, in review, changes requested) per assignee, most loaded first. */
  openWorkByChecker: CheckerWorkDto[];
}

export interface ArticleClaimCountsDto {
  articleId: string;
  title: string;
  counts: Record<ClaimState, number>;
  total: number;
}

export interface WeeklyApprovalsDto {
  /** Monday of the week, YYYY-MM-DD (UTC). */
  weekStart: string;
  approved: number;
}

export interface CheckerWorkDto {
  userId: string;
  displayName: string;
  counts: Record<'detected' | 'in_research' | 'in_review' | 'changes_requested', number>;
  total: number;
}
