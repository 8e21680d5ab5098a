import type { ClaimState, ClaimType, VerdictRating } from '@claimdesk/shared';
import { In, type DataSource, type SelectQueryBuilder } from 'typeorm';
import { Article } from '../articles/article.entity';
import { Claim } from '../claims/claim.entity';
import { CURRENT_VERDICT_CONDITION } from '../reviews/current-verdict';
import { Verdict } from '../reviews/verdict.entity';
import { ClaimSource } from '../sources/claim-source.entity';
import { SourceDocument } from '../sources/source-document.entity';
import { UserEntity } from '../users/user.entity';
import { readRows } from '../database/prepared-reads';
import type { ExportRow, ExportSource, ReportArticle } from './export-row';

/** The entities the export reads; a standalone DataSource (the CLI, the bench) must register them. */
export const EXPORT_ENTITIES = [Article, Claim, Verdict, ClaimSource, SourceDocument, UserEntity];

/** Which claims an export holds. Validated at the edge (DTO or CLI), so the reader trusts it. */
export interface ExportFilter {
  /** 'public' holds approved claims with an approved current verdict only; 'internal' holds every state. */
  scope: 'public' | 'internal';
  articleId?: string;
  /** Approval time range: `approvedFrom` inclusive, `approvedBefore` exclusive, both ISO-8601 UTC. */
  approvedFrom?: string;
  approvedBefore?: string;
  ratings?: VerdictRating[];
  /** The author of the current verdict. */
  checkerId?: string;
  /** Internal exports only. */
  states?: ClaimState[];
}

export const DEFAULT_PAGE_SIZE = 500;

interface Cursor {
  articleId: string;
  position: number;
  claimId: string;
}

interface RawClaimRow {
  claimId: string;
  articleId: string;
  claimText: string;
  checkedText: string | null;
  speaker: string | null;
  type: ClaimType;
  state: ClaimState;
  position: number | string;
  claimCreatedAt: string;
  claimUpdatedAt: string;
  rating: VerdictRating | null;
  rationale: string | null;
  sourceIds: string | null;
  checkerId: string | null;
  approverId: string | null;
  approvedAt: string | null;
  sources: unknown;
}

interface RawSourceRow {
  id: string;
  url: string | null;
  title: string;
  archiveUrl: string | null;
  removedAt: string | null;
  createdAt: string;
}

/**
 * Reads export rows page by page in article order (article id, then offset in the article, then claim id),
 * with keyset pagination on exactly that order, so an export of any size holds one page in memory and each
 * page is an index range scan of IDX_claims_article_position. One query per page: claims with their
 * current verdict and sources; articles and people's names are read once and joined here. At most two pages
 * are held at once: the one being encoded and the one being read ahead.
 */
export async function* readExportPages(
  dataSource: DataSource,
  filter: ExportFilter,
  pageSize = DEFAULT_PAGE_SIZE,
): AsyncGenerator<ExportRow[]> {
  // Names and articles repeat across thousands of rows; reading each once keeps the page query narrow.
  const names = await userNames(dataSource);
  const articles = new ArticleCache(dataSource);
  const read = async (cursor: Cursor | null): Promise<RawClaimRow[]> => {
    const [sql, values] = claimPage(dataSource, filter, cursor, pageSize).getQueryAndParameters();
    return (await readRows<{ row: unknown }>(dataSource, sql, values)).map((result) => fromTuple(result.row));
  };
  let next: Promise<RawClaimRow[]> | null = read(null);
  while (next) {
    const raw: RawClaimRow[] = await next;
    if (raw.length === 0) return;
    await articles.load(raw.map((row) => row.articleId));
    // Read ahead: the database works on the next page while this one is encoded (on SQLite, see readRows).
    const last = raw[raw.length - 1];
    next =
      raw.length < pageSize
        ? null
        : read({ articleId: last.articleId, position: Number(last.position), claimId: last.claimId });
    // Handled here so that a failure while this page is still being consumed is not an unhandled rejection;
    // awaiting `next` at the top of the loop rethrows it.
    next?.catch(() => undefined);
    yield raw.flatMap((row) => {
      const article = articles.get(row.articleId);
      return article ? [toExportRow(row, article, names)] : [];
    });
  }
}

