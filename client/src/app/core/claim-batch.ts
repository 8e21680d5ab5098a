import { HttpClient } from '@angular/common/http';
import { signal } from '@angular/core';
import type { ClaimDto, ClaimState } from '@claimdesk/shared';
import { Observable, firstValueFrom } from 'rxjs';

import { ApiError, toApiError } from './api-error';

/** States in which a claim can still be handed to someone or set aside. */
export const ASSIGNABLE: readonly ClaimState[] = ['detected', 'in_research', 'changes_requested'];

/** What one bulk step did: the claims as the server now has them, a sentence for a live region, the first refusal. */
export interface ClaimBatchOutcome {
  updated: ClaimDto[];
  result: string;
  error: ApiError | null;
}

/** A set of selected claim ids, shared by the editor's desk and the article review page. */
export class ClaimSelection {
  readonly ids = signal<ReadonlySet<string>>(new Set());

  toggle(claimId: string, on: boolean): void {
    this.ids.update((current) => {
      const next = new Set(current);
      if (on) next.add(claimId);
      else next.delete(claimId);
      return next;
    });
  }

  set(claimIds: readonly string[]): void {
    this.ids.set(new Set(claimIds));
  }

  clear(): void {
    this.ids.set(new Set());
  }
}

/** The two bulk steps, each sent with the claim's own version. */
export const claimBatchSteps = {
  assign: (http: HttpClient, assigneeId: string) => (claim: ClaimDto) =>
    http.post<ClaimDto>(`/api/claims/${claim.id}/assign`, { version: claim.version, assigneeId }),
  dismiss: (http: HttpClient, reason: string) => (claim: ClaimDto) =>
    http.post<ClaimDto>(`/api/claims/${claim.id}/dismiss`, { version: claim.version, reason }),
};

/** One request per claim; a refusal (a 409 on a stale version, say) does not stop the others, and is reported. */
export async function sendEachClaim(
  claims: readonly ClaimDto[],
  done: string,
  send: (claim: ClaimDto) => Observable<ClaimDto>,
): Promise<ClaimBatchOutcome> {
  const outcomes = await Promise.allSettled(claims.map((claim) => firstValueFrom(send(claim))));
  const updated = outcomes.flatMap((outcome) => (outcome.status === 'fulfilled' ? [outcome.value] : []));
  const failed = outcomes.flatMap((outcome) => (outcome.status === 'rejected' ? [outcome.reason] : []));
  const result = `${updated.length} ${updated.length === 1 ? 'claim' : 'claims'} ${done}.`;
  if (failed.length === 0) return { updated, result, error: null };
  const first = toApiError(failed[0]);
  return { updated, result, error: { ...first, message: `${failed.length} not ${done}: ${first.message}` } };
}
