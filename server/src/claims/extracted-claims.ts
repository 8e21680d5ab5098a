import type { ClaimType } from '@claimdesk/shared';
import { randomUUID } from 'node:crypto';
import { Brackets, type EntityManager } from 'typeorm';
import { Claim } from './claim.entity';

/** A check-worthy span proposed by the extraction engine. */
export interface ClaimCandidate {
  start: number;
  end: number;
  text: string;
  score: number;
  type: ClaimType;
  speaker: string | null;
  quoted: boolean;
}

// Well under SQLite's and PostgreSQL's bound-parameter limits (18 columns a row).
const INSERT_CHUNK = 200;

export async function insertCandidates(
  manager: EntityManager,
  articleId: string,
  candidates: readonly ClaimCandidate[],
): Promise<number> {
  const now = new Date().toISOString();
  const rows = candidates.map((candidate) =>
    manager.create(Claim, {
      id: randomUUID(),
      articleId,
      text: candidate.text,
      checkedText: null,
      start: candidate.start,
      end: candidate.end,
      score: candidate.score,
      type: candidate.type,
      speaker: candidate.speaker,
      quoted: candidate.quoted,
      state: 'detected',
      origin: 'extraction',
      assigneeId: null,
      dismissReason: null,
      createdBy: null,
      version: 1,
      createdAt: now,
      updatedAt: now,
    }),
  );
  for (let i = 0; i < rows.length; i += INSERT_CHUNK) {
    await manager.insert(Claim, rows.slice(i, i + INSERT_CHUNK));
  }
  return rows.length;
}

/**
 * SQL over a claim aliased `c`: true when a source, verdict or comment hangs on it. That is work on the
 * claim even if the claim itself was never written, and deleting the claim would cascade it away.
 */
const WORK_ATTACHED = [
  'EXISTS (SELECT 1 FROM claim_sources s WHERE s.claim_id = c.id)',
  'EXISTS (SELECT 1 FROM verdicts v WHERE v.claim_id = c.id)',
  'EXISTS (SELECT 1 FROM comments m WHERE m.claim_id = c.id)',
].join(' OR ');

export async function hasAttachedWork(manager: EntityManager, claimId: string): Promise<boolean> {
  const row = await manager
    .createQueryBuilder(Claim, 'c')
    .select('c.id', 'id')
    .where('c.id = :claimId', { claimId })
    .andWhere(`(${WORK_ATTACHED})`)
    .getRawOne<{ id: string }>();
  return row !== undefined;
}

/**
 * Re-extraction: drops the extracted claims nobody has touched (still detected, never written to, unassigned,
 * no sources, verdicts or comments)
 * and adds the new candidates that do not overlap a claim that stays, so worked-on claims survive unchanged
 * and no span is claimed twice.
 */
export async function replaceUntouchedCandidates(
  manager: EntityManager,
  articleId: string,
  candidates: readonly ClaimCandidate[],
): Promise<{ created: number; removed: number; kept: number }> {
  const untouched = new Brackets((qb) => {
    qb.where("c.origin = 'extraction'")
      .andWhere("c.state = 'detected'")
      .andWhere('c.version = 1')
      .andWhere('c.assignee_id IS NULL')
      .andWhere(`NOT (${WORK_ATTACHED})`);
  });
  const removable = await manager
    .createQueryBuilder(Claim, 'c')
    .select('c.id', 'id')
    .where('c.article_id = :articleId', { articleId })
    .andWhere(untouched)
    .getRawMany<{ id: string }>();
  const removableIds = removable.map((row) => row.id);
  for (let i = 0; i < removableIds.length; i += INSERT_CHUNK) {
    await manager.delete(Claim, removableIds.slice(i, i + INSERT_CHUNK));
  }
  const kept = await manager.find(Claim, {
    where: { articleId },
    select: { id: true, start: true, end: true },
  });
  const fresh = candidates.filter(
    (candidate) => !kept.some((k) => k.start < candidate.end && candidate.start < k.end),
  );
  const created = await insertCandidates(manager, articleId, fresh);
  return { created, removed: removableIds.length, kept: kept.length };
}
