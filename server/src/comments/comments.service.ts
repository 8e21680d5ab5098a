import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { can, ClaimDeskError } from '@claimdesk/shared';
import { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import type { SessionUser } from '../auth/session-user';
import { AppConfig } from '../config/app-config';
import { inTransaction } from '../database/transactions';
import { EventBus } from '../events/event-bus';
import { CommentEntity, CommentRevisionEntity } from './comment.entity';
import type { CommentHistoryResponse, CommentListResponse, CommentResponse } from './dto/comment.response';

type CommentChange = 'created' | 'updated' | 'deleted';

/** Claim threads: anyone who may read claims reads them; authors edit or delete their own within a window. */
@Injectable()
export class CommentsService {
  private readonly editWindowMs: number;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly events: EventBus,
    config: AppConfig,
  ) {
    this.editWindowMs = config.commentEditWindowMinutes * 60_000;
  }

  async list(claimId: string): Promise<CommentListResponse> {
    await this.claimOf(this.dataSource.manager, claimId);
    const comments = await this.dataSource
      .getRepository(CommentEntity)
      .find({ where: { claimId }, order: { createdAt: 'ASC', id: 'ASC' } });
    const names = await this.displayNames(comments.map((comment) => comment.authorId));
    return { items: comments.map((comment) => this.toResponse(comment, names.get(comment.authorId) ?? '')) };
  }

  async create(claimId: string, author: SessionUser, body: string): Promise<CommentResponse> {
    const comment = await inTransaction(this.dataSource, async (manager) => {
      const claim = await this.claimOf(manager, claimId);
      const now = new Date();
      const created = manager.create(CommentEntity, {
        id: randomUUID(),
        claimId,
        articleId: claim.articleId,
        authorId: author.id,
        body,
        version: 1,
        createdAt: now,
        editedAt: null,
        deletedAt: null,
      });
      await manager.insert(CommentEntity, created);
      await this.keepRevision(manager, created.id, 1, body, now);
      await this.audit.append(
        manager,
        this.auditEntry(author, 'comment.create', created, undefined, { body }),
      );
      return created;
    });
    return this.announce('created', comment, author);
  }

  async update(
    commentId: string,
    author: SessionUser,
    body: string,
    version?: number,
  ): Promise<CommentResponse> {
    const comment = await inTransaction(this.dataSource, async (manager) => {
      const current = await this.editableBy(manager, commentId, author);
      if (version !== undefined && version !== current.version) {
        throw new ClaimDeskError('VERSION_CONFLICT', 'The comment changed since you loaded it', {
          currentVersion: current.version,
        });
      }
      const now = new Date();
      const updated = { ...current, body, version: current.version + 1, editedAt: now };
      await this.save(manager, current, { body, version: updated.version, editedAt: now });
      await this.keepRevision(manager, commentId, await this.nextRevision(manager, commentId), body, now);
      await this.audit.append(
        manager,
        this.auditEntry(author, 'comment.update', updated, { body: current.body }, { body }),
      );
      return updated;
    });
    return this.announce('updated', comment, author);
  }

  async remove(commentId: string, author: SessionUser): Promise<CommentResponse> {
    const comment = await inTransaction(this.dataSource, async (manager) => {
      const current = await this.editableBy(manager, commentId, author);
      const now = new Date();
      const deleted = { ...current, body: '', version: current.version + 1, deletedAt: now };
      await this.save(manager, current, { body: '', version: deleted.version, deletedAt: now });
      await this.audit.append(
        manager,
        this.auditEntry(author, 'comment.delete', deleted, { body: current.body }, undefined),
      );
      return deleted;
    });
    return this.announce('deleted', comment, author);
  }

  /** Every text the comment has had. Once deleted, only those who may read the audit trail see them. */
  async history(commentId: string, viewer: SessionUser): Promise<CommentHistoryResponse> {
    const comment = await this.dataSource.getRepository(CommentEntity).findOneBy({ id: commentId });
    if (!comment) throw new ClaimDeskError('NOT_FOUND', 'No such comment', { commentId });
    if (comment.deletedAt && comment.authorId !== viewer.id && !can(viewer.role, 'audit.read')) {
      throw new ClaimDeskError('FORBIDDEN', 'This comment was deleted; its history is for editors');
    }
    const revisions = await this.dataSource
      .getRepository(CommentRevisionEntity)
      .find({ where: { commentId }, order: { revision: 'ASC' } });
    return {
      revisions: revisions.map((r) => ({
        revision: r.revision,
        body: r.body,
        writtenAt: r.writtenAt.toISOString(),
      })),
    };
  }

  private async claimOf(manager: EntityManager, claimId: string): Promise<{ articleId: string }> {
    const claim = await manager
      .createQueryBuilder()
      .select('c.article_id', 'articleId')
      .from('claims', 'c')
      .where('c.id = :claimId', { claimId })
      .getRawOne<{ articleId: string }>();
    if (!claim) throw new ClaimDeskError('NOT_FOUND', 'No such claim', { claimId });
    return claim;
  }

  /** Guard clauses for edit and delete: it exists, is not deleted, is yours, and the window is still open. */
  private async editableBy(
    manager: EntityManager,
    commentId: string,
    user: SessionUser,
  ): Promise<CommentEntity> {
    const comment = await manager.findOneBy(CommentEntity, { id: commentId });
    if (!comment) throw new ClaimDeskError('NOT_FOUND', 'No such comment', { commentId });
    if (comment.authorId !== user.id)
      throw new ClaimDeskError('FORBIDDEN', 'Only its author may change a comment');
    if (comment.deletedAt) throw new ClaimDeskError('CONFLICT', 'The comment was deleted', { commentId });
    const editableUntil = this.editableUntil(comment);
    if (Date.now() > editableUntil.getTime()) {
      throw new ClaimDeskError('CONFLICT', 'Comments can only be changed shortly after posting', {
        editableUntil: editableUntil.toISOString(),
      });
    }
    return comment;
  }

  /** The version check in WHERE makes a concurrent edit lose cleanly instead of overwriting. */
  private async save(
    manager: EntityManager,
    current: CommentEntity,
    changes: Partial<CommentEntity>,
  ): Promise<void> {
    const result = await manager.update(CommentEntity, { id: current.id, version: current.version }, changes);
    if (result.affected === 0) {
      throw new ClaimDeskError('VERSION_CONFLICT', 'The comment changed at the same time; reload it');
    }
  }

  private async keepRevision(
    manager: EntityManager,
    commentId: string,
    revision: number,
    body: string,
    at: Date,
  ) {
    await manager.insert(CommentRevisionEntity, {
      id: randomUUID(),
      commentId,
      revision,
      body,
      writtenAt: at,
    });
  }

  private async nextRevision(manager: EntityManager, commentId: string): Promise<number> {
    const row = await manager
      .createQueryBuilder(CommentRevisionEntity, 'r')
      .select('MAX(r.revision)', 'last')
      .where('r.comment_id = :commentId', { commentId })
      .getRawOne<{ last: number | string | null }>();
    return Number(row?.last ?? 0) + 1;
  }

  private auditEntry(
    actor: SessionUser,
    action: string,
    comment: CommentEntity,
    before: unknown,
    after: unknown,
  ) {
    return {
      actorId: actor.id,
      action,
      targetType: 'comment' as const,
      targetId: comment.id,
      articleId: comment.articleId,
      claimId: comment.claimId,
      before,
      after,
    };
  }

  /** After the commit: tell every open client, then answer the caller with the same DTO. */
  private async announce(
    change: CommentChange,
    comment: CommentEntity,
    actor: SessionUser,
  ): Promise<CommentResponse> {
    const response = this.toResponse(comment, actor.displayName);
    await this.events.publish({
      type: `comment.${change}`,
      articleId: comment.articleId,
      claimId: comment.claimId,
      actor: { id: actor.id, displayName: actor.displayName },
      data: response,
    });
    return response;
  }

  private editableUntil(comment: CommentEntity): Date {
    return new Date(comment.createdAt.getTime() + this.editWindowMs);
  }

  private toResponse(comment: CommentEntity, authorName: string): CommentResponse {
    const deleted = comment.deletedAt !== null;
    return {
      id: comment.id,
      claimId: comment.claimId,
      articleId: comment.articleId,
      author: { id: comment.authorId, displayName: authorName },
      body: deleted ? null : comment.body,
      deleted,
      edited: comment.editedAt !== null,
      version: comment.version,
      createdAt: comment.createdAt.toISOString(),
      editedAt: comment.editedAt?.toISOString() ?? null,
      deletedAt: comment.deletedAt?.toISOString() ?? null,
      editableUntil: this.editableUntil(comment).toISOString(),
    };
  }

  private async displayNames(ids: string[]): Promise<Map<string, string>> {
    const unique = [...new Set(ids)];
    if (unique.length === 0) return new Map();
    const rows = await this.dataSource
      .createQueryBuilder()
      .select(['u.id AS id', 'u.display_name AS "displayName"'])
      .from('users', 'u')
      .where('u.id IN (:...ids)', { ids: unique })
      .getRawMany<{ id: string; displayName: string }>();
    return new Map(rows.map((row) => [row.id, row.displayName]));
  }
}
