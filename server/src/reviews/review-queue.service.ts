import { Injectable } from '@nestjs/common';
import {
  availableActions,
  type ClaimDto,
  type ReviewQueueArticleDto,
  type ReviewQueueEntryDto,
  type ReviewQueuePage,
} from '@claimdesk/shared';
import { DataSource } from 'typeorm';
import type { SessionUser } from '../auth/session-user';
import { CLAIM_LIST_COLUMNS, fromListRow } from '../claims/claim-list';
import { AppConfig } from '../config/app-config';
import { queryNamed } from '../database/named-query';
import { SourcesService } from '../sources/sources.service';
import { DEFAULT_QUEUE_PAGE, type ReviewQueueQuery } from './dto/review-queue.query';
import { encodeQueueCursor, queueArticlesSql, queuePageSql, queueTotalSql } from './review-queue-sql';
import { verdictHistories } from './verdict-history';

interface PageRow {
  claimId: string;
  sortKey: string;
}

/**
 * The editor's review queue, a page at a time, with everything an editor reads before deciding, in a fixed
 * number of reads per page whatever its length (the desk used to ask three questions per claim).
 */
@Injectable()
export class ReviewQueueService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly config: AppConfig,
    private readonly sources: SourcesService,
  ) {}

  async page(query: ReviewQueueQuery, user: SessionUser): Promise<ReviewQueuePage> {
    const view = query.view ?? 'in_review';
    const limit = query.limit ?? DEFAULT_QUEUE_PAGE;
    const page = queuePageSql(query, limit);
    const [rows, total, articles] = await Promise.all([
      queryNamed<PageRow>(this.dataSource, page.sql, page.parameters),
      this.total(query),
      this.articles(query),
    ]);
    const shown = rows.slice(0, limit);
    const last = shown[shown.length - 1];
    const nextCursor =
      rows.length > limit && last ? encodeQueueCursor(view, last.sortKey, last.claimId) : null;
    return {
      items: await this.entries(
        shown.map((row) => row.claimId),
        user,
      ),
      nextCursor,
      total,
      articles,
    };
  }

  private async total(query: ReviewQueueQuery): Promise<number> {
    const { sql, parameters } = queueTotalSql(query);
    const [row] = await queryNamed<{ total: number | string }>(this.dataSource, sql, parameters);
    return Number(row?.total ?? 0);
  }

  private async articles(query: ReviewQueueQuery): Promise<ReviewQueueArticleDto[]> {
    const { sql, parameters } = queueArticlesSql(query.view);
    const rows = await queryNamed<{ id: string; title: string; count: number | string }>(
      this.dataSource,
      sql,
      parameters,
    );
    return rows.map((row) => ({ id: row.id, title: row.title, count: Number(row.count) }));
  }

  /** The page's claims in page order, each with its verdict history, sources and actions. */
  private async entries(claimIds: string[], user: SessionUser): Promise<ReviewQueueEntryDto[]> {
    if (claimIds.length === 0) return [];
    const [claims, histories, sources] = await Promise.all([
      queryNamed<ClaimDto>(
        this.dataSource,
        `SELECT ${CLAIM_LIST_COLUMNS} FROM claims c WHERE c.id IN (:...ids)`,
        {
          ids: claimIds,
        },
      ),
      verdictHistories(this.dataSource.manager, claimIds),
      this.sources.listForClaims(claimIds),
    ]);
    const claimById = new Map(claims.map((row) => [row.id, fromListRow(row)]));
    const entries: ReviewQueueEntryDto[] = [];
    for (const id of claimIds) {
      const claim = claimById.get(id);
      const history = histories.get(id) ?? [];
      const verdict = history[history.length - 1];
      // A claim deleted between the page read and this one is left out rather than shown half.
      if (!claim || !verdict) continue;
      const claimSources = sources.get(id) ?? [];
      const actions = availableActions(
        {
          state: claim.state,
          assigneeId: claim.assigneeId,
          verdictAuthorId: verdict.authorId,
          sourceCount: claimSources.length,
        },
        { id: user.id, role: user.role },
        { minSources: this.config.minVerdictSources },
      );
      entries.push({ claim, verdict, history, sources: claimSources, actions });
    }
    return entries;
  }
}
