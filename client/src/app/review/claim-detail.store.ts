import { HttpClient } from '@angular/common/http';
import { Injectable, computed, inject, signal, type WritableSignal } from '@angular/core';
import {
  availableActions,
  can,
  type AvailableAction,
  type ClaimDto,
  type SimilarClaimDto,
  type SourceDto,
  type SourceKind,
  type SourceStance,
  type SourceUsageDto,
  type VerdictDto,
} from '@claimdesk/shared';
import { Observable, firstValueFrom } from 'rxjs';

import { ApiError, toApiError } from '../core/api-error';
import { SessionStore } from '../session/session.store';
import { asVerdictAuthor } from './claim-actions';
import { AuditEntryDto, CommentDto } from './review.types';

export interface SourceInput {
  url: string | null;
  title: string;
  publisher: string | null;
  kind: SourceKind;
  stance: SourceStance;
  excerpt: string | null;
}

/** Where a URL was already cited, for the URL it was asked about. */
export interface SourceUrlUsage {
  url: string;
  documents: SourceUsageDto[];
}

export interface CommentProblem {
  commentId: string;
  message: string;
}

export const COMMENT_CLOSED = 'This comment can no longer be changed';

/** Everything about the selected claim beyond the claim itself: actions, sources, verdicts, comments, history. */
@Injectable()
export class ClaimDetailStore {
  private readonly http = inject(HttpClient);
  private readonly session = inject(SessionStore);
  private loadedFor: { id: string; version: number } | null = null;
  private ticket = 0;
  private lookingUpUrl = '';

  private readonly serverActions = signal<AvailableAction[] | null>(null);
  readonly sources = signal<SourceDto[]>([]);
  readonly verdicts = signal<VerdictDto[]>([]);
  readonly comments = signal<CommentDto[]>([]);
  readonly history = signal<AuditEntryDto[]>([]);
  /**
   * Earlier fact-checks that read like this claim: null while being looked up, 'failed' when the look-up
   * failed (never shown as "none", which would mislead). Looked up again only when the wording changes.
   */
  readonly similar = signal<SimilarClaimDto[] | null | 'failed'>(null);
  private similarFor: string | null = null;
  readonly loading = signal(false);
  /** Why the claim's research could not be read. */
  readonly error = signal<ApiError | null>(null);
  readonly busy = signal(false);
  readonly sourceUsage = signal<SourceUrlUsage | null>(null);
  /** Why the last save or removal of a source was refused, shown beside the sources. */
  readonly sourceProblem = signal<string | null>(null);
  /** Why the last comment could not be posted, shown beside the comment box. */
  readonly postProblem = signal<string | null>(null);
  /** Why the last edit or delete of a comment was refused, shown beside that comment. */
  readonly commentProblem = signal<CommentProblem | null>(null);
  readonly claim = signal<ClaimDto | null>(null);

  readonly canReadHistory = computed(() => {
    const role = this.session.user()?.role;
    return role ? can(role, 'audit.read') : false;
  });
  readonly canWrite = computed(() => {
    const role = this.session.user()?.role;
    return role ? can(role, 'sources.write') : false;
  });
  readonly latestVerdict = computed(() => this.verdicts().at(-1) ?? null);

  /**
   * The server's answer when it has one; until then the same shared rules, computed here. The four-eyes
   * refusal is worded for the author of the verdict, as on the review queue.
   */
  readonly actions = computed<AvailableAction[]>(() => {
    const actions = this.serverActions() ?? this.sharedActions();
    const verdict = this.latestVerdict();
    const mine = !!verdict && verdict.approvedAt === null && verdict.authorId === this.session.user()?.id;
    return mine ? asVerdictAuthor(actions) : actions;
  });

  private readonly sharedActions = computed<AvailableAction[]>(() => {
    const claim = this.claim();
    const user = this.session.user();
    if (!claim || !user) return [];
    const verdict = this.latestVerdict();
    return availableActions(
      {
        state: claim.state,
        assigneeId: claim.assigneeId,
        verdictAuthorId: verdict && verdict.approvedAt === null ? verdict.authorId : null,
        sourceCount: this.sources().length,
      },
      { id: user.id, role: user.role },
    );
  });

  /** Loads again only when the claim or its version changed. */
  async show(claim: ClaimDto | null): Promise<void> {
    this.claim.set(claim);
    if (!claim) {
      this.loadedFor = null;
      return;
    }
    if (this.loadedFor?.id === claim.id && this.loadedFor.version === claim.version) return;
    const sameClaim = this.loadedFor?.id === claim.id;
    this.loadedFor = { id: claim.id, version: claim.version };
    if (!sameClaim) this.reset();
    // The server's list was for the version before: until it answers again, the shared rules say what the new
    // state allows, so no button of a step already taken stays on screen (and takes focus) in the meantime.
    else this.serverActions.set(null);
    await this.reload(claim.id);
  }

  async reload(claimId: string): Promise<void> {
    const ticket = ++this.ticket;
    this.loading.set(true);
    this.error.set(null);
    const base = `/api/claims/${claimId}`;
    try {
      void this.lookUpSimilar(claimId);
      const [actions, sources, verdicts, comments, history] = await Promise.all([
        firstValueFrom(this.http.get<AvailableAction[]>(`${base}/actions`)).catch(() => null),
        firstValueFrom(this.http.get<SourceDto[]>(`${base}/sources`)),
        firstValueFrom(this.http.get<VerdictDto[]>(`${base}/verdicts`)).catch(() => []),
        firstValueFrom(this.http.get<{ items: CommentDto[] }>(`${base}/comments`)).catch(() => ({
          items: [] as CommentDto[],
        })),
        this.canReadHistory()
          ? firstValueFrom(this.http.get<{ items: AuditEntryDto[] }>(`${base}/audit`)).catch(() => ({
              items: [] as AuditEntryDto[],
            }))
          : Promise.resolve({ items: [] as AuditEntryDto[] }),
      ]);
      if (ticket !== this.ticket) return;
      this.serverActions.set(actions);
      this.sources.set(sources);
      this.verdicts.set([...verdicts].sort((a, b) => a.revision - b.revision));
      this.comments.set(comments.items);
      this.history.set(history.items);
    } catch (error) {
      if (ticket === this.ticket) this.error.set(toApiError(error));
    } finally {
      if (ticket === this.ticket) this.loading.set(false);
    }
  }

