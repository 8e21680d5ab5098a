import { Injectable } from '@nestjs/common';
import {
  assertTransition,
  ClaimDeskError,
  type Actor,
  type ClaimSearchPage,
  type ClaimAction,
  type ClaimDto,
  type ClaimState,
  type Page,
} from '@claimdesk/shared';
import { randomUUID } from 'node:crypto';
import { DataSource, EntityManager, In } from 'typeorm';
import { Article } from '../articles/article.entity';
import type { SessionUser } from '../auth/session-user';
import { AuditService } from '../audit/audit.service';
import { EventBus } from '../events/event-bus';
import { Claim } from './claim.entity';
import { buildClaimListSql, DEFAULT_CLAIM_PAGE, encodeCursor, fromListRow } from './claim-list';
import { toClaimDto } from './claim.mapper';
import { hasAttachedWork } from './extracted-claims';
import { queryNamed } from '../database/named-query';
import { inTransaction } from '../database/transactions';
import type {
  CreateClaimDto,
  DismissClaimDto,
  MergeClaimsDto,
  RestoreClaimDto,
  SplitClaimDto,
  UpdateClaimDto,
} from './dto/claim-write.dto';
import type { ListClaimsQuery } from './dto/list-claims.query';

/** States in which a claim's span may still be reshaped; later states carry research tied to the wording. */
const RESHAPEABLE: readonly ClaimState[] = ['detected', 'in_research'];

type ClaimFields = Pick<
  Claim,
  'start' | 'end' | 'text' | 'checkedText' | 'type' | 'speaker' | 'state' | 'assigneeId' | 'version'
>;

function spanOf(claim: Pick<ClaimFields, 'start' | 'end' | 'version'>): Record<string, unknown> {
  return { start: claim.start, end: claim.end, version: claim.version };
}

function wordingOf(claim: ClaimFields): Record<string, unknown> {
  return { checkedText: claim.checkedText, type: claim.type, speaker: claim.speaker, version: claim.version };
}

function stateOf(claim: ClaimFields): Record<string, unknown> {
  return { state: claim.state, assigneeId: claim.assigneeId, version: claim.version };
}

function claimNotFound(id: string): ClaimDeskError {
  return new ClaimDeskError('NOT_FOUND', `No claim with id ${id}`, { claimId: id });
}

function isWhitespace(char: string | undefined): boolean {
  return char !== undefined && /\s/u.test(char);
}

function isLowSurrogate(text: string, index: number): boolean {
  const code = text.charCodeAt(index);
  return code >= 0xdc00 && code <= 0xdfff;
}

