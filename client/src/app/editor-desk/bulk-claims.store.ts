import { HttpClient } from '@angular/common/http';
import { Injectable, computed, inject, signal } from '@angular/core';
import type { ClaimDto, ClaimState, Page } from '@claimdesk/shared';
import { firstValueFrom } from 'rxjs';

import { ApiError, toApiError } from '../core/api-error';

/** States in which a claim can still be handed to someone or set aside. */
const ASSIGNABLE: readonly ClaimState[] = ['detected', 'in_research', 'changes_requested'];

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
  readonly selected = signal<ReadonlySet<string>>(new Set());
  readonly selectedClaims = computed(() =>
    this.claimsState().filter((claim) => this.selected().has(claim.id)),
  );

  async loadArticle(articleId: string): Promise<void> {
    this.articleId.set(articleId);
    this.selected.set(new Set());
    this.claimsState.set([]);
    if (!articleId) return;
    this.errorState.set(null);
    try {
      const page = await firstValueFrom(
        this.http.get<Page<ClaimDto>>(`/api/articles/${articleId}/claims`, { params: { limit: 200 } }),
      );
      this.claimsState.set(page.items.filter((claim) => ASSIGNABLE.includes(claim.state)));
    } catch (error) {
      this.errorState.set(toApiError(error));
    }
  }

  toggle(claimId: string, on: boolean): void {
    this.selected.update((current) => {
      const next = new Set(current);
      if (on) next.add(claimId);
      else next.delete(claimId);
      return next;
    });
  }

  selectAll(on: boolean): void {
    this.selected.set(on ? new Set(this.claimsState().map((claim) => claim.id)) : new Set());
  }

  assign(assigneeId: string): Promise<void> {
    return this.each('assigned', (claim) =>
      this.http.post<ClaimDto>(`/api/claims/${claim.id}/assign`, { version: claim.version, assigneeId }),
    );
  }

  dismiss(reason: string): Promise<void> {
    return this.each('dismissed', (claim) =>
      this.http.post<ClaimDto>(`/api/claims/${claim.id}/dismiss`, { version: claim.version, reason }),
    );
  }

  /** One request per claim; a refusal on one claim does not stop the others, and is reported. */
  private async each(done: string, send: (claim: ClaimDto) => ReturnType<HttpClient['post']>): Promise<void> {
    this.busyState.set(true);
    this.errorState.set(null);
    const outcomes = await Promise.allSettled(
      this.selectedClaims().map((claim) => firstValueFrom(send(claim))),
    );
    const failed = outcomes.filter((outcome) => outcome.status === 'rejected');
    const succeeded = outcomes.length - failed.length;
    this.resultState.set(`${succeeded} ${succeeded === 1 ? 'claim' : 'claims'} ${done}.`);
    if (failed.length > 0) {
      const first = toApiError((failed[0] as PromiseRejectedResult).reason);
      this.errorState.set({ ...first, message: `${failed.length} not ${done}: ${first.message}` });
    }
    this.busyState.set(false);
    await this.loadArticle(this.articleId());
  }
}
