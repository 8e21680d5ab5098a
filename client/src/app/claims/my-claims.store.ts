import { HttpClient } from '@angular/common/http';
import { Injectable, computed, inject, signal } from '@angular/core';
import {
  CLAIM_STATES,
  CLAIM_STATE_INFO,
  type ArticleSummaryDto,
  type ClaimDto,
  type ClaimState,
  type MyClaimsDto,
  type Page,
} from '@claimdesk/shared';
import { firstValueFrom } from 'rxjs';

import { ApiError, itemsOf, toApiError } from '../core/api-error';

export const MY_CLAIMS_URL = '/api/me/claims';

export interface ClaimGroup {
  state: ClaimState;
  label: string;
  claims: ClaimDto[];
}

/** The claims assigned to the logged-in user across articles, grouped by review state. */
@Injectable({ providedIn: 'root' })
export class MyClaimsStore {
  private readonly http = inject(HttpClient);
  private readonly claimsState = signal<ClaimDto[]>([]);
  private readonly titlesState = signal<ReadonlyMap<string, string>>(new Map());
  private readonly loadingState = signal(false);
  private readonly errorState = signal<ApiError | null>(null);

  readonly loading = this.loadingState.asReadonly();
  readonly error = this.errorState.asReadonly();
  readonly total = computed(() => this.claimsState().length);
  readonly groups = computed<ClaimGroup[]>(() =>
    CLAIM_STATES.map((state) => ({
      state,
      label: CLAIM_STATE_INFO[state].label,
      claims: this.claimsState().filter((claim) => claim.state === state),
    })).filter((group) => group.claims.length > 0),
  );

  articleTitle(articleId: string): string {
    return this.titlesState().get(articleId) ?? 'Article';
  }

  async load(): Promise<void> {
    this.loadingState.set(true);
    this.errorState.set(null);
    try {
      const [claims, articles] = await Promise.all([
        firstValueFrom(this.http.get<MyClaimsDto>(MY_CLAIMS_URL)),
        // Titles are a nicety: the list still shows without them.
        firstValueFrom(this.http.get<ArticleSummaryDto[] | Page<ArticleSummaryDto>>('/api/articles')).catch(
          () => [],
        ),
      ]);
      this.claimsState.set(claims.items);
      this.titlesState.set(new Map(itemsOf(articles).map((article) => [article.id, article.title])));
    } catch (error) {
      this.errorState.set(toApiError(error));
    } finally {
      this.loadingState.set(false);
    }
  }
}