/** Where each field of a claim row comes from; the claim's sources follow as one more (JSON) element. */
const CLAIM_COLUMNS = {
  claimId: 'c.id',
  articleId: 'c.article_id',
  claimText: 'c.text',
  checkedText: 'c.checked_text',
  speaker: 'c.speaker',
  type: 'c.type',
  state: 'c.state',
  position: 'c.start_offset',
  claimCreatedAt: 'c.created_at',
  claimUpdatedAt: 'c.updated_at',
  rating: 'v.rating',
  rationale: 'v.rationale',
  sourceIds: 'v.source_ids',
  checkerId: 'v.author_id',
  approverId: 'v.approved_by',
  approvedAt: 'v.approved_at',
} satisfies Record<Exclude<keyof RawClaimRow, 'sources'>, string>;

const CLAIM_KEYS = Object.keys(CLAIM_COLUMNS) as (keyof typeof CLAIM_COLUMNS)[];

/**
 * Each claim row comes back as one JSON array built by the database rather than as 17 columns: the driver
 * turns a column into a JS value one call at a time, and for the export's 100,000 rows that conversion cost
 * more than the query. One string per row and JSON.parse made the page read about a third faster.
 */
function claimTuple(dataSource: DataSource): string {
  const columns = CLAIM_KEYS.map((key) => CLAIM_COLUMNS[key]).join(', ');
  return dataSource.options.type === 'postgres'
    ? `json_build_array(${columns}, ${sourcesOfClaim(dataSource)})`
    : `json_array(${columns}, json(${sourcesOfClaim(dataSource)}))`;
}

/** PostgreSQL hands json back parsed, SQLite as text. */
function fromTuple(value: unknown): RawClaimRow {
  const tuple = (typeof value === 'string' ? JSON.parse(value) : value) as unknown[];
  const row: Record<string, unknown> = {};
  CLAIM_KEYS.forEach((key, index) => {
    row[key] = tuple[index];
  });
  row.sources = tuple[CLAIM_KEYS.length];
  return row as unknown as RawClaimRow;
}

function claimPage(
  dataSource: DataSource,
  filter: ExportFilter,
  cursor: Cursor | null,
  pageSize: number,
): SelectQueryBuilder<Claim> {
  const query = dataSource
    .getRepository(Claim)
    .createQueryBuilder('c')
    // Older verdict revisions never reach an export.
    .leftJoin(Verdict, 'v', CURRENT_VERDICT_CONDITION)
    .select(claimTuple(dataSource), 'row')
    .orderBy('c.articleId', 'ASC')
    .addOrderBy('c.start', 'ASC')
    .addOrderBy('c.id', 'ASC')
    .limit(pageSize);

  // `c.state || ''` keeps the planner off IDX_claims_state: with it, SQLite fetches every matching claim and
  // sorts them for each page (quadratic over an export); without it, each page is a range of the order index.
  if (filter.scope === 'public') {
    query.andWhere("(c.state || '') = 'approved'").andWhere('v.approvedAt IS NOT NULL');
  } else if (filter.states?.length) {
    query.andWhere("(c.state || '') IN (:...states)", { states: filter.states });
  }
  if (filter.articleId) query.andWhere('c.articleId = :articleId', { articleId: filter.articleId });
  if (filter.approvedFrom)
    query.andWhere('v.approvedAt >= :approvedFrom', { approvedFrom: filter.approvedFrom });
  if (filter.approvedBefore) {
    query.andWhere('v.approvedAt < :approvedBefore', { approvedBefore: filter.approvedBefore });
  }
  if (filter.ratings?.length) query.andWhere('v.rating IN (:...ratings)', { ratings: filter.ratings });
  if (filter.checkerId) query.andWhere('v.authorId = :checkerId', { checkerId: filter.checkerId });
  if (cursor) {
    // A row value: both engines turn it into a seek on the order index instead of skipping from its start.
    // The offset goes in as text and is cast back: TypeORM writes number parameters into SQLite's SQL text,
    // which would make every page a new statement and defeat the prepared-statement cache (readRows).
    query.andWhere(
      '(c.articleId, c.start, c.id) > (:cursorArticle, CAST(:cursorPosition AS INTEGER), :cursorClaim)',
      {
        cursorArticle: cursor.articleId,
        cursorPosition: String(cursor.position),
        cursorClaim: cursor.claimId,
      },
    );
  }
  return query;
}

/**
 * Every source row of the claim (removed ones too: an approved verdict may still cite them) as one JSON array
 * of [id, url, title, archiveUrl, removedAt, createdAt], so a page needs one query rather than two.
 */
