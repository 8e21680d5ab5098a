import { HttpClient } from '@angular/common/http';
import { Injectable, inject, signal } from '@angular/core';
import type { ClaimDto, ClaimSearchPage, ClaimState, ClaimType } from '@claimdesk/shared';
import { firstValueFrom } from 'rxjs';

import { ApiError, toApiError } from '../core/api-error';
import { ClaimPages } from './claim-pages';

export const CLAIM_SEARCH_URL = '/api/claims';
export const CLAIM_SEARCH_PAGE = 50;

export type ClaimSearchSort = 'updatedAt' | 'score';

/** What the person searched for; empty strings mean "any". */
export interface ClaimSearch {
  q: string;
  speaker: string;
  state: ClaimState | '';
  type: ClaimType | '';
  sort: ClaimSearchSort;
}

export const ANY_CLAIM: ClaimSearch = { q: '', speaker: '', state: '', type: '', sort: 'updatedAt' };

/** Claims across every article matching a search, a page at a time, each with its article's title. */
@Injectable()
export class ClaimSearchStore {
  private readonly http = inject(HttpClient);
  private readonly pages = new ClaimPages();
  private readonly loadingState = signal(false);
  private readonly errorState = signal<ApiError | null>(null);
  private readonly searchedState = signal<ClaimSearch | null>(null);
  /** Answers to an older search that arrive late are dropped. */
  private generation = 0;

  readonly results = this.pages.items;
  readonly loading = this.loadingState.asReadonly();
  readonly error = this.errorState.asReadonly();
  /** The search the results belong to, or null before the first. */
  readonly searched = this.searchedState.asReadonly();
  readonly hasMore = this.pages.hasMore;

  articleTitle(articleId: string): string {
    return this.pages.articleTitle(articleId);
  }

  async search(criteria: ClaimSearch): Promise<void> {
    const generation = ++this.generation;
    this.searchedState.set(criteria);
    this.pages.clear();
    await this.fetch(criteria, null, generation);
  }

  /** The next page, added below; answers the claims it added. */
  async loadMore(): Promise<ClaimDto[]> {
    const criteria = this.searchedState();
    const cursor = this.pages.cursor();
    if (!criteria || cursor === null || this.loadingState()) return [];
    return this.fetch(criteria, cursor, this.generation);
  }

  private async fetch(criteria: ClaimSearch, cursor: string | null, generation: number): Promise<ClaimDto[]> {
    this.loadingState.set(true);
    this.errorState.set(null);
    try {
      const page = await firstValueFrom(
        this.http.get<ClaimSearchPage>(CLAIM_SEARCH_URL, { params: toParams(criteria, cursor) }),
      );
      if (generation !== this.generation) return [];
      this.pages.append(page);
      return page.items;
    } catch (error) {
      if (generation === this.generation) this.errorState.set(toApiError(error));
      return [];
    } finally {
      if (generation === this.generation) this.loadingState.set(false);
    }
  }
}

function toParams(criteria: ClaimSearch, cursor: string | null): Record<string, string | number> {
  const params: Record<string, string | number> = { sort: criteria.sort, limit: CLAIM_SEARCH_PAGE };
  if (criteria.q.trim()) params['q'] = criteria.q.trim();
  if (criteria.speaker.trim()) params['speaker'] = criteria.speaker.trim();
  if (criteria.state) params['state'] = criteria.state;
  if (criteria.type) params['type'] = criteria.type;
  if (cursor !== null) params['cursor'] = cursor;
  return params;
}
