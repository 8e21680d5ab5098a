import type { ClaimDto } from '@claimdesk/shared';

/**
 * How check-worthy extraction found a claim, as people read it ("90%"); a claim someone picked from the article
 * has no such score (the server stores 1 so it sorts first), so it says so instead of "100%".
 */
export function scoreLabel(claim: Pick<ClaimDto, 'origin' | 'score'>): string {
  return claim.origin === 'manual' ? 'Added by hand' : `${Math.round(claim.score * 100)}%`;
}