@Injectable()
export class ClaimsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly events: EventBus,
  ) {}

  async list(query: ListClaimsQuery, actor: Actor, articleId?: string): Promise<Page<ClaimDto>> {
    const limit = query.limit ?? DEFAULT_CLAIM_PAGE;
    const { sql, parameters } = buildClaimListSql(query, { articleId, currentUserId: actor.id });
    const rows = (await queryNamed<ClaimDto>(this.dataSource, sql, parameters)).map(fromListRow);
    // Only an empty page needs the extra look-up that tells "no such article" from "no matching claims".
    if (articleId !== undefined && rows.length === 0)
      await this.requireArticle(this.dataSource.manager, articleId);
    const items = rows.slice(0, limit);
    const last = items[items.length - 1];
    const nextCursor = rows.length > limit && last ? encodeCursor(query.sort ?? 'position', last) : null;
    return { items, nextCursor };
  }

  /**
   * A page of claims from any article, with the title of each article on it, so a client listing claims from
   * many articles need not page through the articles to name them.
   */
  async listAcrossArticles(query: ListClaimsQuery, actor: Actor): Promise<ClaimSearchPage> {
    const page = await this.list(query, actor);
    return { ...page, articleTitles: await this.articleTitles(page.items) };
  }

  private async articleTitles(claims: readonly ClaimDto[]): Promise<Record<string, string>> {
    const ids = [...new Set(claims.map((claim) => claim.articleId))];
    if (ids.length === 0) return {};
    const articles = await this.dataSource.manager.find(Article, {
      select: { id: true, title: true },
      where: { id: In(ids) },
    });
    return Object.fromEntries(articles.map((article) => [article.id, article.title]));
  }

  async get(id: string): Promise<ClaimDto> {
    const claim = await this.dataSource.manager.findOne(Claim, { where: { id } });
    if (!claim) throw claimNotFound(id);
    return toClaimDto(claim);
  }

  async create(articleId: string, dto: CreateClaimDto, actor: SessionUser): Promise<ClaimDto> {
    const created = await inTransaction(this.dataSource, async (manager) => {
      const article = await this.requireArticle(manager, articleId);
      this.assertSpan(article.text, dto.start, dto.end);
      const existing = await manager.findOne(Claim, { where: { articleId, start: dto.start, end: dto.end } });
      if (existing) {
        throw new ClaimDeskError('CONFLICT', 'A claim for exactly this span already exists', {
          current: toClaimDto(existing),
        });
      }
      const now = new Date().toISOString();
      const claim = manager.create(Claim, {
        id: randomUUID(),
        articleId,
        text: article.text.slice(dto.start, dto.end),
        checkedText: null,
        start: dto.start,
        end: dto.end,
        // Picked by a person, so as check-worthy as it gets; the type is theirs to set.
        score: 1,
        type: 'other',
        speaker: null,
        quoted: false,
        state: 'detected',
        origin: 'manual',
        assigneeId: null,
        dismissReason: null,
        createdBy: actor.id,
        version: 1,
        createdAt: now,
        updatedAt: now,
      });
      await manager.insert(Claim, claim);
      const result = toClaimDto(claim);
      await this.record(manager, actor, 'claim.create', result, undefined, spanOf(result));
      return result;
    });
    await this.publish('claim.created', created, actor);
    return created;
  }

  async update(id: string, dto: UpdateClaimDto, actor: SessionUser): Promise<ClaimDto> {
    const updated = await inTransaction(this.dataSource, async (manager) => {
      const claim = await this.claimAtVersion(manager, id, dto.version);
      const changes: Partial<Claim> = {};
      if (dto.checkedText !== undefined)
        changes.checkedText = dto.checkedText?.trim() ? dto.checkedText : null;
      if (dto.type !== undefined) changes.type = dto.type;
      if (dto.speaker !== undefined) changes.speaker = dto.speaker?.trim() ? dto.speaker.trim() : null;
      const written = toClaimDto(await this.write(manager, claim, changes));
      await this.record(manager, actor, 'claim.edit', written, wordingOf(claim), wordingOf(written));
      return written;
    });
    await this.publish('claim.updated', updated, actor);
    return updated;
  }

  async split(id: string, dto: SplitClaimDto, actor: SessionUser): Promise<ClaimDto[]> {
    const parts = await inTransaction(this.dataSource, async (manager) => {
      const claim = await this.claimAtVersion(manager, id, dto.version);
      this.assertReshapeable(claim, 'split');
      if (dto.at <= claim.start || dto.at >= claim.end) {
        throw new ClaimDeskError(
          'VALIDATION_FAILED',
          `at must lie strictly between ${claim.start} and ${claim.end}`,
          {
            start: claim.start,
            end: claim.end,
          },
        );
      }
      // Whitespace at the cut belongs to neither part, so each part reads as a clean sentence.
      let firstEnd = dto.at;
      while (firstEnd > claim.start && isWhitespace(claim.text[firstEnd - 1 - claim.start])) firstEnd -= 1;
      let secondStart = dto.at;
      while (secondStart < claim.end && isWhitespace(claim.text[secondStart - claim.start])) secondStart += 1;
      if (firstEnd === claim.start || secondStart === claim.end) {
        throw new ClaimDeskError('VALIDATION_FAILED', 'Splitting there would leave an empty part');
      }
      if (isLowSurrogate(claim.text, dto.at - claim.start)) {
        throw new ClaimDeskError('VALIDATION_FAILED', 'at falls inside a character');
      }
      const first = await this.write(manager, claim, {
        end: firstEnd,
        text: claim.text.slice(0, firstEnd - claim.start),
        checkedText: null,
      });
      const now = new Date().toISOString();
      const second = manager.create(Claim, {
        ...claim,
        id: randomUUID(),
        start: secondStart,
        text: claim.text.slice(secondStart - claim.start),
        checkedText: null,
        origin: 'manual',
        createdBy: actor.id,
        version: 1,
        createdAt: now,
        updatedAt: now,
      });
      await manager.insert(Claim, second);
      const result = [toClaimDto(first), toClaimDto(second)] as const;
      await this.record(manager, actor, 'claim.split', result[0], spanOf(claim), {
        parts: result.map(spanOf),
        newClaimId: result[1].id,
      });
      return result;
    });
    await this.publish('claim.updated', parts[0], actor);
    await this.publish('claim.created', parts[1], actor);
    return [...parts];
  }

  async merge(dto: MergeClaimsDto, actor: SessionUser): Promise<ClaimDto> {
    const [firstId, secondId] = dto.claimIds as [string, string];
    if (firstId === secondId)
      throw new ClaimDeskError('VALIDATION_FAILED', 'claimIds: name two different claims');
    const { merged, removedId } = await inTransaction(this.dataSource, async (manager) => {
      const given = [
        await this.claimAtVersion(manager, firstId, dto.versions[0] as number),
        await this.claimAtVersion(manager, secondId, dto.versions[1] as number),
      ];
      const [a, b] = given.sort((x, y) => x.start - y.start) as [Claim, Claim];
      if (a.articleId !== b.articleId) {
        throw new ClaimDeskError('UNPROCESSABLE', 'Only claims of the same article can be merged');
      }
      this.assertReshapeable(a, 'merge');
      this.assertReshapeable(b, 'merge');
      await this.assertAdjacent(manager, a, b);
      if (a.assigneeId && b.assigneeId && a.assigneeId !== b.assigneeId) {
        throw new ClaimDeskError(
          'CONFLICT',
          'The claims are assigned to different people; reassign one first',
        );
      }
      // The later claim is deleted by the merge; its sources, verdicts and comments would go with it.
      if (await hasAttachedWork(manager, b.id)) {
        throw new ClaimDeskError(
          'CONFLICT',
          'The later claim has sources, verdicts or comments that merging would delete; merge only claims without them',
          { claimId: b.id },
        );
      }
      const article = await this.requireArticle(manager, a.articleId);
      const written = await this.write(manager, a, {
        end: b.end,
        text: article.text.slice(a.start, b.end),
        checkedText: null,
        score: Math.max(a.score, b.score),
        speaker: a.speaker ?? b.speaker,
        quoted: a.quoted || b.quoted,
        state: a.state === 'in_research' || b.state === 'in_research' ? 'in_research' : 'detected',
        assigneeId: a.assigneeId ?? b.assigneeId,
        origin: 'manual',
      });
      const removed = await manager
        .createQueryBuilder()
        .delete()
        .from(Claim)
        .where('id = :id AND version = :version', { id: b.id, version: b.version })
        .execute();
      if (removed.affected !== 1) throw await this.versionConflict(manager, b.id);
      const result = toClaimDto(written);
      await this.record(
        manager,
        actor,
        'claim.merge',
        result,
        { parts: [spanOf(a), spanOf(b)], removedClaimId: b.id },
        spanOf(result),
      );
      return { merged: result, removedId: b.id };
    });
    await this.publish('claim.updated', merged, actor);
    await this.events.publish({
      type: 'claim.deleted',
      articleId: merged.articleId,
      claimId: removedId,
      actor: { id: actor.id, displayName: actor.displayName },
      data: { id: removedId, mergedInto: merged.id },
    });
    return merged;
  }

  dismiss(id: string, dto: DismissClaimDto, actor: SessionUser): Promise<ClaimDto> {
    return this.transition(id, dto.version, 'dismiss', actor, dto.reason);
  }

  restore(id: string, dto: RestoreClaimDto, actor: SessionUser): Promise<ClaimDto> {
    return this.transition(id, dto.version, 'restore', actor);
  }

  private async transition(
    id: string,
    version: number,
    action: Extract<ClaimAction, 'dismiss' | 'restore'>,
    actor: SessionUser,
    reason?: string,
  ): Promise<ClaimDto> {
    const moved = await inTransaction(this.dataSource, async (manager) => {
      const claim = await this.claimAtVersion(manager, id, version);
      const snapshot = {
        state: claim.state,
        assigneeId: claim.assigneeId,
        verdictAuthorId: null,
        sourceCount: 0,
      };
      const { to } = assertTransition(snapshot, action, { id: actor.id, role: actor.role }, { reason });
      // The reason stays on a dismissed claim; restoring clears it (the audit trail, a later issue, keeps history).
      const dismissReason = action === 'dismiss' ? (reason ?? '').trim() : null;
      const written = toClaimDto(await this.write(manager, claim, { state: to, dismissReason }));
      await this.record(manager, actor, `claim.${action}`, written, stateOf(claim), {
        ...stateOf(written),
        ...(action === 'dismiss' ? { reason: dismissReason } : { dismissReason: claim.dismissReason }),
      });
      return written;
    });
    await this.publish('claim.updated', moved, actor);
    return moved;
  }

  /** The audit entry, inside the write's own transaction, so it commits or rolls back with the change. */
  private async record(
    manager: EntityManager,
    actor: SessionUser,
    action: string,
    claim: ClaimDto,
    before: unknown,
    after: unknown,
  ): Promise<void> {
    await this.audit.append(manager, {
      actorId: actor.id,
      action,
      targetType: 'claim',
      targetId: claim.id,
      articleId: claim.articleId,
      claimId: claim.id,
      before,
      after,
    });
  }

  /** Published only after the commit, so no client hears of a change that was rolled back. */
  private publish(
    type: 'claim.created' | 'claim.updated',
    claim: ClaimDto,
    actor: SessionUser,
  ): Promise<void> {
    return this.events.publish({
      type,
      articleId: claim.articleId,
      claimId: claim.id,
      actor: { id: actor.id, displayName: actor.displayName },
      data: claim,
    });
  }

  private async requireArticle(manager: EntityManager, articleId: string): Promise<Article> {
    const article = await manager.findOne(Article, { where: { id: articleId } });
    if (!article) throw new ClaimDeskError('NOT_FOUND', `No article with id ${articleId}`, { articleId });
    return article;
  }

  private assertSpan(text: string, start: number, end: number): void {
    if (start >= end || end > text.length) {
      throw new ClaimDeskError(
        'VALIDATION_FAILED',
        `start and end must satisfy 0 ≤ start < end ≤ ${text.length} (the article's length)`,
        { start, end, length: text.length },
      );
    }
    if (isLowSurrogate(text, start) || (end < text.length && isLowSurrogate(text, end))) {
      throw new ClaimDeskError('VALIDATION_FAILED', 'start and end must not fall inside a character', {
        start,
        end,
      });
    }
    if (text.slice(start, end).trim() === '') {
      throw new ClaimDeskError('VALIDATION_FAILED', 'The selection is only whitespace', { start, end });
    }
  }

  private assertReshapeable(claim: Claim, action: 'split' | 'merge'): void {
    if (RESHAPEABLE.includes(claim.state)) return;
    throw new ClaimDeskError(
      'CLAIM_TRANSITION_NOT_ALLOWED',
      `Cannot ${action} a claim in state '${claim.state}' (allowed from: ${RESHAPEABLE.join(', ')})`,
      { claimId: claim.id, state: claim.state },
    );
  }

  /** Adjacent: no overlap, and no other claim of the article sits in the gap between them. */
  private async assertAdjacent(manager: EntityManager, a: Claim, b: Claim): Promise<void> {
    if (a.end > b.start)
      throw new ClaimDeskError('UNPROCESSABLE', 'The claims overlap; only adjacent claims merge');
    const between = await manager
      .createQueryBuilder(Claim, 'c')
      .where('c.article_id = :articleId', { articleId: a.articleId })
      .andWhere('c.id NOT IN (:...ids)', { ids: [a.id, b.id] })
      .andWhere('c.start_offset < :gapEnd AND c.end_offset > :gapStart', { gapStart: a.end, gapEnd: b.start })
      .getCount();
    if (between > 0)
      throw new ClaimDeskError('UNPROCESSABLE', 'Another claim lies between these two; merge neighbours');
  }

  private async claimAtVersion(manager: EntityManager, id: string, version: number): Promise<Claim> {
    const claim = await manager.findOne(Claim, { where: { id } });
    if (!claim) throw claimNotFound(id);
    if (claim.version !== version) throw this.conflictWith(claim);
    return claim;
  }

  /** The optimistic lock: the update only lands if nobody wrote since `claim.version` was read. */
  private async write(manager: EntityManager, claim: Claim, changes: Partial<Claim>): Promise<Claim> {
    const updatedAt = new Date().toISOString();
    const version = claim.version + 1;
    const result = await manager
      .createQueryBuilder()
      .update(Claim)
      .set({ ...changes, version, updatedAt })
      .where('id = :id AND version = :version', { id: claim.id, version: claim.version })
      .execute();
    if (result.affected !== 1) throw await this.versionConflict(manager, claim.id);
    return Object.assign(new Claim(), claim, changes, { version, updatedAt });
  }

  private async versionConflict(manager: EntityManager, id: string): Promise<ClaimDeskError> {
    const current = await manager.findOne(Claim, { where: { id } });
    return current ? this.conflictWith(current) : claimNotFound(id);
  }

  private conflictWith(current: Claim): ClaimDeskError {
    return new ClaimDeskError(
      'VERSION_CONFLICT',
      'Someone changed this claim since you read it; reload and retry',
      {
        current: toClaimDto(current),
      },
    );
  }
}
