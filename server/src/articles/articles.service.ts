import { fromCursor, notACursor, toCursor } from '../common/dto/opaque-cursor';
import { containsPattern } from '../common/search/contains-pattern';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  ClaimDeskError,
  type ArticleDto,
  type ArticleSummaryDto,
  type ImportResultDto,
  type Page,
} from '@claimdesk/shared';
import { randomUUID } from 'node:crypto';
import { DataSource, type EntityManager } from 'typeorm';
import { Claim } from '../claims/claim.entity';
import { inTransaction } from '../database/transactions';
import {
  insertCandidates,
  replaceUntouchedCandidates,
  type ClaimCandidate,
} from '../claims/extracted-claims';
import type { SessionUser } from '../auth/session-user';
import { AuditService } from '../audit/audit.service';
import { AppConfig } from '../config/app-config';
import { EventBus } from '../events/event-bus';
import { ExtractionService } from '../extraction/extraction.service';
import { claimCountsFor, toArticleDto, toArticleSummary } from './article-counts';
import { Article } from './article.entity';
import type { ListArticlesQuery } from './dto/article-input.dto';
import { utf8Bytes } from './import/article-text';

export interface ArticleInput {
  text: string;
  title?: string | null;
  outlet?: string | null;
  author?: string | null;
  url?: string | null;
  publishedAt?: string | null;
}

export interface ReextractResult extends ImportResultDto {
  claimsRemoved: number;
  claimsKept: number;
}

const DEFAULT_PAGE = 50;
const TITLE_FROM_TEXT_MAX = 200;

interface ArticleCursor {
  at: string;
  id: string;
}

@Injectable()
export class ArticlesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly config: AppConfig,
    private readonly extraction: ExtractionService,
    private readonly audit: AuditService,
    private readonly events: EventBus,
  ) {}

  /**
   * Stores the article and the claims extraction finds in it, all or nothing. `alsoInTransaction` lets a
   * caller (the demo seed) record something atomically with the import.
   */
  async importArticle(
    input: ArticleInput,
    importedBy: string,
    alsoInTransaction?: (manager: EntityManager) => Promise<void>,
  ): Promise<ImportResultDto> {
    this.assertImportable(input.text);
    const candidates = this.candidates(input.text);
    const article: Article = Object.assign(new Article(), {
      id: randomUUID(),
      title: cleanMetadata(input.title, METADATA_LENGTHS.title) ?? titleFromText(input.text),
      outlet: cleanMetadata(input.outlet, METADATA_LENGTHS.outlet),
      author: cleanMetadata(input.author, METADATA_LENGTHS.author),
      url: cleanMetadata(input.url),
      publishedAt: input.publishedAt ? new Date(input.publishedAt).toISOString() : null,
      text: input.text,
      importedBy,
      importedAt: new Date().toISOString(),
    });
    return inTransaction(this.dataSource, async (manager) => {
      await manager.insert(Article, article);
      const claimsCreated = await insertCandidates(manager, article.id, candidates);
      await this.audit.append(manager, {
        actorId: importedBy,
        action: 'article.import',
        targetType: 'article',
        targetId: article.id,
        articleId: article.id,
        after: { title: article.title, url: article.url, claimsCreated },
      });
      if (alsoInTransaction) await alsoInTransaction(manager);
      const counts = await claimCountsFor(manager, [article.id]);
      return { article: toArticleDto(article, counts.get(article.id)), claimsCreated };
    });
  }

  async list(query: ListArticlesQuery): Promise<Page<ArticleSummaryDto>> {
    const limit = query.limit ?? DEFAULT_PAGE;
    const qb = this.dataSource
      .getRepository(Article)
      .createQueryBuilder('a')
      .select([
        'a.id',
        'a.title',
        'a.outlet',
        'a.author',
        'a.url',
        'a.publishedAt',
        'a.importedBy',
        'a.importedAt',
      ])
      .orderBy('a.imported_at', 'DESC')
      .addOrderBy('a.id', 'DESC')
      .limit(limit + 1);
    if (query.q) {
      qb.andWhere("LOWER(a.title) LIKE :q ESCAPE '\\'", { q: containsPattern(query.q) });
    }
    if (query.cursor !== undefined) {
      const cursor = decodeArticleCursor(query.cursor);
      qb.andWhere('(a.imported_at < :at OR (a.imported_at = :at AND a.id < :id))', cursor);
    }
    const rows = await qb.getMany();
    const items = rows.slice(0, limit);
    const counts = await claimCountsFor(
      this.dataSource.manager,
      items.map((article) => article.id),
    );
    const last = items[items.length - 1];
    const nextCursor =
      rows.length > limit && last ? encodeArticleCursor({ at: last.importedAt, id: last.id }) : null;
    return { items: items.map((article) => toArticleSummary(article, counts.get(article.id))), nextCursor };
  }

  async get(id: string): Promise<ArticleDto> {
    const article = await this.require(this.dataSource.manager, id);
    const counts = await claimCountsFor(this.dataSource.manager, [id]);
    return toArticleDto(article, counts.get(id));
  }

  /** Approved verdicts are published work, so deleting them takes an explicit force. */
  async delete(id: string, force: boolean, actor: SessionUser): Promise<void> {
    await inTransaction(this.dataSource, async (manager) => {
      const article = await this.require(manager, id);
      const approved = await manager.count(Claim, { where: { articleId: id, state: 'approved' } });
      if (approved > 0 && !force) {
        throw new ClaimDeskError(
          'CONFLICT',
          `${approved} claim(s) of this article have approved verdicts; delete with force=true to remove them too`,
          { approvedClaims: approved },
        );
      }
      const claimTotal = await manager.count(Claim, { where: { articleId: id } });
      await manager.delete(Claim, { articleId: id });
      await manager.delete(Article, { id });
      await this.audit.append(manager, {
        actorId: actor.id,
        action: 'article.delete',
        targetType: 'article',
        targetId: id,
        articleId: id,
        before: { title: article.title, url: article.url, claimTotal, approvedClaims: approved },
        after: { force },
      });
    });
    await this.events.publish({
      type: 'article.deleted',
      articleId: id,
      actor: { id: actor.id, displayName: actor.displayName },
      data: { id },
    });
  }

  async reextract(id: string, actor: SessionUser): Promise<ReextractResult> {
    const { text } = await this.require(this.dataSource.manager, id);
    const candidates = this.candidates(text);
    const outcome = await inTransaction(this.dataSource, async (manager) => {
      const article = await this.require(manager, id);
      const result = await replaceUntouchedCandidates(manager, id, candidates);
      await this.audit.append(manager, {
        actorId: actor.id,
        action: 'article.reextract',
        targetType: 'article',
        targetId: id,
        articleId: id,
        after: result,
      });
      const counts = await claimCountsFor(manager, [id]);
      return {
        article: toArticleDto(article, counts.get(id)),
        claimsCreated: result.created,
        claimsRemoved: result.removed,
        claimsKept: result.kept,
      };
    });
    // Claims came and went: open clients of the article reload its claim list.
    await this.events.publish({
      type: 'article.updated',
      articleId: id,
      actor: { id: actor.id, displayName: actor.displayName },
      data: { claimsCreated: outcome.claimsCreated, claimsRemoved: outcome.claimsRemoved },
    });
    return outcome;
  }

  private assertImportable(text: string): void {
    if (text.trim() === '') throw new ClaimDeskError('UNPROCESSABLE', 'The article has no text to import');
    const bytes = utf8Bytes(text);
    if (bytes > this.config.maxArticleBytes) {
      throw new ClaimDeskError(
        'PAYLOAD_TOO_LARGE',
        `The article is ${bytes} bytes; the limit is ${this.config.maxArticleBytes}`,
        { bytes, maxBytes: this.config.maxArticleBytes },
      );
    }
  }

  private candidates(text: string): ClaimCandidate[] {
    return this.extraction
      .extract(text)
      .segments.filter((segment) => segment.checkworthy && segment.kind !== 'boilerplate')
      .map((segment) => ({
        start: segment.start,
        end: segment.end,
        text: segment.text,
        score: segment.score,
        type: segment.type,
        speaker: segment.speaker,
        quoted: segment.quoted,
      }));
  }

  private async require(manager: EntityManager, id: string): Promise<Article> {
    const article = await manager.findOne(Article, { where: { id } });
    if (!article) throw new ClaimDeskError('NOT_FOUND', `No article with id ${id}`, { articleId: id });
    return article;
  }
}

