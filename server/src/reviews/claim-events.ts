import type { ClaimDto } from '@claimdesk/shared';
import type { SessionUser } from '../auth/session-user';
import type { ClaimDeskEventInput } from '../events/event-bus';

/** The live update every open client of the article hears after a review step commits. */
export function claimUpdated(claim: ClaimDto, user: SessionUser, data: unknown = claim): ClaimDeskEventInput {
  return {
    type: 'claim.updated',
    articleId: claim.articleId,
    claimId: claim.id,
    actor: { id: user.id, displayName: user.displayName },
    data,
  };
}

/** What the audit trail records of a claim before and after a review step. */
export function claimAuditState(
  claim: Pick<ClaimDto, 'state' | 'assigneeId' | 'version'>,
): Record<string, unknown> {
  return { state: claim.state, assigneeId: claim.assigneeId, version: claim.version };
}
