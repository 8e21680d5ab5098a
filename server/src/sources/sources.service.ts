import { inTransaction } from '../database/transactions';
import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { ClaimDeskError, type SourceDto, type SourceUsageDto } from '@claimdesk/shared';
import { DataSource, EntityManager, IsNull } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import type { SessionUser } from '../auth/session-user';
import { Claim } from '../claims/claim.entity';
import { EventBus } from '../events/event-bus';
import { findClaim, findClaimForUpdate } from './claim-rows';

import { ClaimSource } from './claim-source.entity';
import type { CreateSourceDto, UpdateSourceDto } from './dto/source.requests';
import { toSourceDto } from './source.mapper';
import { SourceDocument } from './source-document.entity';
import { normaliseSourceUrl } from './source-url';

type DocumentFields = Pick<SourceDocument, 'url' | 'title' | 'publisher' | 'kind'>;

function blankToNull(text: string | null | undefined): string | null {
  return text === undefined || text === null || text.trim() === '' ? null : text.trim();
}

function isoOrNull(value: string | null | undefined): string | null {
  return value ? new Date(value).toISOString() : null;
}

function sourceNotFound(id: string): ClaimDeskError {
  return new ClaimDeskError('NOT_FOUND', `No source with id ${id}`, { sourceId: id });
}

