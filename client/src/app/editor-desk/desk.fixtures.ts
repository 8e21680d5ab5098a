import type { ReviewQueueEntryDto, ReviewQueuePage, VerdictDto } from '@claimdesk/shared';

import { makeClaim } from '../../testing/fixtures';

/** A submitted verdict for desk tests. */
export function makeVerdict(overrides: Partial<VerdictDto> = {}): VerdictDto {
  return {
    id: 'v-1',
    claimId: 'c-1',
    rating: 'mostly_true',
    rationale: 'The **figures** agree.',
    rationaleHtml: '<p>The <strong>figures</strong> agree.</p>',
    authorId: 'u-checker',
    sourceIds: [],
    createdAt: '2026-01-03T10:00:00.000Z',
    approvedBy: null,
    approvedAt: null,
    revision: 1,
    changesRequestedBy: null,
    changesRequestedAt: null,
    changesRequestedReason: null,
    reopenedBy: null,
    reopenedAt: null,
    reopenReason: null,
    ...overrides,
  };
}

/** A claim in review with one verdict by the checker, as GET /api/review-queue sends it. */
export function makeQueueEntry(
  id: string,
  overrides: { articleId?: string; text?: string; verdict?: Partial<VerdictDto> } = {},
): ReviewQueueEntryDto {
  const verdict = makeVerdict({ id: `v-${id}`, claimId: id, ...overrides.verdict });
  return {
    claim: makeClaim({
      id,
      state: 'in_review',
      articleId: overrides.articleId ?? 'a-1',
      text: overrides.text ?? `Claim ${id}.`,
    }),
    verdict,
    history: [verdict],
    sources: [],
    actions: [{ action: 'approve', label: 'Approve', allowed: true, needsInput: [] }],
  };
}

/** A page of the queue: by default the last, with every entry on it. */
export function makeQueuePage(
  items: ReviewQueueEntryDto[],
  overrides: Partial<ReviewQueuePage> = {},
): ReviewQueuePage {
  return {
    items,
    nextCursor: null,
    total: items.length,
    articles: [{ id: 'a-1', title: 'Council spends more on roads', count: items.length }],
    ...overrides,
  };
}
