import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { ClaimDeskError } from '@claimdesk/shared';
import { fromAfterTo } from '../common/errors/field-problem';
import { Brackets, DataSource, EntityManager, SelectQueryBuilder } from 'typeorm';
import type { AuditEntryInput } from './audit-entry';
import { AuditEntry } from './audit-entry.entity';
import { canonicalJson, entryHash, GENESIS_HASH } from './audit-hash';
import { toAuditEntryResponse } from './audit.mapper';
import type { AuditPageResponse } from './dto/audit.response';

export type { AuditEntryInput, AuditTargetType } from './audit-entry';
export { AuditEntry } from './audit-entry.entity';

/** Any constant works; it only has to be the same in every process appending to this database. */
const POSTGRES_AUDIT_LOCK = 7_304_112_026;
const VERIFY_BATCH = 500;

export interface AuditFilter {
  actorId?: string;
  action?: string;
  targetType?: string;
  /** Inclusive lower / exclusive upper bound on created_at. */
  from?: Date;
  to?: Date;
}

/** A chain position recorded outside ClaimDesk: the last entry's number and hash. */
export interface AuditHead {
  seq: number;
  hash: string;
}

export interface AuditVerification {
  /** The chain is intact and, when a recorded head was given, still holds it. */
  ok: boolean;
  checked: number;
  firstBrokenEntry: { seq: number; id: string; reason: string } | null;
  /** The newest entry, to record outside ClaimDesk; null for an empty or broken chain. */
  head: AuditHead | null;
  /** How the chain compares with a recorded head, when one was given. */
  recordedHead: (AuditHead & { matches: boolean; reason: string | null }) | null;
}

/**
 * An intact chain against a head recorded earlier: the recorded entry must still be in it with the same hash.
 * The chain's entries were all just checked in order, so the recorded one is looked up by the same rule.
 */
function compareWithRecorded(
  recorded: AuditHead,
  head: AuditHead | null,
  hashAtRecordedSeq: string | null,
): AuditHead & { matches: boolean; reason: string | null } {
  const last = head?.seq ?? 0;
  if (recorded.seq > last) {
    return {
      ...recorded,
      matches: false,
      reason: `the chain ends at entry ${last}, before the recorded entry ${recorded.seq}: entries were removed`,
    };
  }
  if (hashAtRecordedSeq !== recorded.hash) {
    return {
      ...recorded,
      matches: false,
      reason: `entry ${recorded.seq} no longer has the recorded hash: the chain was rewritten up to there`,
    };
  }
  return { ...recorded, matches: true, reason: null };
}

/**
 * The append-only, hash-chained audit trail. There is deliberately no code path that updates or deletes an
 * audit row (and the migration adds triggers refusing both), so the chain only ever grows.
 */
