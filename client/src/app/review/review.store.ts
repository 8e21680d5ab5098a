import { HttpClient, HttpParams } from '@angular/common/http';
import { Injectable, computed, inject, signal } from '@angular/core';
import type {
  ArticleDto,
  ClaimAction,
  ClaimDto,
  ClaimReviewDto,
  ClaimState,
  ClaimType,
  Page,
} from '@claimdesk/shared';
import { Observable, firstValueFrom } from 'rxjs';

import { ApiError, toApiError } from '../core/api-error';
import { SessionStore } from '../session/session.store';
import { buildSegments } from './highlights';
import { ClaimDeskEvent, claimOfEvent, describeEvent } from './review.types';

export interface ClaimFilters {
  /** Empty means every state. */
  states: readonly ClaimState[];
  types: readonly ClaimType[];
  mineOnly: boolean;
  minScore: number;
}

export const NO_FILTERS: ClaimFilters = { states: [], types: [], mineOnly: false, minScore: 0 };

/** A write refused because someone changed the claim first: their version, and my change ready to re-send. */
export interface VersionConflict {
  claimId: string;
  what: string;
  area: WriteArea;
  theirs: ClaimDto;
  keepMine: () => Promise<boolean>;
}

/** Where on the page a write was asked for, so that its refusal is shown there rather than out of sight. */
export type WriteArea = 'article' | 'actions' | 'edit' | 'verdict';

export interface WriteError extends ApiError {
  area: WriteArea;
}

export type ClaimEdit = Partial<Pick<ClaimDto, 'checkedText' | 'type' | 'speaker'>>;

export interface ActionInput {
  reason?: string;
  rating?: string;
  rationale?: string;
  sourceIds?: string[];
}

const PAGE_SIZE = 200;

export function actionPath(action: ClaimAction): string {
  return action.replace(/_/g, '-');
}

export function byPosition(a: ClaimDto, b: ClaimDto): number {
  return a.start - b.start || a.end - b.end;
}

/** One article under review: its text, its claims, the selection and filters, and every write to a claim. */
@Injectable()
export class ReviewStore {
  private readonly http = inject(HttpClient);
  private readonly session = inject(SessionStore);

  private readonly articleState = signal<ArticleDto | null>(null);
  private readonly claimsState = signal<ClaimDto[]>([]);
  private readonly loadingState = signal(false);
  private readonly errorState = signal<ApiError | null>(null);
  private readonly writeErrorState = signal<WriteError | null>(null);
  private readonly busyState = signal(false);
  private readonly conflictState = signal<VersionConflict | null>(null);
  private readonly announcementState = signal('');

  readonly article = this.articleState.asReadonly();
  readonly claims = this.claimsState.asReadonly();
  readonly loading = this.loadingState.asReadonly();
  readonly error = this.errorState.asReadonly();
  readonly writeError = this.writeErrorState.asReadonly();

  /** The refusal of the last write made in one part of the page, to show there (null for the other parts). */
  writeErrorIn(area: WriteArea): string | null {
    const error = this.writeErrorState();
    return error?.area === area ? error.message : null;
  }
  readonly busy = this.busyState.asReadonly();
  readonly conflict = this.conflictState.asReadonly();
  /** The latest live change, for the page's aria-live region. */
  readonly announcement = this.announcementState.asReadonly();
  readonly selectedId = signal<string | null>(null);
  readonly filters = signal<ClaimFilters>(NO_FILTERS);
  readonly me = this.session.user;

  readonly segments = computed(() => buildSegments(this.articleState()?.text ?? '', this.claimsState()));
  readonly visibleClaims = computed(() => {
    const { states, types, mineOnly, minScore } = this.filters();
    const myId = this.me()?.id;
    return this.claimsState().filter(
      (claim) =>
        (states.length === 0 || states.includes(claim.state)) &&
        (types.length === 0 || types.includes(claim.type)) &&
        (!mineOnly || claim.assigneeId === myId) &&
        claim.score >= minScore,
    );
  });
  readonly selectedClaim = computed(
    () => this.claimsState().find((claim) => claim.id === this.selectedId()) ?? null,
  );

