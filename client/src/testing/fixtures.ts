import type { ArticleDto, ClaimDto, ClaimState, UserDto } from '@claimdesk/shared';
import { CLAIM_STATES } from '@claimdesk/shared';

export function makeUser(overrides: Partial<UserDto> = {}): UserDto {
  return {
    id: 'u-checker',
    email: 'checker@claimdesk.test',
    displayName: 'Chris Checker',
    role: 'checker',
    active: true,
    createdAt: '2026-01-01T00:00:00.000Z',
    deactivatedAt: null,
    ...overrides,
  };
}

export function zeroCounts(): Record<ClaimState, number> {
  return Object.fromEntries(CLAIM_STATES.map((state) => [state, 0])) as Record<ClaimState, number>;
}

export function makeArticle(overrides: Partial<ArticleDto> = {}): ArticleDto {
  return {
    id: 'a-1',
    title: 'Council spends more on roads',
    outlet: 'The Gazette',
    author: 'Ann Reporter',
    url: null,
    publishedAt: null,
    importedBy: 'u-editor',
    importedAt: '2026-01-02T10:00:00.000Z',
    claimCounts: zeroCounts(),
    claimTotal: 0,
    text: 'The council spent $5m on roads. Crime fell 10% last year. Nobody knows why.',
    ...overrides,
  };
}

export function makeClaim(overrides: Partial<ClaimDto> = {}): ClaimDto {
  return {
    id: 'c-1',
    articleId: 'a-1',
    text: 'The council spent $5m on roads.',
    checkedText: null,
    start: 0,
    end: 31,
    score: 0.9,
    origin: 'extraction',
    type: 'quantity',
    speaker: null,
    quoted: false,
    state: 'detected',
    assigneeId: null,
    dismissReason: null,
    version: 1,
    createdAt: '2026-01-02T10:00:00.000Z',
    updatedAt: '2026-01-02T10:00:00.000Z',
    ...overrides,
  };
}
