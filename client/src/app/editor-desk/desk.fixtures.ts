import type { VerdictDto } from '@claimdesk/shared';

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
