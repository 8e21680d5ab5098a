import { HttpClient } from '@angular/common/http';
import { Injectable, computed, inject, signal } from '@angular/core';
import {
  CLAIM_STATE_INFO,
  type ClaimDto,
  type ClaimReviewDto,
  type Page,
  type ReviewQueueArticleDto,
  type ReviewQueuePage,
  type UserDto,
} from '@claimdesk/shared';
import { firstValueFrom } from 'rxjs';

import { ApiError, itemsOf, toApiError } from '../core/api-error';
import { DeskPages } from './desk-pages';
import {
  NO_DESK_FILTERS,
  REVIEW_QUEUE_MAX_PAGE,
  REVIEW_QUEUE_PAGE,
  REVIEW_QUEUE_URL,
  inQuotes,
  queueParams,
  type DeskAction,
  type DeskEntry,
  type DeskFilters,
  type DeskView,
} from './review-queue';

/** A decision the server refused, said on the card it was made on. */
export interface DeskProblem {
  claimId: string;
  message: string;
}

export const CHANGED_MEANWHILE =
  'Someone changed this claim since you read it. It now shows as it is: read it again before deciding.';

/**
 * The editor's desk: claims in review (oldest submission first) or approved (most recently approved first, to
 * reopen) across articles, a page at a time. The server filters and counts, so the desk never reads the whole
 * queue.
 */
@Injectable()
export class EditorDeskStore {
  private readonly http = inject(HttpClient);
  private readonly pages = new DeskPages();
  private readonly usersState = signal<UserDto[]>([]);
  private readonly viewState = signal<DeskView>('in_review');
  private readonly filtersState = signal<DeskFilters>(NO_DESK_FILTERS);
  private readonly loadingState = signal(false);
  private readonly loadingMoreState = signal(false);
  private readonly busyState = signal(false);
  private readonly errorState = signal<ApiError | null>(null);
  private readonly problemState = signal<DeskProblem | null>(null);
  private readonly noticeState = signal('');
  /** Answers to a load that a newer one (another view or filter) replaced are dropped. */
  private generation = 0;

  readonly entries = this.pages.entries;
  readonly total = this.pages.total;
  readonly hasMore = this.pages.hasMore;
  readonly users = this.usersState.asReadonly();
  readonly view = this.viewState.asReadonly();
  readonly filters = this.filtersState.asReadonly();
  /** The first page of a view or filter is on its way: what was shown no longer answers the question. */
  readonly loading = this.loadingState.asReadonly();
  readonly loadingMore = this.loadingMoreState.asReadonly();
  readonly busy = this.busyState.asReadonly();
  /** Why the queue could not be read. */
  readonly error = this.errorState.asReadonly();
  /** Why the last decision was refused, for its card. */
  readonly problem = this.problemState.asReadonly();

  /** Why the last decision on this claim was refused, or null: each card shows only its own. */
  problemFor(claimId: string): string | null {
    const problem = this.problemState();
    return problem?.claimId === claimId ? problem.message : null;
  }
  /** The outcome of the last decision, for the page's live region. */
  readonly notice = this.noticeState.asReadonly();

  /** User id → display name, for verdict authors and approvers. */
  readonly names = computed(() => new Map(this.usersState().map((user) => [user.id, user.displayName])));
  readonly checkers = computed(() => this.usersState().filter((user) => user.role !== 'viewer'));

  /**
   * The articles with claims in this view, by title, for the article filter; the chosen one stays listed
   * after its last claim leaves the queue, so the filter never shows a choice that is not there.
   */
  readonly queueArticles = computed<ReviewQueueArticleDto[]>(() => {
    const listed = this.pages.articles();
    const chosen = this.filtersState().articleId;
    if (!chosen || listed.some((article) => article.id === chosen)) return listed;
    return [...listed, { id: chosen, title: this.articleTitle(chosen), count: 0 }].sort((a, b) =>
      a.title.localeCompare(b.title),
    );
  });

  articleTitle(articleId: string): string {
    return this.pages.articleTitle(articleId);
  }

  /** The first page of the queue, with the people the filters and the bulk panel offer. */
  async load(): Promise<void> {
    await this.readFirstPage(true);
  }

  async show(view: DeskView): Promise<void> {
    this.viewState.set(view);
    await this.readFirstPage(false);
  }

  /** The server filters, so another filter starts the queue again from its first page. */
  async filterBy(change: Partial<DeskFilters>): Promise<void> {
    this.filtersState.update((filters) => ({ ...filters, ...change }));
    await this.readFirstPage(false);
  }

  /**
   * The next page, added below what is shown; answers the entries it added (for focus). A failure keeps what
   * is shown and says why.
   */
  async loadMore(): Promise<DeskEntry[]> {
    const cursor = this.pages.cursor();
    if (cursor === null || this.loadingState() || this.loadingMoreState()) return [];
    const generation = this.generation;
    this.loadingMoreState.set(true);
    this.errorState.set(null);
    try {
      const page = await this.fetchPage(cursor);
      if (generation !== this.generation) return [];
      return this.pages.append(page);
    } catch (error) {
      if (generation === this.generation) this.errorState.set(toApiError(error));
      return [];
    } finally {
      if (generation === this.generation) this.loadingMoreState.set(false);
    }
  }