  async load(articleId: string): Promise<void> {
    this.loadingState.set(true);
    this.errorState.set(null);
    try {
      const [article, claims] = await Promise.all([
        firstValueFrom(this.http.get<ArticleDto>(`/api/articles/${articleId}`)),
        this.loadAllClaims(articleId),
      ]);
      this.articleState.set(article);
      this.claimsState.set(claims.sort(byPosition));
    } catch (error) {
      this.errorState.set(toApiError(error));
    } finally {
      this.loadingState.set(false);
    }
  }

  /**
   * Reads the claims again without the loading state (the page stays as it is), after live updates may have
   * been missed. A failure keeps what is shown: the next event or load puts it right.
   */
  async refreshClaims(articleId: string): Promise<void> {
    try {
      const claims = await this.loadAllClaims(articleId);
      if (this.articleState()?.id === articleId) this.claimsState.set(claims.sort(byPosition));
    } catch {
      // Kept as shown.
    }
  }

  select(claimId: string | null): void {
    this.selectedId.set(claimId);
  }

  /** j/k: the next or previous claim among those the filters show, wrapping at the ends. */
  step(direction: 1 | -1): ClaimDto | null {
    const visible = this.visibleClaims();
    if (visible.length === 0) return null;
    const index = visible.findIndex((claim) => claim.id === this.selectedId());
    const next =
      index === -1
        ? direction === 1
          ? 0
          : visible.length - 1
        : (index + direction + visible.length) % visible.length;
    this.selectedId.set(visible[next].id);
    return visible[next];
  }

  setFilters(change: Partial<ClaimFilters>): void {
    this.filters.update((filters) => ({ ...filters, ...change }));
  }

  clearWriteError(): void {
    this.writeErrorState.set(null);
  }

  createClaim(start: number, end: number): Promise<boolean> {
    const articleId = this.articleState()?.id;
    if (!articleId) return Promise.resolve(false);
    return this.run('add the claim', 'article', async () => {
      const claim = await firstValueFrom(
        this.http.post<ClaimDto>(`/api/articles/${articleId}/claims`, { start, end }),
      );
      this.applyClaims([claim]);
      this.selectedId.set(claim.id);
    });
  }

  edit(claim: ClaimDto, change: ClaimEdit): Promise<boolean> {
    return this.write(claim, 'edit the claim', 'edit', (version) =>
      this.http.patch<ClaimDto>(`/api/claims/${claim.id}`, { version, ...change }),
    );
  }

  split(claim: ClaimDto, at: number): Promise<boolean> {
    return this.write(claim, 'split the claim', 'edit', (version) =>
      this.http.post<ClaimDto[]>(`/api/claims/${claim.id}/split`, { version, at }),
    );
  }

  mergeWithNext(claim: ClaimDto): Promise<boolean> {
    const next = this.claimsState().find((other) => other.start >= claim.end && other.id !== claim.id);
    if (!next) return Promise.resolve(false);
    return this.run('merge the claims', 'edit', async () => {
      const merged = await firstValueFrom(
        this.http.post<ClaimDto>('/api/claims/merge', {
          claimIds: [claim.id, next.id],
          versions: [claim.version, next.version],
        }),
      );
      this.claimsState.update((claims) => claims.filter((other) => other.id !== next.id));
      this.applyClaims([merged]);
    });
  }

  take(claim: ClaimDto): Promise<boolean> {
    return this.write(claim, 'take the claim', 'actions', (version) =>
      this.http.post<ClaimDto>(`/api/claims/${claim.id}/take`, { version }),
    );
  }

  /** An editor hands the claim to someone ('claims.assign'). */
  assign(claim: ClaimDto, assigneeId: string): Promise<boolean> {
    return this.write(claim, 'assign the claim', 'actions', (version) =>
      this.http.post<ClaimDto>(`/api/claims/${claim.id}/assign`, { version, assigneeId }),
    );
  }

  unassign(claim: ClaimDto): Promise<boolean> {
    return this.write(claim, 'release the claim', 'actions', (version) =>
      this.http.post<ClaimDto>(`/api/claims/${claim.id}/unassign`, { version }),
    );
  }

