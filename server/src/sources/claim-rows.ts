import { ClaimDeskError } from '@claimdesk/shared';
import type { EntityManager } from 'typeorm';
import { Claim } from '../claims/claim.entity';
import { toClaimDto } from '../claims/claim.mapper';

/*
 * Claim reads and the optimistic-locked claim write shared by sources and reviews. The write mirrors the
 * claims service's: it only lands if nobody wrote since `claim.version` was read.
 */

export function claimNotFound(id: string): ClaimDeskError {
  return new ClaimDeskError('NOT_FOUND', `No claim with id ${id}`, { claimId: id });
}

export function versionConflict(current: Claim): ClaimDeskError {
  return new ClaimDeskError(
    'VERSION_CONFLICT',
    'Someone changed this claim since you read it; reload and retry',
    {
      current: toClaimDto(current),
    },
  );
}

export async function findClaim(manager: EntityManager, id: string): Promise<Claim> {
  const claim = await manager.findOne(Claim, { where: { id } });
  if (!claim) throw claimNotFound(id);
  return claim;
}

/**
 * The claim, row-locked until the transaction ends on PostgreSQL, so a concurrent approval cannot slip in
 * between the state check and a source change. SQLite has no row locks; its writers are serialised anyway.
 */
export async function findClaimForUpdate(manager: EntityManager, id: string): Promise<Claim> {
  if (manager.connection.options.type !== 'postgres') return findClaim(manager, id);
  const claim = await manager.findOne(Claim, { where: { id }, lock: { mode: 'pessimistic_write' } });
  if (!claim) throw claimNotFound(id);
  return claim;
}

export async function writeClaim(
  manager: EntityManager,
  claim: Claim,
  changes: Partial<Claim>,
): Promise<Claim> {
  const updatedAt = new Date().toISOString();
  const version = claim.version + 1;
  const result = await manager
    .createQueryBuilder()
    .update(Claim)
    .set({ ...changes, version, updatedAt })
    .where('id = :id AND version = :version', { id: claim.id, version: claim.version })
    .execute();
  if (result.affected !== 1) {
    const current = await manager.findOne(Claim, { where: { id: claim.id } });
    throw current ? versionConflict(current) : claimNotFound(claim.id);
  }
  return Object.assign(new Claim(), claim, changes, { version, updatedAt });
}
