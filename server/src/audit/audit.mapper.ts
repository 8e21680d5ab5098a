import type { AuditEntry } from './audit-entry.entity';
import type { AuditEntryResponse } from './dto/audit.response';

/** Stored JSON text back to values; the stored text is what was hashed, so it is parsed, never rewritten. */
function parse(json: string | null): unknown {
  return json === null ? undefined : (JSON.parse(json) as unknown);
}

export function toAuditEntryResponse(
  entry: AuditEntry,
  displayNames: Map<string, string>,
): AuditEntryResponse {
  return {
    seq: Number(entry.seq),
    id: entry.id,
    actor:
      entry.actorId === null
        ? null
        : { id: entry.actorId, displayName: displayNames.get(entry.actorId) ?? '' },
    action: entry.action,
    targetType: entry.targetType,
    targetId: entry.targetId,
    articleId: entry.articleId,
    claimId: entry.claimId,
    before: parse(entry.beforeJson),
    after: parse(entry.afterJson),
    createdAt: entry.createdAt,
    prevHash: entry.prevHash,
    hash: entry.hash,
  };
}
