import { HttpClient } from '@angular/common/http';
import { Injectable, computed, inject, signal } from '@angular/core';
import type { ClaimDto } from '@claimdesk/shared';
import type { Observable } from 'rxjs';

import { ApiError } from '../core/api-error';
import { ClaimSelection, claimBatchSteps, sendEachClaim } from '../core/claim-batch';
import { ReviewStore } from './review.store';

/** Claims ticked in the review page's list, and the bulk steps on them (assign to one person, dismiss). */
@Injectable()
export class ReviewBulkStore {
  private readonly http = inject(HttpClient);
  private readonly review = inject(ReviewStore);
  private readonly selection = new ClaimSelection();
  private readonly busyState = signal(false);
  private readonly errorState = signal<ApiError | null>(null);
  private readonly resultState = signal('');

  readonly selected = this.selection.ids.asReadonly();
  readonly busy = this.busyState.asReadonly();
  readonly error = this.errorState.asReadonly();
  /** What the last bulk step did, in words, for a live region. */
  readonly result = this.resultState.asReadonly();
  /** Read from the review store at send time, so each claim goes with the version the page last saw. */
  readonly selectedClaims = computed(() =>
    this.review.claims().filter((claim) => this.selected().has(claim.id)),
  );

  toggle(claimId: string, on: boolean): void {
    this.selection.toggle(claimId, on);
  }

  selectAll(claims: readonly ClaimDto[], on: boolean): void {
    this.selection.set(on ? claims.map((claim) => claim.id) : []);
  }

  assign(assigneeId: string): Promise<void> {
    return this.each('assigned', claimBatchSteps.assign(this.http, assigneeId));
  }

  dismiss(reason: string): Promise<void> {
    return this.each('dismissed', claimBatchSteps.dismiss(this.http, reason));
  }

  private async each(done: string, send: (claim: ClaimDto) => Observable<ClaimDto>): Promise<void> {
    const claims = this.selectedClaims();
    if (claims.length === 0) return;
    this.busyState.set(true);
    this.errorState.set(null);
    const outcome = await sendEachClaim(claims, done, send);
    this.review.applyClaims(outcome.updated);
    // Claims that went through leave the selection; refused ones stay ticked to retry after a reload.
    for (const claim of outcome.updated) this.selection.toggle(claim.id, false);
    this.resultState.set(outcome.result);
    this.errorState.set(outcome.error);
    this.busyState.set(false);
  }
}
