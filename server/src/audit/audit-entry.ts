/** What a feature records about one mutation; AuditService.append adds sequence, time and the hash chain. */
export type AuditTargetType = 'article' | 'claim' | 'source' | 'verdict' | 'comment' | 'user' | 'session';

export const AUDIT_TARGET_TYPES: readonly AuditTargetType[] = [
  'article',
  'claim',
  'source',
  'verdict',
  'comment',
  'user',
  'session',
];

export interface AuditEntryInput {
  /** Null for the system itself (migrations, seeding, extraction runs nobody started by hand). */
  actorId: string | null;
  /** `<target>.<verb>`, e.g. 'claim.approve', 'source.create', 'user.role_change'. */
  action: string;
  targetType: AuditTargetType;
  targetId: string;
  /** Set whenever the target belongs to an article / claim, so the per-article and per-claim trails find it. */
  articleId?: string | null;
  claimId?: string | null;
  /** JSON-serialisable snapshots of the target before and after the change (omit for create / delete). */
  before?: unknown;
  after?: unknown;
}
