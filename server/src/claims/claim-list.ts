import type { ClaimDto } from '@claimdesk/shared';
import { containsPattern } from '../common/search/contains-pattern';
import { fromCursor, isIntegerColumnValue, notACursor, toCursor } from '../common/dto/opaque-cursor';
import type { ClaimSort, ListClaimsQuery } from './dto/list-claims.query';

export const DEFAULT_CLAIM_PAGE = 50;

/** What a cursor remembers: the sort it belongs to and the last row's sort key. Opaque to clients. */
interface CursorKey {
  s: ClaimSort;
  /** position: [articleId, start]; score: [score]; updatedAt: [ISO time]. */
  k: (string | number)[];
  id: string;
}

export function encodeCursor(sort: ClaimSort, claim: ClaimDto): string {
  const keys: Record<ClaimSort, (string | number)[]> = {
    position: [claim.articleId, claim.start],
    score: [claim.score],
    updatedAt: [claim.updatedAt],
  };
  const key: CursorKey = { s: sort, k: keys[sort], id: claim.id };
  return toCursor(key);
}

export function decodeCursor(cursor: string, sort: ClaimSort): CursorKey {
  const key = fromCursor(cursor) as Partial<CursorKey> | null;
  if (key === null || typeof key !== 'object' || key.s !== sort || typeof key.id !== 'string')
    throw notACursor();
  const k = key.k;
  const valid: Record<ClaimSort, boolean> = {
    position: Array.isArray(k) && k.length === 2 && typeof k[0] === 'string' && isIntegerColumnValue(k[1]),
    score: Array.isArray(k) && k.length === 1 && Number.isFinite(k[0]),
    updatedAt:
      Array.isArray(k) && k.length === 1 && typeof k[0] === 'string' && !Number.isNaN(Date.parse(k[0])),
  };
  if (!valid[sort]) throw notACursor();
  return key as CursorKey;
}

export interface ClaimListScope {
  articleId?: string;
  currentUserId: string;
}

/** Raw column → ClaimDto field, so list rows map straight to DTOs without entity hydration. */
export const CLAIM_LIST_COLUMNS = [
  'c.id AS "id"',
  'c.article_id AS "articleId"',
  'c.text AS "text"',
  'c.checked_text AS "checkedText"',
  'c.start_offset AS "start"',
  'c.end_offset AS "end"',
  'c.score AS "score"',
  'c.origin AS "origin"',
  'c.type AS "type"',
  'c.speaker AS "speaker"',
  'c.quoted AS "quoted"',
  'c.state AS "state"',
  'c.assignee_id AS "assigneeId"',
  'c.dismiss_reason AS "dismissReason"',
  'c.version AS "version"',
  'c.created_at AS "createdAt"',
  'c.updated_at AS "updatedAt"',
].join(', ');

/** A row selected with CLAIM_LIST_COLUMNS as a ClaimDto: SQLite answers booleans as 0/1, some drivers numbers as strings. */
export function fromListRow(row: ClaimDto): ClaimDto {
  row.quoted = Boolean(row.quoted);
  row.score = Number(row.score);
  return row;
}

const ORDER: Record<ClaimSort, string> = {
  position: 'c.article_id ASC, c.start_offset ASC, c.id ASC',
  score: 'c.score DESC, c.id ASC',
  updatedAt: 'c.updated_at DESC, c.id ASC',
};

export interface ClaimListSql {
  sql: string;
  parameters: Record<string, unknown>;
}

/**
 * The filtered, keyset-paginated claim query as plain SQL with named parameters (the list is the hottest read,
 * so it skips the query builder); fetches one row extra to know whether a next page exists.
 */
export function buildClaimListSql(query: ListClaimsQuery, scope: ClaimListScope): ClaimListSql {
  const sort = query.sort ?? 'position';
  const where: string[] = [];
  const parameters: Record<string, unknown> = {};
  if (scope.articleId !== undefined) {
    where.push('c.article_id = :articleId');
    parameters.articleId = scope.articleId;
  }
  applyFilters(where, parameters, query, scope.currentUserId);
  if (query.cursor !== undefined) applyCursor(where, parameters, decodeCursor(query.cursor, sort));
  const limit = (query.limit ?? DEFAULT_CLAIM_PAGE) + 1;
  const filter = where.length > 0 ? ` WHERE ${where.join(' AND ')}` : '';
  return {
    sql: `SELECT ${CLAIM_LIST_COLUMNS} FROM claims c${filter} ORDER BY ${ORDER[sort]} LIMIT ${limit}`,
    parameters,
  };
}

function applyFilters(
  where: string[],
  parameters: Record<string, unknown>,
  query: ListClaimsQuery,
  currentUserId: string,
): void {
  if (query.state?.length) {
    where.push('c.state IN (:...states)');
    parameters.states = query.state;
  }
  if (query.type?.length) {
    where.push('c.type IN (:...types)');
    parameters.types = query.type;
  }
  if (query.assignee === 'none') where.push('c.assignee_id IS NULL');
  else if (query.assignee !== undefined) {
    where.push('c.assignee_id = :assignee');
    parameters.assignee = query.assignee === 'me' ? currentUserId : query.assignee;
  }
  if (query.speaker !== undefined) {
    where.push('LOWER(c.speaker) = LOWER(:speaker)');
    parameters.speaker = query.speaker;
  }
  if (query.minScore !== undefined) {
    where.push('c.score >= :minScore');
    parameters.minScore = query.minScore;
  }
  if (query.maxScore !== undefined) {
    where.push('c.score <= :maxScore');
    parameters.maxScore = query.maxScore;
  }
  if (query.q !== undefined && query.q !== '') {
    where.push("(LOWER(c.text) LIKE :q ESCAPE '\\' OR LOWER(c.checked_text) LIKE :q ESCAPE '\\')");
    parameters.q = containsPattern(query.q);
  }
}

function applyCursor(where: string[], parameters: Record<string, unknown>, cursor: CursorKey): void {
  parameters.cid = cursor.id;
  switch (cursor.s) {
    case 'position':
      where.push(
        '(c.article_id > :ca OR (c.article_id = :ca AND (c.start_offset > :cs OR (c.start_offset = :cs AND c.id > :cid))))',
      );
      parameters.ca = cursor.k[0];
      parameters.cs = cursor.k[1];
      return;
    case 'score':
      where.push('(c.score < :cs OR (c.score = :cs AND c.id > :cid))');
      parameters.cs = cursor.k[0];
      return;
    case 'updatedAt':
      where.push('(c.updated_at < :cu OR (c.updated_at = :cu AND c.id > :cid))');
      parameters.cu = cursor.k[0];
      return;
    default: {
      const unhandled: never = cursor.s;
      throw new Error(`Unhandled claim sort: ${String(unhandled)}`);
    }
  }
}
