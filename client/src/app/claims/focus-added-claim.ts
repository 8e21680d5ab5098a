import { afterNextRender, type Injector } from '@angular/core';
import type { ClaimDto } from '@claimdesk/shared';

/**
 * After "Show more", keyboard and screen-reader users carry on from the first claim the page added: once
 * rendered, its link or card (marked `data-claim-id`) takes focus, or `fallback` when nothing was added.
 */
export function focusAddedClaim(
  host: HTMLElement,
  injector: Injector,
  added: readonly ClaimDto[],
  fallback?: HTMLElement,
): void {
  afterNextRender(
    () => {
      const marked = host.querySelectorAll<HTMLElement>('[data-claim-id]');
      const first = Array.from(marked).find((element) => element.dataset['claimId'] === added[0]?.id);
      (first ?? fallback)?.focus();
    },
    { injector },
  );
}
