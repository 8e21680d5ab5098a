import { computed, signal } from '@angular/core';
import type { ReviewQueueArticleDto, ReviewQueuePage } from '@claimdesk/shared';

import { toDeskEntry, type DeskEntry } from './review-queue';

/**
 * The review queue read so far: its entries, how many match in all, the articles the view spans and where the
 * next page starts.
 */
export class DeskPages {
  private readonly entriesState = signal<DeskEntry[]>([]);
  private readonly totalState = signal<number | null>(null);
  private readonly articlesState = signal<ReviewQueueArticleDto[]>([]);
  /** Article id → title from every page read, so a chosen article keeps its name after it leaves the view. */
  private readonly titlesState = signal<Readonly<Record<string, string>>>({});
  private readonly cursorState = signal<string | null>(null);

  readonly entries = this.entriesState.asReadonly();
  /** Entries matching the view and filters on every page; null while unknown (the first page failed). */
  readonly total = this.totalState.asReadonly();
  readonly articles = this.articlesState.asReadonly();
  readonly cursor = this.cursorState.asReadonly();
  readonly hasMore = computed(() => this.cursorState() !== null);

  /** A first page: what was shown before goes. */
  replace(page: ReviewQueuePage): void {
    this.entriesState.set(page.items.map(toDeskEntry));
    this.takeCountsAndCursor(page);
  }

  /** A next page, added below; answers the entries it added. */
  append(page: ReviewQueuePage): DeskEntry[] {
    const fresh = new Map(page.items.map((item) => [item.claim.id, toDeskEntry(item)]));
    const shown = this.entriesState();
    // A verdict resubmitted while the queue is read comes round again: its newer copy replaces the one shown.
    const added = [...fresh.values()].filter(
      (entry) => !shown.some((old) => old.claim.id === entry.claim.id),
    );
    this.entriesState.set([...shown.map((old) => fresh.get(old.claim.id) ?? old), ...added]);
    this.takeCountsAndCursor(page);
    return added;
  }

  /** Nothing known: shown after a first page fails, rather than another view's claims. */
  clear(): void {
    this.entriesState.set([]);
    this.totalState.set(null);
    this.cursorState.set(null);
  }

  /** A decided claim leaves the view, and its article's count with it (only if it was shown here). */
  remove(entry: DeskEntry): void {
    const shown = this.entriesState();
    if (!shown.some((candidate) => candidate.claim.id === entry.claim.id)) return;
    this.entriesState.set(shown.filter((candidate) => candidate.claim.id !== entry.claim.id));
    this.totalState.update((total) => (total === null ? null : Math.max(0, total - 1)));
    this.articlesState.update((articles) =>
      articles
        .map((article) =>
          article.id === entry.claim.articleId ? { ...article, count: article.count - 1 } : article,
        )
        .filter((article) => article.count > 0),
    );
  }

  articleTitle(articleId: string): string {
    return this.titlesState()[articleId] ?? 'Untitled article';
  }

  private takeCountsAndCursor(page: ReviewQueuePage): void {
    this.totalState.set(page.total);
    this.articlesState.set(page.articles);
    this.titlesState.update((titles) => ({
      ...titles,
      ...Object.fromEntries(page.articles.map((article) => [article.id, article.title])),
    }));
    this.cursorState.set(page.nextCursor);
  }
}