  /** One workflow step (start research, submit verdict, approve…), with what the step asks for. */
  act(claim: ClaimDto, action: ClaimAction, input: ActionInput = {}): Promise<boolean> {
    const area = action === 'submit_verdict' ? 'verdict' : 'actions';
    return this.write(claim, action.replace(/_/g, ' '), area, (version) =>
      this.http.post<ClaimReviewDto | ClaimDto>(`/api/claims/${claim.id}/${actionPath(action)}`, {
        version,
        ...input,
      }),
    );
  }

  /** "Use theirs": drop my change and show the claim as it now is. */
  acceptTheirs(): void {
    const conflict = this.conflictState();
    if (!conflict) return;
    this.applyClaims([conflict.theirs]);
    this.conflictState.set(null);
  }

  async keepMine(): Promise<boolean> {
    const conflict = this.conflictState();
    if (!conflict) return false;
    this.conflictState.set(null);
    return conflict.keepMine();
  }

  /** A colleague's change from the article's event stream. */
  applyEvent(event: ClaimDeskEvent): void {
    const claim = claimOfEvent(event.data);
    if (event.type === 'claim.deleted' && event.claimId) {
      this.claimsState.update((claims) => claims.filter((other) => other.id !== event.claimId));
    } else if ((event.type === 'claim.updated' || event.type === 'claim.created') && claim) {
      this.applyClaims([claim]);
    }
    if (event.actor?.id === this.me()?.id) return;
    const known = claim ?? this.claimsState().find((other) => other.id === event.claimId) ?? null;
    this.announcementState.set(describeEvent(event, known));
  }

  /** Newer versions win: a late answer or event never rolls a claim back. */
  applyClaims(updated: readonly ClaimDto[]): void {
    this.claimsState.update((claims) => {
      const byId = new Map(claims.map((claim) => [claim.id, claim]));
      for (const claim of updated) {
        const current = byId.get(claim.id);
        if (!current || current.version <= claim.version) byId.set(claim.id, claim);
      }
      return [...byId.values()].sort(byPosition);
    });
  }

  private async loadAllClaims(articleId: string): Promise<ClaimDto[]> {
    const claims: ClaimDto[] = [];
    let cursor: string | null = null;
    do {
      let params = new HttpParams().set('limit', PAGE_SIZE);
      if (cursor) params = params.set('cursor', cursor);
      const page: Page<ClaimDto> = await firstValueFrom(
        this.http.get<Page<ClaimDto>>(`/api/articles/${articleId}/claims`, { params }),
      );
      claims.push(...page.items);
      cursor = page.nextCursor;
    } while (cursor);
    return claims;
  }

  private write(
    claim: ClaimDto,
    what: string,
    area: WriteArea,
    send: (version: number) => Observable<ClaimDto | ClaimDto[] | ClaimReviewDto>,
  ): Promise<boolean> {
    return this.run(what, area, async () => {
      try {
        const answer = await firstValueFrom(send(claim.version));
        const claims = Array.isArray(answer) ? answer : 'claim' in answer ? [answer.claim] : [answer];
        if (Array.isArray(answer)) {
          // A split replaces the claim with its parts.
          this.claimsState.update((all) => all.filter((other) => other.id !== claim.id));
        }
        this.applyClaims(claims);
        return true;
      } catch (error) {
        const problem = toApiError(error);
        const theirs = problem.details?.['current'] as ClaimDto | undefined;
        if (problem.code !== 'VERSION_CONFLICT' || !theirs) throw error;
        this.conflictState.set({
          claimId: claim.id,
          what,
          area,
          theirs,
          keepMine: () => this.write({ ...claim, version: theirs.version }, what, area, send),
        });
        return false;
      }
    });
  }

  /** Runs one write with busy and error state; true when it went through (not refused, no conflict). */
  private async run(what: string, area: WriteArea, work: () => Promise<boolean | void>): Promise<boolean> {
    this.busyState.set(true);
    this.writeErrorState.set(null);
    try {
      return (await work()) !== false;
    } catch (error) {
      const problem = toApiError(error);
      this.writeErrorState.set({ ...problem, area, message: `Could not ${what}: ${problem.message}` });
      return false;
    } finally {
      this.busyState.set(false);
    }
  }
}
