import type { ReviewQueueEntryDto, ReviewQueueView, VerdictRating } from '@claimdesk/shared';

import { asVerdictAuthor } from '../review/claim-actions';

export const REVIEW_QUEUE_URL = '/api/review-queue';
/** Verdicts fetched at a time; "Show more" fetches the next page. */
export const REVIEW_QUEUE_PAGE = 25;
/** The most the server sends in one page, when the desk reads again what it shows. */
export const REVIEW_QUEUE_MAX_PAGE = 100;

/** One claim on the desk with everything an editor reads before deciding. */
export type DeskEntry = ReviewQueueEntryDto;
export type DeskView = ReviewQueueView;
export type DeskAction = 'approve' | 'request_changes' | 'reopen';

export interface DeskFilters {
  articleId: string;
  checkerId: string;
  rating: VerdictRating | '';
}

export const NO_DESK_FILTERS: DeskFilters = { articleId: '', checkerId: '', rating: '' };
const DESK_ACTIONS: readonly string[] = ['approve', 'request_changes', 'reopen'];

/** The query for one page of the queue: the server filters, so only the filters chosen are sent. */
export function queueParams(
  view: DeskView,
  filters: DeskFilters,
  cursor: string | null,
  limit = REVIEW_QUEUE_PAGE,
): Record<string, string | number> {
  const params: Record<string, string | number> = { view, limit };
  for (const key of ['articleId', 'checkerId', 'rating'] as const) {
    if (filters[key]) params[key] = filters[key];
  }
  if (cursor !== null) params['cursor'] = cursor;
  return params;
}

/** An entry as the desk shows it: only the decisions made here, worded for whoever reads them. */
export function toDeskEntry(entry: ReviewQueueEntryDto): DeskEntry {
  // On the desk the refused approver is always the verdict's author.
  const actions = asVerdictAuthor(entry.actions.filter((action) => DESK_ACTIONS.includes(action.action)));
  return { ...entry, actions };
}

/** A claim's words for an announcement: in quote marks, unless the claim has its own (it quotes someone). */
export function inQuotes(text: string): string {
  return /[“”"]/.test(text) ? text : `“${text}”`;
}