function sourcesOfClaim(dataSource: DataSource): string {
  const fields = 's.id, d.url, d.title, s.archive_url, s.removed_at, s.created_at';
  const from =
    'FROM claim_sources s INNER JOIN source_documents d ON d.id = s.document_id WHERE s.claim_id = c.id';
  return dataSource.options.type === 'postgres'
    ? `(SELECT json_agg(json_build_array(${fields})) ${from})`
    : `(SELECT json_group_array(json_array(${fields})) ${from})`;
}

type SourceTuple = [
  id: string,
  url: string | null,
  title: string,
  archiveUrl: string | null,
  removedAt: string | null,
  createdAt: string,
];

/** Parsed with the claim's row; no sources is null (PostgreSQL) or [] (SQLite). */
function parseSources(value: unknown): RawSourceRow[] {
  const tuples = (value ?? []) as SourceTuple[];
  return tuples
    .map(([id, url, title, archiveUrl, removedAt, createdAt]) => ({
      id,
      url,
      title,
      archiveUrl,
      removedAt,
      createdAt,
    }))
    .sort((a, b) =>
      a.createdAt === b.createdAt ? a.id.localeCompare(b.id) : a.createdAt < b.createdAt ? -1 : 1,
    );
}

/**
 * A verdict cites the sources frozen at its submission, in that order; a claim without a verdict shows the
 * sources attached now.
 */
function citedSources(raw: RawClaimRow, sources: RawSourceRow[]): ExportSource[] {
  const toExport = (row: RawSourceRow): ExportSource => ({
    url: row.url,
    title: row.title,
    archiveUrl: row.archiveUrl,
  });
  if (raw.sourceIds === null) return sources.filter((row) => row.removedAt === null).map(toExport);
  const byId = new Map(sources.map((row) => [row.id, row]));
  return parseIds(raw.sourceIds).flatMap((id) => {
    const row = byId.get(id);
    return row ? [toExport(row)] : [];
  });
}

function parseIds(json: string): string[] {
  try {
    const ids: unknown = JSON.parse(json);
    return Array.isArray(ids) ? ids.filter((id): id is string => typeof id === 'string') : [];
  } catch {
    return [];
  }
}

function toExportRow(raw: RawClaimRow, article: ReportArticle, names: Map<string, string>): ExportRow {
  return {
    claimId: raw.claimId,
    articleId: raw.articleId,
    articleTitle: article.title,
    articleOutlet: article.outlet,
    articleAuthor: article.author,
    articleUrl: article.url,
    articlePublishedAt: article.publishedAt,
    claimText: raw.claimText,
    checkedText: raw.checkedText,
    speaker: raw.speaker,
    type: raw.type,
    state: raw.state,
    position: Number(raw.position),
    rating: raw.rating,
    rationale: raw.rationale,
    checkerName: raw.checkerId ? (names.get(raw.checkerId) ?? null) : null,
    approverName: raw.approverId ? (names.get(raw.approverId) ?? null) : null,
    approvedAt: raw.approvedAt,
    claimCreatedAt: raw.claimCreatedAt,
    claimUpdatedAt: raw.claimUpdatedAt,
    sources: citedSources(raw, parseSources(raw.sources)),
  };
}

/** Display names only (never emails) of every account; a newsroom has hundreds, not millions. */
async function userNames(dataSource: DataSource): Promise<Map<string, string>> {
  const users = await dataSource.getRepository(UserEntity).find({ select: { id: true, displayName: true } });
  return new Map(users.map((user) => [user.id, user.displayName]));
}

/** The articles of the current page. Rows come in article order, so older entries are dropped as pages pass. */
class ArticleCache {
  private articles = new Map<string, ReportArticle>();

  constructor(private readonly dataSource: DataSource) {}

  async load(ids: string[]): Promise<void> {
    const wanted = new Set(ids);
    const missing = [...wanted].filter((id) => !this.articles.has(id));
    const kept = new Map([...this.articles].filter(([id]) => wanted.has(id)));
    if (missing.length > 0) {
      const found = await this.dataSource.getRepository(Article).find({
        where: { id: In(missing) },
        select: { id: true, title: true, outlet: true, author: true, url: true, publishedAt: true },
      });
      for (const article of found) kept.set(article.id, article);
    }
    this.articles = kept;
  }

  get(id: string): ReportArticle | undefined {
    return this.articles.get(id);
  }
}
