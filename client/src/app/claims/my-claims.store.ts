import { HttpClient } from '@angular/common/http';
import { Injectable, computed, inject, signal } from '@angular/core';
import {
  CLAIM_STATES,
  CLAIM_STATE_INFO,
  type ClaimDto,
  type ClaimState,
  type MyClaimsDto,
} from '@claimdesk/shared';
import { firstValueFrom } from 'rxjs';

import { ApiError, toApiError } from '../core/api-error';
import { ClaimPages } from './claim-pages';

export const MY_CLAIMS_URL = '/api/me/claims';
/** Claims fetched at a time; "Show more" fetches the next page. */
export const MY_CLAIMS_PAGE = 100;

export interface ClaimGroup {
  state: ClaimState;
  label: string;
  /** Everything assigned to me in this state, loaded or not. */
  count: number;
  claims: ClaimDto[];
}

function sameCounts(a: Record<ClaimState, number>, b: Record<ClaimState, number>): boolean {
  return CLAIM_STATES.every((state) => (a[state] ?? 0) === (b[state] ?? 0));
}

const NO_COUNTS = Object.fromEntries(CLAIM_STATES.map((state) => [state, 0])) as Record<ClaimState, number>;

/** The claims assigned to the logged-in user across articles, grouped by review state, a page at a time. */
@Injectable({ providedIn: 'root' })
export class MyClaimsStore {
  private readonly http = inject(HttpClient);
  private readonly pages = new ClaimPages();
  private readonly countsState = signal<Record<ClaimState, number>>(NO_COUNTS);
  private readonly loadingState = signal(false);
  private readonly loadingMoreState = signal(false);
  private readonly errorState = signal<ApiError | null>(null);
  private readonly changedState = signal(false);
  /** Answers to a load that a newer load replaced are dropped. */
  private generation = 0;

  readonly loading = this.loadingState.asReadonly();
  readonly loadingMore = this.loadingMoreState.asReadonly();
  readonly error = this.errorState.asReadonly();
  readonly loaded = computed(() => this.pages.items().length);
  readonly total = computed(() => Object.values(this.countsState()).reduce((sum, count) => sum + count, 0));
  readonly hasMore = this.pages.hasMore;
  /**
   * The list is newest change first, so a claim changed while pages are being read moves ahead of them and
   * would be missed: when the counts move between pages, or the last page leaves the list short, say so.
   */
  readonly changedSinceLoad = computed(
    () => this.changedState() || (!this.hasMore() && this.loaded() < this.total()),
  );
  readonly groups = computed<ClaimGroup[]>(() =>
    CLAIM_STATES.map((state) => ({
      state,
      label: CLAIM_STATE_INFO[state].label,
      count: this.countsState()[state],
      claims: this.pages.items().filter((claim) => claim.state === state),
    })).filter((group) => group.claims.length > 0),
  );

  articleTitle(articleId: string): string {
    return this.pages.articleTitle(articleId);
  }

  async load(): Promise<void> {
    const generation = ++this.generation;
    this.loadingState.set(true);
    this.loadingMoreState.set(false);
    this.errorState.set(null);
    this.changedState.set(false);
    try {
      const page = await this.fetch(null);
      if (generation !== this.generation) return;
      this.pages.replace(page);
      this.countsState.set(page.counts);
    } catch (error) {
      if (generation === this.generation) this.errorState.set(toApiError(error));
    } finally {
      if (generation === this.generation) this.loadingState.set(false);
    }
  }

  /**
   * The next page, added to what is shown; answers the claims it added (for focus). A failure keeps what is
   * shown and says why.
   */
  async loadMore(): Promise<ClaimDto[]> {
    const cursor = this.pages.cursor();
    if (cursor === null || this.loadingMoreState() || this.loadingState()) return [];
    const generation = this.generation;
    this.loadingMoreState.set(true);
    this.errorState.set(null);
    try {
      const page = await this.fetch(cursor);
      if (generation !== this.generation) return [];
      if (!sameCounts(page.counts, this.countsState())) this.changedState.set(true);
      this.pages.append(page);
      this.countsState.set(page.counts);
      return page.items;
    } catch (error) {
      if (generation === this.generation) this.errorState.set(toApiError(error));
      return [];
    } finally {
      if (generation === this.generation) this.loadingMoreState.set(false);
    }
  }

  private fetch(cursor: string | null): Promise<MyClaimsDto> {
    const params: Record<string, string | number> = { limit: MY_CLAIMS_PAGE };
    if (cursor !== null) params['cursor'] = cursor;
    return firstValueFrom(this.http.get<MyClaimsDto>(MY_CLAIMS_URL, { params }));
  }
}
