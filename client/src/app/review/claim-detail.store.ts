import { HttpClient } from '@angular/common/http';
import { Injectable, computed, inject, signal } from '@angular/core';
import {
  availableActions,
  can,
  type AvailableAction,
  type ClaimDto,
  type SourceDto,
  type SourceKind,
  type SourceStance,
  type VerdictDto,
} from '@claimdesk/shared';
import { firstValueFrom } from 'rxjs';

import { ApiError, toApiError } from '../core/api-error';
import { SessionStore } from '../session/session.store';
import { AuditEntryDto, CommentDto } from './review.types';

export interface SourceInput {
  url: string | null;
  title: string;
  publisher: string | null;
  kind: SourceKind;
  stance: SourceStance;
  excerpt: string | null;
}

/** Everything about the selected claim beyond the claim itself: actions, sources, verdicts, comments, history. */
@Injectable()
export class ClaimDetailStore {
  private readonly http = inject(HttpClient);
  private readonly session = inject(SessionStore);
  private loadedFor: { id: string; version: number } | null = null;
  private ticket = 0;

  private readonly serverActions = signal<AvailableAction[] | null>(null);
  readonly sources = signal<SourceDto[]>([]);
  readonly verdicts = signal<VerdictDto[]>([]);
  readonly comments = signal<CommentDto[]>([]);
  readonly history = signal<AuditEntryDto[]>([]);
  readonly loading = signal(false);
  readonly error = signal<ApiError | null>(null);
  readonly busy = signal(false);
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

  /** The server's answer when it has one; until then the same shared rules, computed here. */
  readonly actions = computed<AvailableAction[]>(() => {
    const fromServer = this.serverActions();
    if (fromServer) return fromServer;
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
    await this.reload(claim.id);
  }

  async reload(claimId: string): Promise<void> {
    const ticket = ++this.ticket;
    this.loading.set(true);
    this.error.set(null);
    const base = `/api/claims/${claimId}`;
    try {
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
    return this.mutate(async (claimId) => {
      const source = await firstValueFrom(this.http.post<SourceDto>(`/api/claims/${claimId}/sources`, input));
      this.sources.update((sources) => [...sources, source]);
    });
  }

  updateSource(sourceId: string, input: SourceInput): Promise<boolean> {
    return this.mutate(async () => {
      const source = await firstValueFrom(this.http.patch<SourceDto>(`/api/sources/${sourceId}`, input));
      this.sources.update((sources) => sources.map((other) => (other.id === sourceId ? source : other)));
    });
  }

  removeSource(sourceId: string): Promise<boolean> {
    return this.mutate(async () => {
      await firstValueFrom(this.http.delete<void>(`/api/sources/${sourceId}`));
      this.sources.update((sources) => sources.filter((other) => other.id !== sourceId));
    });
  }

  addComment(body: string): Promise<boolean> {
    return this.mutate(async (claimId) => {
      const comment = await firstValueFrom(
        this.http.post<CommentDto>(`/api/claims/${claimId}/comments`, { body }),
      );
      this.applyComment(comment);
    });
  }

  applyComment(comment: CommentDto): void {
    if (comment.claimId !== this.claim()?.id) return;
    this.comments.update((comments) =>
      comments.some((other) => other.id === comment.id)
        ? comments.map((other) => (other.id === comment.id ? comment : other))
        : [...comments, comment],
    );
  }

  private reset(): void {
    this.serverActions.set(null);
    this.sources.set([]);
    this.verdicts.set([]);
    this.comments.set([]);
    this.history.set([]);
  }

  private async mutate(work: (claimId: string) => Promise<void>): Promise<boolean> {
    const claimId = this.claim()?.id;
    if (!claimId) return false;
    this.busy.set(true);
    this.error.set(null);
    try {
      await work(claimId);
      // Sources count towards what a verdict needs, so the allowed actions may have changed.
      const actions = await firstValueFrom(
        this.http.get<AvailableAction[]>(`/api/claims/${claimId}/actions`),
      ).catch(() => null);
      this.serverActions.set(actions);
      return true;
    } catch (error) {
      this.error.set(toApiError(error));
      return false;
    } finally {
      this.busy.set(false);
    }
  }
}
