import type { VerdictDto } from '@claimdesk/shared';
import { In, type EntityManager } from 'typeorm';
import { toVerdictDto } from './verdict.mapper';
import { Verdict } from './verdict.entity';

/** Every verdict revision of each claim, oldest first (claim id → its history), in one read. */
export async function verdictHistories(
  manager: EntityManager,
  claimIds: readonly string[],
): Promise<Map<string, VerdictDto[]>> {
  const byClaim = new Map<string, VerdictDto[]>();
  if (claimIds.length === 0) return byClaim;
  const verdicts = await manager.find(Verdict, {
    where: { claimId: In([...claimIds]) },
    order: { claimId: 'ASC', revision: 'ASC' },
  });
  for (const verdict of verdicts) {
    const history = byClaim.get(verdict.claimId) ?? [];
    history.push(toVerdictDto(verdict));
    byClaim.set(verdict.claimId, history);
  }
  return byClaim;
}
