import { HttpClient } from '@angular/common/http';
import { Injectable, computed, inject, signal } from '@angular/core';
import type {
  ArticleSummaryDto,
  AvailableAction,
  ClaimDto,
  ClaimSearchPage,
  ClaimReviewDto,
  Page,
  SourceDto,
  UserDto,
  VerdictDto,
  VerdictRating,
} from '@claimdesk/shared';
import { firstValueFrom } from 'rxjs';

import { ApiError, itemsOf, toApiError } from '../core/api-error';

/** One claim on the desk with everything an editor reads before deciding. */
export interface DeskEntry {
  claim: ClaimDto;
  /** The current verdict: the last revision. */
  verdict: VerdictDto | null;
  history: VerdictDto[];
  sources: SourceDto[];
  actions: AvailableAction[];
}

export type DeskView = 'in_review' | 'approved';
export type DeskAction = 'approve' | 'request_changes' | 'reopen';

export interface DeskFilters {
  articleId: string;
  checkerId: string;
  rating: VerdictRating | '';
}

export const NO_DESK_FILTERS: DeskFilters = { articleId: '', checkerId: '', rating: '' };
const DESK_ACTIONS: readonly string[] = ['approve', 'request_changes', 'reopen'];
export const OWN_VERDICT_REASON = 'A second editor must approve your own verdict';

function submittedAt(entry: DeskEntry): string {
  return entry.verdict?.createdAt ?? entry.claim.updatedAt;
}

/** The editor's desk: claims in review (or approved, to reopen) across articles, oldest submission first. */
@Injectable()
export class EditorDeskStore {
  private readonly http = inject(HttpClient);
  private readonly entriesState = signal<DeskEntry[]>([]);
  private readonly articlesState = signal<ArticleSummaryDto[]>([]);
  /** Article id → title, as the claim pages name them (any article, however old). */
  private readonly titlesState = signal<Readonly<Record<string, string>>>({});
  private readonly usersState = signal<UserDto[]>([]);
  private readonly loadingState = signal(false);
  private readonly busyState = signal(false);
  private readonly errorState = signal<ApiError | null>(null);
  private readonly noticeState = signal('');

  readonly entries = this.entriesState.asReadonly();
  readonly articles = this.articlesState.asReadonly();
  readonly users = this.usersState.asReadonly();
  readonly loading = this.loadingState.asReadonly();
  readonly busy = this.busyState.asReadonly();
  readonly error = this.errorState.asReadonly();
  /** The outcome of the last decision, for the page's live region. */
  readonly notice = this.noticeState.asReadonly();
  readonly view = signal<DeskView>('in_review');
  readonly filters = signal<DeskFilters>(NO_DESK_FILTERS);

  readonly visibleEntries = computed(() => {
    const { articleId, checkerId, rating } = this.filters();
    return this.entriesState().filter(
      (entry) =>
        (!articleId || entry.claim.articleId === articleId) &&
        (!checkerId || entry.verdict?.authorId === checkerId) &&
        (!rating || entry.verdict?.rating === rating),
    );
  });
  /** User id → display name, for verdict authors and approvers. */
  readonly names = computed(() => new Map(this.usersState().map((user) => [user.id, user.displayName])));
  readonly checkers = computed(() => this.usersState().filter((user) => user.role !== 'viewer'));

  /**
   * The articles with claims in this view, by title, for the article filter; the chosen one stays listed
   * after its last claim leaves the queue, so the filter never shows a choice that is not there.
   */
  readonly queueArticles = computed(() => {
    const ids = new Set(this.entriesState().map((entry) => entry.claim.articleId));
    const chosen = this.filters().articleId;
    if (chosen) ids.add(chosen);
    return [...ids]
      .map((id) => ({ id, title: this.articleTitle(id) }))
      .sort((a, b) => a.title.localeCompare(b.title));
  });

  articleTitle(articleId: string): string {
    return this.titlesState()[articleId] ?? 'Untitled article';
  }

  userName(userId: string | null): string {
    if (!userId) return 'nobody';
    return this.usersState().find((user) => user.id === userId)?.displayName ?? 'a former colleague';
  }

  async load(): Promise<void> {
    this.loadingState.set(true);
    this.errorState.set(null);
    try {
      const [{ claims, titles }, articles, users] = await Promise.all([
        this.allClaims(this.view()),
        firstValueFrom(this.http.get<Page<ArticleSummaryDto>>('/api/articles', { params: { limit: 100 } })),
        firstValueFrom(this.http.get<UserDto[] | Page<UserDto>>('/api/users')),
      ]);
      this.articlesState.set(itemsOf(articles));
      this.titlesState.set(titles);
      this.usersState.set(itemsOf(users));
      const entries = await Promise.all(claims.map((claim) => this.entryOf(claim)));
      this.entriesState.set(entries.sort((a, b) => submittedAt(a).localeCompare(submittedAt(b))));
    } catch (error) {
      this.errorState.set(toApiError(error));
    } finally {
      this.loadingState.set(false);
    }
  }

  async show(view: DeskView): Promise<void> {
    this.view.set(view);
    await this.load();
  }

  /** Approve, request changes or reopen; the decided claim leaves the list it was in. */
  async decide(claimId: string, action: DeskAction, reason?: string): Promise<boolean> {
    const entry = this.entriesState().find((candidate) => candidate.claim.id === claimId);
    if (!entry) return false;
    this.busyState.set(true);
    this.errorState.set(null);
    try {
      const body = { version: entry.claim.version, ...(reason ? { reason } : {}) };
      const path = action.replace(/_/g, '-');
      await firstValueFrom(this.http.post<ClaimReviewDto>(`/api/claims/${claimId}/${path}`, body));
      this.entriesState.update((entries) => entries.filter((candidate) => candidate.claim.id !== claimId));
      this.noticeState.set(`${this.describe(action)}: “${entry.claim.text}”`);
      return true;
    } catch (error) {
      this.errorState.set(toApiError(error));
      return false;
    } finally {
      this.busyState.set(false);
    }
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

  private async allClaims(state: DeskView): Promise<{ claims: ClaimDto[]; titles: Record<string, string> }> {
    const claims: ClaimDto[] = [];
    let titles: Record<string, string> = {};
    let cursor: string | null = null;
    do {
      const params: Record<string, string> = { state, limit: '200', ...(cursor ? { cursor } : {}) };
      const page: ClaimSearchPage = await firstValueFrom(
        this.http.get<ClaimSearchPage>('/api/claims', { params }),
      );
      claims.push(...page.items);
      titles = { ...titles, ...page.articleTitles };
      cursor = page.nextCursor;
    } while (cursor);
    return { claims, titles };
  }

  private async entryOf(claim: ClaimDto): Promise<DeskEntry> {
    const [history, sources, actions] = await Promise.all([
      firstValueFrom(this.http.get<VerdictDto[]>(`/api/claims/${claim.id}/verdicts`)),
      firstValueFrom(this.http.get<SourceDto[] | Page<SourceDto>>(`/api/claims/${claim.id}/sources`)),
      firstValueFrom(this.http.get<AvailableAction[]>(`/api/claims/${claim.id}/actions`)),
    ]);
    const deskActions = actions
      .filter((action) => DESK_ACTIONS.includes(action.action))
      // The shared rule speaks to any approver; on the desk the refused approver is always the author.
      .map((action) =>
        action.code === 'FOUR_EYES_REQUIRED' ? { ...action, reason: OWN_VERDICT_REASON } : action,
      );
    return {
      claim,
      verdict: history.at(-1) ?? null,
      history,
      sources: itemsOf(sources),
      actions: deskActions,
    };
  }
}
