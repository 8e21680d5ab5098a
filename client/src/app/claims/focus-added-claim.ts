import { afterNextRender, type Injector } from '@angular/core';
import type { ClaimDto } from '@claimdesk/shared';

/**
 * After "Show more", keyboard and screen-reader users carry on from the first claim the page added: once
 * rendered, its link (marked `data-claim-id`) takes focus, or `fallback` when nothing was added.
 */
export function focusAddedClaim(
  host: HTMLElement,
  injector: Injector,
  added: readonly ClaimDto[],
  fallback?: HTMLElement,
): void {
  afterNextRender(
    () => {
      const links = host.querySelectorAll<HTMLElement>('a[data-claim-id]');
      const first = Array.from(links).find((link) => link.dataset['claimId'] === added[0]?.id);
      (first ?? fallback)?.focus();
    },
    { injector },
  );
}
