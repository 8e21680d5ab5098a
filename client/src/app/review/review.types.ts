import type { ClaimDto, ClaimReviewDto } from '@claimdesk/shared';

/*
 * Response shapes of the comments, audit and events APIs that shared/src/dto.ts does not (yet) declare;
 * they mirror server/src/comments/dto, server/src/audit/dto and server/src/events/claimdesk-event.ts.
 */

export interface PersonRef {
  id: string;
  displayName: string;
}

export interface CommentDto {
  id: string;
  claimId: string;
  articleId: string;
  author: PersonRef;
  body: string | null;
  deleted: boolean;
  edited: boolean;
  version: number;
  createdAt: string;
  editedAt: string | null;
  deletedAt: string | null;
  editableUntil: string;
}

export interface AuditEntryDto {
  seq: number;
  id: string;
  actor: PersonRef | null;
  action: string;
  targetType: string;
  targetId: string;
  articleId: string | null;
  claimId: string | null;
  createdAt: string;
}

export interface ClaimDeskEvent {
  id: string;
  type: string;
  articleId: string | null;
  claimId?: string | null;
  actor: PersonRef | null;
  at: string;
  data?: unknown;
}

/** The event types the article stream sends that this page reacts to. */
export const ARTICLE_EVENT_TYPES = [
  'claim.updated',
  'claim.created',
  'claim.deleted',
  'article.updated',
  'verdict.updated',
  'source.created',
  'source.updated',
  'source.removed',
  'comment.created',
  'comment.updated',
  'comment.deleted',
] as const;

/** claim.updated carries either the claim or a workflow answer {claim, verdict}. */
export function claimOfEvent(data: unknown): ClaimDto | null {
  if (typeof data !== 'object' || data === null) return null;
  const review = data as Partial<ClaimReviewDto>;
  if (review.claim && typeof review.claim === 'object') return review.claim;
  const claim = data as Partial<ClaimDto>;
  return typeof claim.id === 'string' && typeof claim.start === 'number' ? (claim as ClaimDto) : null;
}

/** "Maria Lopez started research on “The council spent…”" style wording of an event. */
export function describeEvent(event: ClaimDeskEvent, claim: ClaimDto | null): string {
  const who = event.actor?.displayName ?? 'Someone';
  const what = claim ? `claim “${truncate(claim.checkedText ?? claim.text, 60)}”` : 'a claim';
  switch (event.type) {
    case 'claim.updated':
      return `${who} changed ${what}${claim ? ` (now ${claim.state.replace('_', ' ')})` : ''}`;
    case 'claim.created':
      return `${who} added ${what}`;
    case 'claim.deleted':
      return `${who} removed a claim`;
    case 'source.created':
      return `${who} added a source to ${what}`;
    case 'source.updated':
      return `${who} edited a source of ${what}`;
    case 'source.removed':
      return `${who} removed a source from ${what}`;
    case 'verdict.updated':
      return `${who} updated the verdict of ${what}`;
    case 'comment.created':
      return `${who} commented on ${what}`;
    default:
      return `${who} changed ${what}`;
  }
}

export function truncate(text: string, length: number): string {
  return text.length <= length ? text : `${text.slice(0, length - 1)}…`;
}
