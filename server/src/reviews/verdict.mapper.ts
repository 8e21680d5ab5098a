import type { VerdictDto } from '@claimdesk/shared';
import { renderRationale } from './rationale-html';
import type { Verdict } from './verdict.entity';

export function toVerdictDto(verdict: Verdict): VerdictDto {
  return {
    id: verdict.id,
    claimId: verdict.claimId,
    rating: verdict.rating,
    rationale: verdict.rationale,
    rationaleHtml: renderRationale(verdict.rationale),
    authorId: verdict.authorId,
    sourceIds: verdict.sourceIds,
    createdAt: verdict.createdAt,
    approvedBy: verdict.approvedBy,
    approvedAt: verdict.approvedAt,
    revision: Number(verdict.revision),
    changesRequestedBy: verdict.changesRequestedBy,
    changesRequestedAt: verdict.changesRequestedAt,
    changesRequestedReason: verdict.changesRequestedReason,
    reopenedBy: verdict.reopenedBy,
    reopenedAt: verdict.reopenedAt,
    reopenReason: verdict.reopenReason,
  };
}