  addSource(input: SourceInput): Promise<boolean> {
    return this.mutate(this.sourceProblem, async (claimId) => {
      const source = await firstValueFrom(this.http.post<SourceDto>(`/api/claims/${claimId}/sources`, input));
      this.sources.update((sources) => [...sources, source]);
    });
  }

  updateSource(sourceId: string, input: SourceInput): Promise<boolean> {
    return this.mutate(this.sourceProblem, async () => {
      const source = await firstValueFrom(this.http.patch<SourceDto>(`/api/sources/${sourceId}`, input));
      this.sources.update((sources) => sources.map((other) => (other.id === sourceId ? source : other)));
    });
  }

  removeSource(sourceId: string): Promise<boolean> {
    return this.mutate(this.sourceProblem, async () => {
      await firstValueFrom(this.http.delete<void>(`/api/sources/${sourceId}`));
      this.sources.update((sources) => sources.filter((other) => other.id !== sourceId));
    });
  }

  /** GET /api/sources?url=: whether the URL typed in the source form was already cited; '' forgets. */
  async lookUpSourceUrl(url: string): Promise<void> {
    this.lookingUpUrl = url;
    if (!url) {
      this.sourceUsage.set(null);
      return;
    }
    try {
      const documents = await firstValueFrom(
        this.http.get<SourceUsageDto[]>('/api/sources', { params: { url } }),
      );
      // A slower answer for a URL typed earlier must not replace the current one.
      if (this.lookingUpUrl === url) this.sourceUsage.set({ url, documents });
    } catch {
      // Knowing about earlier citations is a help, not a requirement: stay silent.
      if (this.lookingUpUrl === url) this.sourceUsage.set(null);
    }
  }

  addComment(body: string): Promise<boolean> {
    return this.mutate(this.postProblem, async (claimId) => {
      const comment = await firstValueFrom(
        this.http.post<CommentDto>(`/api/claims/${claimId}/comments`, { body }),
      );
      this.applyComment(comment);
    });
  }

  /** The author's own change, while the server's edit window is open; after it, a 409 says why not. */
  editComment(comment: CommentDto, body: string): Promise<boolean> {
    return this.changeComment(comment, () =>
      this.http.patch<CommentDto>(`/api/comments/${comment.id}`, { body, version: comment.version }),
    );
  }

  deleteComment(comment: CommentDto): Promise<boolean> {
    return this.changeComment(comment, () => this.http.delete<CommentDto>(`/api/comments/${comment.id}`));
  }

  applyComment(comment: CommentDto): void {
    if (comment.claimId !== this.claim()?.id) return;
    this.comments.update((comments) =>
      comments.some((other) => other.id === comment.id)
        ? comments.map((other) => (other.id === comment.id ? comment : other))
        : [...comments, comment],
    );
  }

  private async changeComment(comment: CommentDto, send: () => Observable<CommentDto>): Promise<boolean> {
    this.busy.set(true);
    this.commentProblem.set(null);
    try {
      this.applyComment(await firstValueFrom(send()));
      return true;
    } catch (error) {
      const problem = toApiError(error);
      const message = problem.status === 409 ? COMMENT_CLOSED : problem.message;
      this.commentProblem.set({ commentId: comment.id, message });
      return false;
    } finally {
      this.busy.set(false);
    }
  }

  private reset(): void {
    this.commentProblem.set(null);
    this.sourceProblem.set(null);
    this.postProblem.set(null);
    this.serverActions.set(null);
    this.sources.set([]);
    this.verdicts.set([]);
    this.comments.set([]);
    this.history.set([]);
    this.similar.set(null);
    this.similarFor = null;
  }

  /** Earlier fact-checks depend on the wording alone, so assignments and sources do not ask again. */
  private async lookUpSimilar(claimId: string): Promise<void> {
    const claim = this.claim();
    const key = `${claimId}\u0000${claim?.checkedText ?? claim?.text ?? ''}`;
    if (key === this.similarFor) return;
    this.similarFor = key;
    this.similar.set(null);
    try {
      const similar = await firstValueFrom(
        this.http.get<SimilarClaimDto[]>(`/api/claims/${claimId}/similar`),
      );
      if (this.similarFor === key) this.similar.set(similar);
    } catch {
      if (this.similarFor === key) this.similar.set('failed');
    }
  }

  /** One write of the claim's research; a refusal is told in `problem`, next to where the person acted. */
  private async mutate(
    problem: WritableSignal<string | null>,
    work: (claimId: string) => Promise<void>,
  ): Promise<boolean> {
    const claimId = this.claim()?.id;
    if (!claimId) return false;
    this.busy.set(true);
    problem.set(null);
    try {
      await work(claimId);
      // Sources count towards what a verdict needs, so the allowed actions may have changed.
      const actions = await firstValueFrom(
        this.http.get<AvailableAction[]>(`/api/claims/${claimId}/actions`),
      ).catch(() => null);
      this.serverActions.set(actions);
      return true;
    } catch (error) {
      problem.set(toApiError(error).message);
      return false;
    } finally {
      this.busy.set(false);
    }
  }
}