@Injectable()
export class AuditService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * Appends one entry INSIDE the caller's transaction (pass the `manager` of `inTransaction`), so the change
   * and its audit entry commit or roll back together. Appends are serialised, so the chain never forks:
   * PostgreSQL takes a transaction-scoped advisory lock; SQLite writers are already queued in-process by
   * inTransaction, and the no-op write below takes SQLite's write lock before the chain head is read, so a
   * second process on the same file waits (busy timeout) instead of reading a stale head.
   */
  async append(manager: EntityManager, input: AuditEntryInput): Promise<AuditEntry> {
    if (manager.connection.options.type === 'postgres') {
      await manager.query('SELECT pg_advisory_xact_lock($1)', [POSTGRES_AUDIT_LOCK]);
    } else {
      await manager.query('UPDATE audit_entries SET seq = seq WHERE 1 = 0');
    }
    const head = await manager
      .createQueryBuilder(AuditEntry, 'a')
      .select(['a.seq', 'a.hash'])
      .orderBy('a.seq', 'DESC')
      .limit(1)
      .getOne();
    const fields = {
      seq: head ? Number(head.seq) + 1 : 1,
      id: randomUUID(),
      actorId: input.actorId,
      action: input.action,
      targetType: input.targetType,
      targetId: input.targetId,
      articleId: input.articleId ?? null,
      claimId: input.claimId ?? (input.targetType === 'claim' ? input.targetId : null),
      beforeJson: canonicalJson(input.before),
      afterJson: canonicalJson(input.after),
      createdAt: new Date().toISOString(),
      prevHash: head?.hash ?? GENESIS_HASH,
    };
    const entry = manager.create(AuditEntry, { ...fields, hash: entryHash(fields) });
    await manager.insert(AuditEntry, entry);
    return entry;
  }

  /** A claim's trail: entries about the claim itself and about its sources, verdicts and comments. */
  forClaim(claimId: string, cursor: string | undefined, limit: number): Promise<AuditPageResponse> {
    return this.trailOf(
      { column: 'claim_id', targetType: 'claim', table: 'claims', noun: 'claim' },
      claimId,
      cursor,
      limit,
    );
  }

  /** An article's trail: the article and everything recorded against its claims. */
  forArticle(articleId: string, cursor: string | undefined, limit: number): Promise<AuditPageResponse> {
    return this.trailOf(
      { column: 'article_id', targetType: 'article', table: 'articles', noun: 'article' },
      articleId,
      cursor,
      limit,
    );
  }

  /** Entries filed under `id` or targeting it; an empty first page of an unknown id is a 404, not an empty trail. */
  private async trailOf(
    scope: {
      column: 'claim_id' | 'article_id';
      targetType: 'claim' | 'article';
      table: 'claims' | 'articles';
      noun: string;
    },
    id: string,
    cursor: string | undefined,
    limit: number,
  ): Promise<AuditPageResponse> {
    const query = this.dataSource
      .getRepository(AuditEntry)
      .createQueryBuilder('a')
      .where(
        new Brackets((where) =>
          where
            .where(`a.${scope.column} = :id`, { id })
            .orWhere(`(a.target_type = '${scope.targetType}' AND a.target_id = :id)`),
        ),
      );
    const page = await this.page(query, cursor, limit);
    if (page.items.length === 0 && !cursor && !(await this.exists(scope.table, id))) {
      throw new ClaimDeskError('NOT_FOUND', `No such ${scope.noun}`, { [`${scope.noun}Id`]: id });
    }
    return page;
  }

  /** The whole trail, newest first, narrowed by any of the filters. */
  async search(filter: AuditFilter, cursor: string | undefined, limit: number): Promise<AuditPageResponse> {
    // An empty window is a mistake in the filter, not a search with no results (as in exports).
    if (filter.from && filter.to && filter.from > filter.to) throw fromAfterTo();
    const query = this.dataSource.getRepository(AuditEntry).createQueryBuilder('a').where('1 = 1');
    if (filter.actorId) query.andWhere('a.actor_id = :actorId', { actorId: filter.actorId });
    if (filter.action) query.andWhere('a.action = :action', { action: filter.action });
    if (filter.targetType) query.andWhere('a.target_type = :targetType', { targetType: filter.targetType });
    // created_at is fixed-width ISO-8601 UTC text, so text order is time order on both engines.
    if (filter.from) query.andWhere('a.created_at >= :from', { from: filter.from.toISOString() });
    if (filter.to) query.andWhere('a.created_at < :to', { to: filter.to.toISOString() });
    return this.page(query, cursor, limit);
  }

  /**
   * Recomputes the chain from the first entry and names the first broken one. The chain alone cannot show that
   * its newest entries were deleted (what is left is still a valid chain), so a head recorded earlier outside
   * ClaimDesk can be given: the entry at that position must still be there with that hash.
   */
  async verify(recorded?: AuditHead): Promise<AuditVerification> {
    const repository = this.dataSource.getRepository(AuditEntry);
    let expectedSeq = 1;
    let prevHash = GENESIS_HASH;
    let checked = 0;
    let hashAtRecordedSeq: string | null = null;
    for (;;) {
      const batch = await repository
        .createQueryBuilder('a')
        .where('a.seq >= :from', { from: expectedSeq })
        .orderBy('a.seq', 'ASC')
        .limit(VERIFY_BATCH)
        .getMany();
      if (batch.length === 0) {
        const head = checked === 0 ? null : { seq: expectedSeq - 1, hash: prevHash };
        const recordedHead = recorded ? compareWithRecorded(recorded, head, hashAtRecordedSeq) : null;
        return { ok: recordedHead?.matches ?? true, checked, firstBrokenEntry: null, head, recordedHead };
      }
      for (const entry of batch) {
        checked += 1;
        const reason = this.brokenReason(entry, expectedSeq, prevHash);
        if (reason) {
          return {
            ok: false,
            checked,
            firstBrokenEntry: { seq: Number(entry.seq), id: entry.id, reason },
            head: null,
            recordedHead: null,
          };
        }
        if (expectedSeq === recorded?.seq) hashAtRecordedSeq = entry.hash;
        expectedSeq += 1;
        prevHash = entry.hash;
      }
    }
  }

  private brokenReason(entry: AuditEntry, expectedSeq: number, prevHash: string): string | null {
    if (Number(entry.seq) !== expectedSeq) return `sequence gap: expected ${expectedSeq}, found ${entry.seq}`;
    if (entry.prevHash !== prevHash) return 'prev_hash does not match the previous entry';
    if (entryHash(entry) !== entry.hash) return 'hash does not match the entry contents';
    return null;
  }

  private async page(
    query: SelectQueryBuilder<AuditEntry>,
    cursor: string | undefined,
    limit: number,
  ): Promise<AuditPageResponse> {
    if (cursor !== undefined) query.andWhere('a.seq < :cursor', { cursor: Number(cursor) });
    const rows = await query
      .orderBy('a.seq', 'DESC')
      .limit(limit + 1)
      .getMany();
    const entries = rows.slice(0, limit);
    const nextCursor = rows.length > limit ? String(entries[entries.length - 1].seq) : null;
    const names = await this.displayNames(entries);
    return { items: entries.map((entry) => toAuditEntryResponse(entry, names)), nextCursor };
  }

  private async displayNames(entries: AuditEntry[]): Promise<Map<string, string>> {
    const ids = [...new Set(entries.map((entry) => entry.actorId).filter((id): id is string => id !== null))];
    if (ids.length === 0) return new Map();
    const rows = await this.dataSource
      .createQueryBuilder()
      .select(['u.id AS id', 'u.display_name AS "displayName"'])
      .from('users', 'u')
      .where('u.id IN (:...ids)', { ids })
      .getRawMany<{ id: string; displayName: string }>();
    return new Map(rows.map((row) => [row.id, row.displayName]));
  }

  private async exists(table: 'claims' | 'articles', id: string): Promise<boolean> {
    const row: unknown = await this.dataSource
      .createQueryBuilder()
      .select('t.id', 'id')
      .from(table, 't')
      .where('t.id = :id', { id })
      .getRawOne();
    return row !== undefined && row !== null;
  }
}