/** The sizes of the article's metadata columns; typed metadata is held to them by validation already. */
const METADATA_LENGTHS = { title: 500, outlet: 300, author: 300 } as const;

/**
 * Trimmed, and shortened (at a code point, ending in "…") when a file or web page says more than the column
 * holds: a page's 2,000-character <title> is the page's doing, not a reason to refuse the import.
 */
function cleanMetadata(value: string | null | undefined, maxLength = Infinity): string | null {
  const text = value?.trim();
  if (!text) return null;
  if (text.length <= maxLength) return text;
  let cut = maxLength - 1;
  const before = text.charCodeAt(cut - 1);
  if (before >= 0xd800 && before <= 0xdbff) cut -= 1;
  return `${text.slice(0, cut).trimEnd()}…`;
}

/** The first non-blank line (a headline, usually), without Markdown heading marks, cut at a code point. */
function titleFromText(text: string): string {
  const line = text
    .split(/\r?\n/)
    .map((candidate) => candidate.replace(/^#+\s*/, '').trim())
    .find((candidate) => candidate !== '');
  if (!line) return 'Untitled article';
  const chars = Array.from(line);
  return chars.length > TITLE_FROM_TEXT_MAX ? `${chars.slice(0, TITLE_FROM_TEXT_MAX - 1).join('')}…` : line;
}

function encodeArticleCursor(cursor: ArticleCursor): string {
  return toCursor(cursor);
}

function decodeArticleCursor(raw: string): ArticleCursor {
  const cursor = fromCursor(raw) as Partial<ArticleCursor> | null;
  if (typeof cursor?.at === 'string' && typeof cursor.id === 'string')
    return { at: cursor.at, id: cursor.id };
  throw notACursor();
}
