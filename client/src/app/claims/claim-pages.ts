import { computed, signal } from '@angular/core';
import type { ClaimDto, ClaimSearchPage } from '@claimdesk/shared';

/**
 * The claims read so far from a cross-article list, the titles of their articles and where the next page
 * starts: what My claims and claim search both keep.
 */
export class ClaimPages {
  private readonly itemsState = signal<ClaimDto[]>([]);
  private readonly titlesState = signal<Readonly<Record<string, string>>>({});
  private readonly cursorState = signal<string | null>(null);

  readonly items = this.itemsState.asReadonly();
  readonly cursor = this.cursorState.asReadonly();
  readonly hasMore = computed(() => this.cursorState() !== null);

  /** A first page: what was shown before goes. */
  replace(page: ClaimSearchPage): void {
    this.itemsState.set(page.items);
    this.titlesState.set(page.articleTitles);
    this.cursorState.set(page.nextCursor);
  }

  /** A next page, added below. */
  append(page: ClaimSearchPage): void {
    this.itemsState.update((items) => [...items, ...page.items]);
    this.titlesState.update((titles) => ({ ...titles, ...page.articleTitles }));
    this.cursorState.set(page.nextCursor);
  }

  clear(): void {
    this.replace({ items: [], articleTitles: {}, nextCursor: null });
  }

  articleTitle(articleId: string): string {
    return this.titlesState()[articleId] ?? 'Article';
  }
}