  /**
   * Approve, request changes or reopen; the decided claim leaves the list it was in. When someone else
   * changed or decided the claim first (409) or it is gone (404), what is shown is read again: a card that
   * left the view goes, with the counts, and the live region says so.
   */
  async decide(claimId: string, action: DeskAction, reason?: string): Promise<boolean> {
    const entry = this.pages.entries().find((candidate) => candidate.claim.id === claimId);
    if (!entry) return false;
    this.busyState.set(true);
    this.problemState.set(null);
    try {
      const body = { version: entry.claim.version, ...(reason ? { reason } : {}) };
      const path = action.replace(/_/g, '-');
      const generation = this.generation;
      await firstValueFrom(this.http.post<ClaimReviewDto>(`/api/claims/${claimId}/${path}`, body));
      // Another view or filter loaded meanwhile: it was read after the decision, so it needs no correction.
      if (generation === this.generation) this.pages.remove(entry);
      this.noticeState.set(`${this.describe(action)}: ${inQuotes(entry.claim.text)}`);
      return true;
    } catch (error) {
      const problem = toApiError(error);
      if (problem.status === 409 || problem.status === 404) await this.readAgainAfter(entry, problem);
      else this.problemState.set({ claimId, message: problem.message });
      return false;
    } finally {
      this.busyState.set(false);
    }
  }

  /** The queue as far as it is shown, read again quietly (the cards stay until the answer replaces them). */
  private async readAgainAfter(entry: DeskEntry, refusal: ApiError): Promise<void> {
    const generation = ++this.generation;
    this.loadingMoreState.set(false);
    try {
      const page = await this.fetchShown(Math.max(REVIEW_QUEUE_PAGE, this.pages.entries().length));
      if (generation !== this.generation) return;
      this.pages.replace(page);
    } catch {
      if (generation === this.generation)
        this.problemState.set({ claimId: entry.claim.id, message: refusal.message });
      return;
    } finally {
      if (generation === this.generation) this.loadingState.set(false);
    }
    if (this.pages.entries().some((shown) => shown.claim.id === entry.claim.id)) {
      this.problemState.set({ claimId: entry.claim.id, message: CHANGED_MEANWHILE });
      this.noticeState.set(`Changed meanwhile, shown as it is now: ${inQuotes(entry.claim.text)}`);
      return;
    }
    const current = refusal.details?.['current'] as ClaimDto | undefined;
    const now = current ? ` (now ${CLAIM_STATE_INFO[current.state].label.toLowerCase()})` : '';
    this.noticeState.set(
      refusal.status === 404
        ? `No longer exists, removed from the queue: ${inQuotes(entry.claim.text)}`
        : `Someone else decided it first${now}, removed from the queue: ${inQuotes(entry.claim.text)}`,
    );
  }

  /** At least `count` entries from the top of the queue (fewer if it has fewer), as one page. */
  private async fetchShown(count: number): Promise<ReviewQueuePage> {
    const items: ReviewQueuePage['items'] = [];
    let cursor: string | null = null;
    let page: ReviewQueuePage;
    do {
      page = await this.fetchPage(cursor, Math.min(REVIEW_QUEUE_MAX_PAGE, count - items.length));
      items.push(...page.items);
      cursor = page.nextCursor;
    } while (cursor !== null && items.length < count);
    return { ...page, items };
  }

  private async readFirstPage(withPeople: boolean): Promise<void> {
    const generation = ++this.generation;
    this.loadingState.set(true);
    this.loadingMoreState.set(false);
    this.errorState.set(null);
    try {
      const [page] = await Promise.all([this.fetchPage(null), withPeople ? this.loadPeople() : null]);
      if (generation === this.generation) this.pages.replace(page);
    } catch (error) {
      if (generation !== this.generation) return;
      this.pages.clear();
      this.errorState.set(toApiError(error));
    } finally {
      if (generation === this.generation) this.loadingState.set(false);
    }
  }

  private fetchPage(cursor: string | null, limit = REVIEW_QUEUE_PAGE): Promise<ReviewQueuePage> {
    const params = queueParams(this.viewState(), this.filtersState(), cursor, limit);
    return firstValueFrom(this.http.get<ReviewQueuePage>(REVIEW_QUEUE_URL, { params }));
  }

  private async loadPeople(): Promise<void> {
    const users = await firstValueFrom(this.http.get<UserDto[] | Page<UserDto>>('/api/users'));
    this.usersState.set(itemsOf(users));
  }

  private describe(action: DeskAction): string {
    switch (action) {
      case 'approve':
        return 'Approved';
      case 'request_changes':
        return 'Changes requested';
      case 'reopen':
        return 'Reopened';
      default: {
        const unhandled: never = action;
        return String(unhandled);
      }
    }
  }
}
