import type { ClaimDto } from '@claimdesk/shared';
import type { Claim } from './claim.entity';

export function toClaimDto(claim: Claim): ClaimDto {
  return {
    id: claim.id,
    articleId: claim.articleId,
    text: claim.text,
    checkedText: claim.checkedText,
    start: claim.start,
    end: claim.end,
    score: claim.score,
    origin: claim.origin,
    type: claim.type,
    speaker: claim.speaker,
    // SQLite hands booleans back as 0/1.
    quoted: Boolean(claim.quoted),
    state: claim.state,
    assigneeId: claim.assigneeId,
    dismissReason: claim.dismissReason,
    version: claim.version,
    createdAt: claim.createdAt,
    updatedAt: claim.updatedAt,
  };
}