/** A claim's research: cited documents (shared by URL across claims) and how this claim uses each. */
@Injectable()
export class SourcesService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly events: EventBus,
  ) {}

  async list(claimId: string): Promise<SourceDto[]> {
    await findClaim(this.dataSource.manager, claimId);
    return (await this.listForClaims([claimId])).get(claimId) ?? [];
  }

  /** The attached sources of many claims in one read (claim id → its sources, oldest first). */
  async listForClaims(claimIds: readonly string[]): Promise<Map<string, SourceDto[]>> {
    const byClaim = new Map<string, SourceDto[]>(claimIds.map((id) => [id, []]));
    if (claimIds.length === 0) return byClaim;
    const rows = await this.dataSource.manager
      .createQueryBuilder(ClaimSource, 's')
      .innerJoinAndMapOne('s.document', SourceDocument, 'd', 'd.id = s.document_id')
      .where('s.claim_id IN (:...claimIds) AND s.removed_at IS NULL', { claimIds })
      .orderBy('s.created_at', 'ASC')
      .addOrderBy('s.id', 'ASC')
      .getMany();
    for (const row of rows) {
      const document = (row as ClaimSource & { document: SourceDocument }).document;
      byClaim.get(row.claimId)?.push(toSourceDto(row, document));
    }
    return byClaim;
  }

  async create(claimId: string, dto: CreateSourceDto, user: SessionUser): Promise<SourceDto> {
    const { source, claim } = await inTransaction(this.dataSource, async (manager) => {
      const claim = await findClaimForUpdate(manager, claimId);
      this.assertEditable(claim);
      const now = new Date().toISOString();
      const document = await this.documentFor(manager, this.documentFields(dto), user.id, now);
      await this.assertNotCitedTwice(manager, claim.id, document.id);
      const link = manager.create(ClaimSource, {
        id: randomUUID(),
        claimId: claim.id,
        documentId: document.id,
        excerpt: blankToNull(dto.excerpt),
        stance: dto.stance,
        accessedAt: isoOrNull(dto.accessedAt),
        archiveUrl: dto.archiveUrl ? normaliseSourceUrl(dto.archiveUrl) : null,
        note: blankToNull(dto.note),
        createdBy: user.id,
        createdAt: now,
        updatedAt: now,
        removedAt: null,
        removedBy: null,
      });
      await manager.insert(ClaimSource, link);
      const source = toSourceDto(link, document);
      await this.audit.append(manager, {
        actorId: user.id,
        action: 'source.create',
        targetType: 'source',
        targetId: link.id,
        articleId: claim.articleId,
        claimId: claim.id,
        after: source,
      });
      return { source, claim };
    });
    await this.publish('source.created', claim, user, source);
    return source;
  }

  async update(sourceId: string, dto: UpdateSourceDto, user: SessionUser): Promise<SourceDto> {
    const { source, claim } = await inTransaction(this.dataSource, async (manager) => {
      const link = await this.findLink(manager, sourceId);
      const claim = await findClaimForUpdate(manager, link.claimId);
      this.assertEditable(claim);
      const before = toSourceDto(link, await this.findDocument(manager, link.documentId));
      const now = new Date().toISOString();
      const document = await this.updatedDocument(manager, link, dto, user.id, now);
      if (document.id !== link.documentId) await this.assertNotCitedTwice(manager, claim.id, document.id);
      const changes: Partial<ClaimSource> = { documentId: document.id, updatedAt: now };
      if (dto.excerpt !== undefined) changes.excerpt = blankToNull(dto.excerpt);
      if (dto.stance !== undefined) changes.stance = dto.stance;
      if (dto.accessedAt !== undefined) changes.accessedAt = isoOrNull(dto.accessedAt);
      if (dto.archiveUrl !== undefined)
        changes.archiveUrl = dto.archiveUrl ? normaliseSourceUrl(dto.archiveUrl) : null;
      if (dto.note !== undefined) changes.note = blankToNull(dto.note);
      await manager.update(ClaimSource, { id: link.id }, changes);
      const source = toSourceDto(Object.assign(link, changes), document);
      await this.audit.append(manager, {
        actorId: user.id,
        action: 'source.update',
        targetType: 'source',
        targetId: link.id,
        articleId: claim.articleId,
        claimId: claim.id,
        before,
        after: source,
      });
      return { source, claim };
    });
    await this.publish('source.updated', claim, user, source);
    return source;
  }

  /** Marks the source removed; verdict revisions that relied on it still name it in their history. */
  async remove(sourceId: string, user: SessionUser): Promise<void> {
    const { source, claim } = await inTransaction(this.dataSource, async (manager) => {
      const link = await this.findLink(manager, sourceId);
      const claim = await findClaimForUpdate(manager, link.claimId);
      this.assertEditable(claim);
      const source = toSourceDto(link, await this.findDocument(manager, link.documentId));
      await manager.update(
        ClaimSource,
        { id: link.id },
        { removedAt: new Date().toISOString(), removedBy: user.id },
      );
      await this.audit.append(manager, {
        actorId: user.id,
        action: 'source.delete',
        targetType: 'source',
        targetId: link.id,
        articleId: claim.articleId,
        claimId: claim.id,
        before: source,
      });
      return { source, claim };
    });
    await this.publish('source.removed', claim, user, source);
  }

  /** Where this address was cited before; an empty list when never. */
  async findByUrl(url: string): Promise<SourceUsageDto[]> {
    const normalised = normaliseSourceUrl(url);
    if (!normalised) throw new ClaimDeskError('VALIDATION_FAILED', 'url: must be an absolute http(s) URL');
    const document = await this.dataSource.manager.findOne(SourceDocument, { where: { url: normalised } });
    if (!document) return [];
    const citations = await this.dataSource.manager
      .createQueryBuilder(ClaimSource, 's')
      .innerJoin(Claim, 'c', 'c.id = s.claim_id')
      .select([
        's.id AS "sourceId"',
        's.claim_id AS "claimId"',
        'c.article_id AS "articleId"',
        's.stance AS "stance"',
      ])
      .where('s.document_id = :documentId AND s.removed_at IS NULL', { documentId: document.id })
      .orderBy('s.created_at', 'ASC')
      .getRawMany<SourceUsageDto['citations'][number]>();
    const { id, title, publisher, kind } = document;
    return [{ documentId: id, url: document.url, title, publisher, kind, citations }];
  }

  private assertEditable(claim: Claim): void {
    if (claim.state !== 'approved') return;
    throw new ClaimDeskError(
      'CONFLICT',
      'The verdict on this claim is approved; reopen it to change its sources',
      {
        claimId: claim.id,
        state: claim.state,
      },
    );
  }

  private documentFields(dto: CreateSourceDto): DocumentFields {
    return {
      url: dto.url ? normaliseSourceUrl(dto.url) : null,
      title: dto.title.trim(),
      publisher: blankToNull(dto.publisher),
      kind: dto.kind,
    };
  }

  /**
   * The shared record for a URL, created on first citation. An existing record keeps its title, publisher and
   * kind: it was checked once and is reused. A source without URL always gets a record of its own.
   */
  private async documentFor(
    manager: EntityManager,
    fields: DocumentFields,
    userId: string,
    now: string,
  ): Promise<SourceDocument> {
    const candidate = manager.create(SourceDocument, {
      ...fields,
      id: randomUUID(),
      createdBy: userId,
      createdAt: now,
      updatedAt: now,
    });
    if (fields.url === null) {
      await manager.insert(SourceDocument, candidate);
      return candidate;
    }
    // Two people citing a new URL at once: one insert wins, the other is ignored and reads the winner.
    await manager.createQueryBuilder().insert().into(SourceDocument).values(candidate).orIgnore().execute();
    const document = await manager.findOne(SourceDocument, { where: { url: fields.url } });
    if (!document) throw new Error(`source document for ${fields.url} vanished`);
    return document;
  }

  /** A URL change moves the link to that URL's record; title/publisher/kind edit the shared record itself. */
  private async updatedDocument(
    manager: EntityManager,
    link: ClaimSource,
    dto: UpdateSourceDto,
    userId: string,
    now: string,
  ): Promise<SourceDocument> {
    const current = await this.findDocument(manager, link.documentId);
    let document = current;
    if (dto.url !== undefined) {
      const url = dto.url ? normaliseSourceUrl(dto.url) : null;
      if (url !== current.url) {
        const fields = { url, title: current.title, publisher: current.publisher, kind: current.kind };
        document = await this.documentFor(manager, fields, userId, now);
      }
    }
    const changes: Partial<SourceDocument> = {};
    if (dto.title !== undefined && dto.title.trim() !== document.title) changes.title = dto.title.trim();
    if (dto.publisher !== undefined && blankToNull(dto.publisher) !== document.publisher) {
      changes.publisher = blankToNull(dto.publisher);
    }
    if (dto.kind !== undefined && dto.kind !== document.kind) changes.kind = dto.kind;
    if (Object.keys(changes).length === 0) return document;
    await this.assertNotCitedByApproved(manager, document.id);
    await manager.update(SourceDocument, { id: document.id }, { ...changes, updatedAt: now });
    return Object.assign(document, changes, { updatedAt: now });
  }

  private async assertNotCitedByApproved(manager: EntityManager, documentId: string): Promise<void> {
    const approved = await manager
      .createQueryBuilder(ClaimSource, 's')
      .innerJoin(Claim, 'c', 'c.id = s.claim_id')
      .where('s.document_id = :documentId AND s.removed_at IS NULL', { documentId })
      .andWhere("c.state = 'approved'")
      .getCount();
    if (approved === 0) return;
    throw new ClaimDeskError(
      'CONFLICT',
      'This document is cited by an approved verdict, so its title, publisher and kind are frozen',
      { documentId },
    );
  }

  private async assertNotCitedTwice(
    manager: EntityManager,
    claimId: string,
    documentId: string,
  ): Promise<void> {
    const existing = await manager.findOne(ClaimSource, {
      where: { claimId, documentId, removedAt: IsNull() },
    });
    if (!existing) return;
    throw new ClaimDeskError('CONFLICT', 'This claim already cites that document', { sourceId: existing.id });
  }

  private async findLink(manager: EntityManager, id: string): Promise<ClaimSource> {
    const link = await manager.findOne(ClaimSource, { where: { id, removedAt: IsNull() } });
    if (!link) throw sourceNotFound(id);
    return link;
  }

  private async findDocument(manager: EntityManager, id: string): Promise<SourceDocument> {
    const document = await manager.findOne(SourceDocument, { where: { id } });
    if (!document) throw new Error(`source document ${id} missing`);
    return document;
  }

  private publish(type: string, claim: Claim, user: SessionUser, source: SourceDto): Promise<void> {
    return this.events.publish({
      type,
      articleId: claim.articleId,
      claimId: claim.id,
      actor: { id: user.id, displayName: user.displayName },
      data: source,
    });
  }
}
