import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
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
import { DataSource } from 'typeorm';
import { Article } from '../articles/article.entity';
import { Claim } from '../claims/claim.entity';
import { Verdict } from '../reviews/verdict.entity';
import { UserEntity } from '../users/user.entity';

export const WEEKS_SHOWN = 12;
const OPEN_STATES = ['detected', 'in_research', 'in_review', 'changes_requested'] as const;
type OpenState = (typeof OPEN_STATES)[number];
const DAY_MS = 24 * 60 * 60 * 1000;
const HOUR_MS = 60 * 60 * 1000;

/** SQL drivers answer COUNT as a number (SQLite) or a string (PostgreSQL bigint). */
type Counted<T> = T & { total: string | number };

function zeroCounts<K extends string>(keys: readonly K[]): Record<K, number> {
  return Object.fromEntries(keys.map((key) => [key, 0])) as Record<K, number>;
}

/** Monday 00:00 UTC of the week holding `time`. */
export function weekStartOf(time: Date): Date {
  const day = new Date(Date.UTC(time.getUTCFullYear(), time.getUTCMonth(), time.getUTCDate()));
  const sinceMonday = (day.getUTCDay() + 6) % 7;
  return new Date(day.getTime() - sinceMonday * DAY_MS);
}

/** The middle value, or the mean of the two middle values; null for no values. */
export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/**
 * The dashboard's aggregates. Grouping and counting run in SQL that SQLite and PostgreSQL both speak;
 * week buckets and the median are done here, because date functions and MEDIAN are not portable.
 */
@Injectable()
export class DashboardService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async summary(now: Date = new Date()): Promise<DashboardDto> {
    const [claimsByArticle, approvals, openWorkByChecker] = await Promise.all([
      this.claimsByArticle(),
      this.currentApprovals(),
      this.openWorkByChecker(),
    ]);
    const verdictDistribution = zeroCounts<VerdictRating>(VERDICT_RATINGS);
    for (const approval of approvals) verdictDistribution[approval.rating] += 1;
    const hours = approvals.map(
      (approval) => (Date.parse(approval.approvedAt) - Date.parse(approval.detectedAt)) / HOUR_MS,
    );
    const medianHours = median(hours);
    return {
      generatedAt: now.toISOString(),
      claimsByArticle,
      verdictDistribution,
      approvalsPerWeek: await this.approvalsPerWeek(now),
      medianHoursToApproval: medianHours === null ? null : Math.round(medianHours * 10) / 10,
      approvedClaimCount: approvals.length,
      openWorkByChecker,
    };
  }

  private async claimsByArticle(): Promise<ArticleClaimCountsDto[]> {
    const rows = await this.dataSource
      .createQueryBuilder()
      .select('a.id', 'articleId')
      .addSelect('a.title', 'title')
      .addSelect('a.imported_at', 'importedAt')
      .addSelect('c.state', 'state')
      .addSelect('COUNT(c.id)', 'total')
      .from(Article, 'a')
      .leftJoin(Claim, 'c', 'c.article_id = a.id')
      .groupBy('a.id')
      .addGroupBy('a.title')
      .addGroupBy('a.imported_at')
      .addGroupBy('c.state')
      .orderBy('a.imported_at', 'DESC')
      .addOrderBy('a.id', 'ASC')
      .getRawMany<Counted<{ articleId: string; title: string; state: ClaimState | null }>>();
    const byArticle = new Map<string, ArticleClaimCountsDto>();
    for (const row of rows) {
      let article = byArticle.get(row.articleId);
      if (!article) {
        article = { articleId: row.articleId, title: row.title, counts: zeroCounts(CLAIM_STATES), total: 0 };
        byArticle.set(row.articleId, article);
      }
      // An article without claims joins to one row with a null state.
      if (row.state === null) continue;
      article.counts[row.state] += Number(row.total);
      article.total += Number(row.total);
    }
    return [...byArticle.values()];
  }

  /** Each approved claim with the approval of its current verdict (a reopened approval no longer counts). */
  private currentApprovals(): Promise<{ rating: VerdictRating; approvedAt: string; detectedAt: string }[]> {
    return this.dataSource
      .createQueryBuilder()
      .select('v.rating', 'rating')
      .addSelect('v.approved_at', 'approvedAt')
      .addSelect('c.created_at', 'detectedAt')
      .from(Claim, 'c')
      .innerJoin(Verdict, 'v', 'v.claim_id = c.id')
      .where('c.state = :approved', { approved: 'approved' })
      .andWhere('v.approved_at IS NOT NULL')
      .andWhere('v.reopened_at IS NULL')
      .getRawMany();
  }

  /** Every approval in the window counts in its week, even if later reopened: it is a record of desk output. */
  private async approvalsPerWeek(now: Date): Promise<WeeklyApprovalsDto[]> {
    const firstWeek = new Date(weekStartOf(now).getTime() - (WEEKS_SHOWN - 1) * 7 * DAY_MS);
    const rows = await this.dataSource
      .createQueryBuilder()
      .select('v.approved_at', 'approvedAt')
      .from(Verdict, 'v')
      .where('v.approved_at IS NOT NULL')
      // Timestamps are ISO-8601 UTC strings, so string order is time order on both databases.
      .andWhere('v.approved_at >= :since', { since: firstWeek.toISOString() })
      .getRawMany<{ approvedAt: string }>();
    const weeks: WeeklyApprovalsDto[] = Array.from({ length: WEEKS_SHOWN }, (_, index) => ({
      weekStart: new Date(firstWeek.getTime() + index * 7 * DAY_MS).toISOString().slice(0, 10),
      approved: 0,
    }));
    for (const row of rows) {
      const index = Math.floor(
        (weekStartOf(new Date(row.approvedAt)).getTime() - firstWeek.getTime()) / (7 * DAY_MS),
      );
      if (index >= 0 && index < WEEKS_SHOWN) weeks[index].approved += 1;
    }
    return weeks;
  }

  private async openWorkByChecker(): Promise<CheckerWorkDto[]> {
    const rows = await this.dataSource
      .createQueryBuilder()
      .select('u.id', 'userId')
      .addSelect('u.display_name', 'displayName')
      .addSelect('c.state', 'state')
      .addSelect('COUNT(c.id)', 'total')
      .from(Claim, 'c')
      .innerJoin(UserEntity, 'u', 'u.id = c.assignee_id')
      .where('c.state IN (:...open)', { open: OPEN_STATES })
      .groupBy('u.id')
      .addGroupBy('u.display_name')
      .addGroupBy('c.state')
      .getRawMany<Counted<{ userId: string; displayName: string; state: OpenState }>>();
    const byUser = new Map<string, CheckerWorkDto>();
    for (const row of rows) {
      let checker = byUser.get(row.userId);
      if (!checker) {
        checker = {
          userId: row.userId,
          displayName: row.displayName,
          counts: zeroCounts(OPEN_STATES),
          total: 0,
        };
        byUser.set(row.userId, checker);
      }
      checker.counts[row.state] += Number(row.total);
      checker.total += Number(row.total);
    }
    return [...byUser.values()].sort(
      (a, b) => b.total - a.total || a.displayName.localeCompare(b.displayName),
    );
  }
}
