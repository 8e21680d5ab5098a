import { HttpClient } from '@angular/common/http';
import { Injectable, computed, inject, signal } from '@angular/core';
import type { ClaimDto, Page } from '@claimdesk/shared';
import { Observable, firstValueFrom } from 'rxjs';

import { ApiError, toApiError } from '../core/api-error';
import { ASSIGNABLE, ClaimSelection, claimBatchSteps, sendEachClaim } from '../core/claim-batch';

/** Several claims of one article at once: select, then assign to one checker or dismiss with one reason. */
@Injectable()
export class BulkClaimsStore {
  private readonly http = inject(HttpClient);
  private readonly claimsState = signal<ClaimDto[]>([]);
  private readonly busyState = signal(false);
  private readonly errorState = signal<ApiError | null>(null);
  private readonly resultState = signal('');

  readonly claims = this.claimsState.asReadonly();
  readonly busy = this.busyState.asReadonly();
  readonly error = this.errorState.asReadonly();
  /** What the last bulk step did, in words, for a live region. */
  readonly result = this.resultState.asReadonly();
  readonly articleId = signal('');
  private readonly selection = new ClaimSelection();
  readonly selected = this.selection.ids.asReadonly();
  readonly selectedClaims = computed(() =>
    this.claimsState().filter((claim) => this.selected().has(claim.id)),
  );

  async loadArticle(articleId: string): Promise<void> {
    this.articleId.set(articleId);
    this.selection.clear();
    this.claimsState.set([]);
    if (!articleId) return;
    this.errorState.set(null);
    try {
      const page = await firstValueFrom(
        this.http.get<Page<ClaimDto>>(`/api/articles/${articleId}/claims`, { params: { limit: 200 } }),
      );
      // Another article was chosen (or the choice cleared) while this one loaded: its claims must not show
      // under the other, where Assign or Dismiss would act on them.
      if (this.articleId() !== articleId) return;
      this.claimsState.set(page.items.filter((claim) => ASSIGNABLE.includes(claim.state)));
    } catch (error) {
      if (this.articleId() === articleId) this.errorState.set(toApiError(error));
    }
  }

  toggle(claimId: string, on: boolean): void {
    this.selection.toggle(claimId, on);
  }

  selectAll(on: boolean): void {
    this.selection.set(on ? this.claimsState().map((claim) => claim.id) : []);
  }

  assign(assigneeId: string): Promise<void> {
    return this.each('assigned', claimBatchSteps.assign(this.http, assigneeId));
  }

  dismiss(reason: string): Promise<void> {
    return this.each('dismissed', claimBatchSteps.dismiss(this.http, reason));
  }

  private async each(done: string, send: (claim: ClaimDto) => Observable<ClaimDto>): Promise<void> {
    this.busyState.set(true);
    this.errorState.set(null);
    const outcome = await sendEachClaim(this.selectedClaims(), done, send);
    this.resultState.set(outcome.result);
    this.errorState.set(outcome.error);
    this.busyState.set(false);
    await this.loadArticle(this.articleId());
  }
}
