/** Something that changed, as every open client hears of it. `type` is `<target>.<what happened>`. */
export interface ClaimDeskEvent {
  /** Unique per event; also the SSE `id:` so a client can tell events apart. */
  id: string;
  /** e.g. 'claim.updated', 'claim.created', 'claim.deleted', 'article.updated', 'comment.created'. */
  type: string;
  /** The article the change belongs to (per-article streams filter on it); null for system-wide events. */
  articleId: string | null;
  claimId?: string | null;
  actor: { id: string; displayName: string } | null;
  /** ISO-8601 time of the change. */
  at: string;
  /** A small JSON payload (usually the changed resource's response DTO) — never secrets. */
  data?: unknown;
}

/** What a caller hands to EventBus.publish: the bus fills in `id` and `at` when they are missing. */
export type ClaimDeskEventInput = Omit<ClaimDeskEvent, 'id' | 'at'> & { id?: string; at?: string };
