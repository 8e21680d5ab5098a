import type { ReviewQueueView } from '@claimdesk/shared';
import { fromCursor, notACursor, toCursor } from '../common/dto/opaque-cursor';
import { CURRENT_VERDICT_JOIN } from './current-verdict';
import type { ReviewQueueQuery } from './dto/review-queue.query';

interface QueueView {
  state: string;
  /** The sort key of an entry; ties go by claim id, ascending. */
  key: string;
  direction: 'ASC' | 'DESC';
}

/** Each view's claim state and the order its queue is read in. */
const VIEWS: Record<ReviewQueueView, QueueView> = {
  // A queue is fair when the longest-waiting verdict comes first.
  in_review: { state: 'in_review', key: 'v.created_at', direction: 'ASC' },
  // An editor reopens what was approved lately, so the newest approvals come first.
  approved: { state: 'approved', key: 'COALESCE(v.approved_at, v.created_at)', direction: 'DESC' },
};

function orderOf({ key, direction }: QueueView): string {
  return `${key} ${direction}, c.id ASC`;
}

/** The entries after the cursor's (:key, :id) in the view's order. */
function afterCursor({ key, direction }: QueueView): string {
  const later = direction === 'ASC' ? '>' : '<';
  return `(${key} ${later} :key OR (${key} = :key AND c.id > :id))`;
}

/** What a cursor remembers: its view and the last entry's sort key. Opaque to clients. */
interface QueueCursor {
  v: ReviewQueueView;
  k: string;
  id: string;
}

export function encodeQueueCursor(view: ReviewQueueView, key: string, id: string): string {
  const cursor: QueueCursor = { v: view, k: key, id };
  return toCursor(cursor);
}

function decodeQueueCursor(cursor: string, view: ReviewQueueView): QueueCursor {
  const decoded = fromCursor(cursor) as Partial<QueueCursor> | null;
  if (
    decoded === null ||
    typeof decoded !== 'object' ||
    decoded.v !== view ||
    typeof decoded.k !== 'string' ||
    typeof decoded.id !== 'string'
  )
    throw notACursor('this view of the queue');
  return decoded as QueueCursor;
}

export interface QueueSql {
  sql: string;
  parameters: Record<string, unknown>;
}

/**
 * The claims of a view, narrowed by the filters (not the cursor), joined to their current verdict where the
 * verdict is needed: for the sort key (withVerdict) or a filter on it. Every claim in review or approved has a
 * current verdict (submitting makes one), so counting without the join counts the same claims, without a
 * correlated look-up per claim: with 20,000 approved claims that look-up was most of the count's and the
 * article list's time.
 */
function filtered(
  query: ReviewQueueQuery,
  withVerdict = true,
): {
  from: string;
  where: string[];
  parameters: Record<string, unknown>;
} {
  const view = VIEWS[query.view ?? 'in_review'];
  const where = ['c.state = :state'];
  const parameters: Record<string, unknown> = { state: view.state };
  if (query.articleId !== undefined) {
    where.push('c.article_id = :articleId');
    parameters.articleId = query.articleId;
  }
  if (query.checkerId !== undefined) {
    where.push('v.author_id = :checkerId');
    parameters.checkerId = query.checkerId;
  }
  if (query.rating !== undefined) {
    where.push('v.rating = :rating');
    parameters.rating = query.rating;
  }
  const needsVerdict = withVerdict || query.checkerId !== undefined || query.rating !== undefined;
  return { from: needsVerdict ? `claims c ${CURRENT_VERDICT_JOIN}` : 'claims c', where, parameters };
}

/** One page of claim ids (one row extra, to know whether another page follows) with their sort keys. */
export function queuePageSql(query: ReviewQueueQuery, limit: number): QueueSql {
  const viewName = query.view ?? 'in_review';
  const view = VIEWS[viewName];
  const { from, where, parameters } = filtered(query);
  if (query.cursor !== undefined) {
    const cursor = decodeQueueCursor(query.cursor, viewName);
    where.push(afterCursor(view));
    parameters.key = cursor.k;
    parameters.id = cursor.id;
  }
  return {
    sql: `SELECT c.id AS "claimId", ${view.key} AS "sortKey" FROM ${from}
           WHERE ${where.join(' AND ')} ORDER BY ${orderOf(view)} LIMIT ${limit + 1}`,
    parameters,
  };
}

/** How many entries match the filters on all pages. */
export function queueTotalSql(query: ReviewQueueQuery): QueueSql {
  const { from, where, parameters } = filtered(query, false);
  return { sql: `SELECT COUNT(*) AS "total" FROM ${from} WHERE ${where.join(' AND ')}`, parameters };
}

/** Every article with claims in the view, whatever the other filters, for the article filter. */
export function queueArticlesSql(view: ReviewQueueView | undefined): QueueSql {
  const { from, where, parameters } = filtered({ view }, false);
  return {
    sql: `SELECT a.id AS "id", a.title AS "title", COUNT(*) AS "count"
            FROM ${from} JOIN articles a ON a.id = c.article_id
           WHERE ${where.join(' AND ')}
           GROUP BY a.id, a.title
           ORDER BY a.title ASC, a.id ASC`,
    parameters,
  };
}
