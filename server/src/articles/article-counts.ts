import { CLAIM_STATES, type ArticleDto, type ArticleSummaryDto, type ClaimState } from '@claimdesk/shared';
import type { EntityManager } from 'typeorm';
import { Claim } from '../claims/claim.entity';
import type { Article } from './article.entity';

export type ClaimCounts = Record<ClaimState, number>;

function zeroCounts(): ClaimCounts {
  return Object.fromEntries(CLAIM_STATES.map((state) => [state, 0])) as ClaimCounts;
}

/** Claim counts by state for a page of articles, in one grouped query. */
export async function claimCountsFor(
  manager: EntityManager,
  articleIds: string[],
): Promise<Map<string, ClaimCounts>> {
  const counts = new Map(articleIds.map((id) => [id, zeroCounts()]));
  if (articleIds.length === 0) return counts;
  const rows = await manager
    .createQueryBuilder(Claim, 'c')
    .select('c.article_id', 'articleId')
    .addSelect('c.state', 'state')
    .addSelect('COUNT(*)', 'n')
    .where('c.article_id IN (:...articleIds)', { articleIds })
    .groupBy('c.article_id')
    .addGroupBy('c.state')
    .getRawMany<{ articleId: string; state: ClaimState; n: string | number }>();
  for (const row of rows) {
    const forArticle = counts.get(row.articleId);
    // PostgreSQL returns COUNT as a bigint string.
    if (forArticle && row.state in forArticle) forArticle[row.state] = Number(row.n);
  }
  return counts;
}

export function toArticleSummary(
  article: Omit<Article, 'text'>,
  counts: ClaimCounts | undefined,
): ArticleSummaryDto {
  const claimCounts = counts ?? zeroCounts();
  return {
    id: article.id,
    title: article.title,
    outlet: article.outlet,
    author: article.author,
    url: article.url,
    publishedAt: article.publishedAt,
    importedBy: article.importedBy,
    importedAt: article.importedAt,
    claimCounts,
    claimTotal: Object.values(claimCounts).reduce((sum, n) => sum + n, 0),
  };
}

export function toArticleDto(article: Article, counts: ClaimCounts | undefined): ArticleDto {
  return { ...toArticleSummary(article, counts), text: article.text };
}
