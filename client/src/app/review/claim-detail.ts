import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  Injector,
  afterNextRender,
  computed,
  effect,
  inject,
  signal,
  untracked,
  viewChild,
} from '@angular/core';
import { CLAIM_STATE_INFO, CLAIM_TYPE_INFO, can, type ClaimDto } from '@claimdesk/shared';

import { canTakeFocus, focusAfterRender, restoreFocus, restoreFocusAfterRender } from '../core/focus';
import { PeopleStore } from '../core/people.store';
import { AssignPicker } from './assign-picker';
import { CheckedBefore } from './checked-before';
import { ActionRequest, ClaimActions } from './claim-actions';
import { ClaimDetailStore } from './claim-detail.store';
import { scoreLabel } from './claim-score';
import { ClaimEditor } from './claim-edit';
import { CommentEdit, CommentsPanel } from './comments-panel';
import { HistoryTimeline } from './history-timeline';
import { CommentDto } from './review.types';
import { ClaimEdit, ReviewStore, WriteArea } from './review.store';
import { SourceSave, SourcesPanel } from './sources-panel';
import { VerdictForm, VerdictSubmission } from './verdict-form';

type FocusTarget = () => HTMLElement | null | undefined;

/** The selected claim: what it is, who has it, what this user may do with it, and its research. */
@Component({
  selector: 'cd-claim-detail',
  imports: [
    AssignPicker,
    CheckedBefore,
    ClaimActions,
    ClaimEditor,
    CommentsPanel,
    HistoryTimeline,
    SourcesPanel,
    VerdictForm,
  ],
  templateUrl: './claim-detail.html',
  styleUrl: './claim-detail.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ClaimDetail {
  protected readonly review = inject(ReviewStore);
  /** " (2)" once the earlier fact-checks are known, nothing while looking or after a failure. */
  protected readonly similarCount = computed(() => {
    const similar = this.detail.similar();
    return Array.isArray(similar) ? ` (${similar.length})` : '';
  });
  protected readonly detail = inject(ClaimDetailStore);
  protected readonly people = inject(PeopleStore);
  protected readonly stateInfo = CLAIM_STATE_INFO;
  protected readonly typeInfo = CLAIM_TYPE_INFO;
  protected readonly scoreLabel = scoreLabel;
  /** The claim as it was when editing began; a save sends its version. */
  protected readonly editing = signal<ClaimDto | null>(null);

  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);
  private readonly claimActions = viewChild(ClaimActions);
  private readonly sourcesPanel = viewChild(SourcesPanel);
  private readonly verdictForm = viewChild(VerdictForm);
  private readonly commentsPanel = viewChild(CommentsPanel);
  private readonly claimHeading = viewChild<ElementRef<HTMLElement>>('claimHeading');
  private readonly conflictHeading = viewChild<ElementRef<HTMLElement>>('conflictHeading');
  private readonly sourcesHeading = viewChild<ElementRef<HTMLElement>>('sourcesHeading');
  private readonly editOpener = viewChild<ElementRef<HTMLElement>>('editOpener');

  protected readonly claim = this.review.selectedClaim;
  private readonly claimId = computed(() => this.claim()?.id ?? null);
  protected readonly me = this.review.me;
  protected readonly role = computed(() => this.me()?.role ?? 'viewer');
  protected readonly isMine = computed(() => !!this.claim() && this.claim()?.assigneeId === this.me()?.id);
  protected readonly closed = computed(() => ['approved', 'dismissed'].includes(this.claim()?.state ?? ''));
  protected readonly canTake = computed(
    () =>
      !!this.claim() &&
      this.claim()?.assigneeId === null &&
      !this.closed() &&
      can(this.role(), 'claims.take'),
  );
  protected readonly canRelease = computed(
    () =>
      !!this.claim()?.assigneeId && (this.isMine() || can(this.role(), 'claims.assign')) && !this.closed(),
  );
  protected readonly canAssign = computed(() => !this.closed() && can(this.role(), 'claims.assign'));
  protected readonly canEdit = computed(() => can(this.role(), 'claims.edit'));
  protected readonly workflowActions = computed(() => this.detail.actions());
  protected readonly submitAction = computed(
    () => this.detail.actions().find((item) => item.action === 'submit_verdict') ?? null,
  );
  protected readonly hasNext = computed(() => {
    const claim = this.claim();
    return !!claim && this.review.claims().some((other) => other.start >= claim.end);
  });
  protected readonly assignee = computed(() =>
    this.people.nameOf(this.claim()?.assigneeId ?? null, this.me()?.id),
  );
  /** A reason is being typed for a step: the page's single-key shortcuts keep quiet. */
  readonly askingReason = computed(() => this.claimActions()?.askingReason() ?? false);

  constructor() {
    effect(() => void this.detail.show(this.claim()));
    // Forms opened for one claim never act on the next one selected.
    effect(() => {
      this.claimId();
      untracked(() => {
        this.editing.set(null);
        this.claimActions()?.closeReason();
      });
    });
    void this.people.load();
  }

  /** Keyboard "a". */
  takeSelected(): void {
    const claim = this.claim();
    if (claim && this.canTake()) void this.withFocus(() => this.review.take(claim));
  }

  /** Keyboard "s". */
  addSource(): void {
    this.sourcesPanel()?.openAddForm();
  }

  /** Keyboard "v". */
  writeVerdict(): void {
    this.verdictForm()?.focus();
  }

  protected onTake(claim: ClaimDto): void {
    void this.withFocus(() => this.review.take(claim));
  }

  protected onRelease(claim: ClaimDto): void {
    void this.withFocus(() => this.review.unassign(claim));
  }

  protected onAssign(claim: ClaimDto, assigneeId: string): void {
    void this.withFocus(
      () => this.review.assign(claim, assigneeId),
      () => this.host.nativeElement.querySelector<HTMLElement>('cd-assign-picker select'),
    );
  }

  protected async onAct(request: ActionRequest): Promise<void> {
    const claim = this.claim();
    if (!claim) return;
    const input = request.reason ? { reason: request.reason } : {};
    await this.withFocus(
      async () => {
        const done = await this.review.act(claim, request.action, input);
        if (done) this.claimActions()?.closeReason();
        return done;
      },
      () => {
        const opener = this.claimActions()?.buttonFor(request.action);
        return canTakeFocus(opener) ? opener : null;
      },
    );
  }

  protected async onSubmitVerdict(verdict: VerdictSubmission): Promise<void> {
    const claim = this.claim();
    if (!claim) return;
    await this.withFocus(async () => {
      const done = await this.review.act(claim, 'submit_verdict', verdict);
      if (done) this.verdictForm()?.reset();
      return done;
    });
  }

  protected async onSaveSource(save: SourceSave): Promise<void> {
    await this.withFocus(
      async () => {
        const saved = save.sourceId
          ? await this.detail.updateSource(save.sourceId, save.input)
          : await this.detail.addSource(save.input);
        if (saved) this.sourcesPanel()?.close();
        return saved;
      },
      // Its count in words says the source is there.
      () => this.sourcesHeading()?.nativeElement,
    );
  }

  protected async onRemoveSource(sourceId: string): Promise<void> {
    await this.withFocus(
      () => this.detail.removeSource(sourceId),
      () => this.sourcesHeading()?.nativeElement,
    );
  }

  protected async onPostComment(body: string): Promise<void> {
    await this.withFocus(
      async () => {
        const posted = await this.detail.addComment(body);
        if (posted) this.commentsPanel()?.clear();
        return posted;
      },
      () => this.commentsPanel()?.focusTargetAfter(null),
    );
  }

  protected async onEditComment(change: CommentEdit): Promise<void> {
    await this.withFocus(
      async () => {
        const edited = await this.detail.editComment(change.comment, change.body);
        if (edited) this.commentsPanel()?.closeEdit();
        return edited;
      },
      () => this.commentsPanel()?.focusTargetAfter(change.comment.id),
    );
  }

  protected async onDeleteComment(comment: CommentDto): Promise<void> {
    await this.withFocus(
      () => this.detail.deleteComment(comment),
      () => this.commentsPanel()?.focusTargetAfter(null),
    );
  }

  protected startEditing(): void {
    this.editing.set(this.claim());
  }

  protected stopEditing(): void {
    this.editing.set(null);
    focusAfterRender(this.injector, () => this.editOpener()?.nativeElement);
  }

  protected async onSaveEdit(change: ClaimEdit): Promise<void> {
    const base = this.editing();
    if (base) await this.withEditFocus(() => this.review.edit(base, change));
  }

  protected async onSplit(at: number): Promise<void> {
    const base = this.editing();
    if (base) await this.withEditFocus(() => this.review.split(base, at));
  }

  protected async onMerge(): Promise<void> {
    const base = this.editing();
    if (base) await this.withEditFocus(() => this.review.mergeWithNext(base));
  }

  protected useTheirs(): void {
    const area = this.review.conflict()?.area;
    this.review.acceptTheirs();
    this.editing.set(null);
    const before = document.activeElement;
    restoreFocusAfterRender(this.injector, before, this.afterConflict(area));
  }

  protected async keepMine(): Promise<void> {
    const area = this.review.conflict()?.area;
    await this.withFocus(async () => {
      const kept = await this.review.keepMine();
      if (kept) this.editing.set(null);
      return kept;
    }, this.afterConflict(area));
  }

  private afterConflict(area: WriteArea | undefined): FocusTarget {
    return () => (area === 'edit' ? this.editOpener()?.nativeElement : null);
  }

  private withEditFocus(write: () => Promise<boolean>): Promise<boolean> {
    return this.withFocus(
      async () => {
        const done = await write();
        if (done) this.editing.set(null);
        return done;
      },
      () => this.editOpener()?.nativeElement,
    );
  }

  /**
   * Runs a write, then puts keyboard focus where the person can carry on once the panel shows the outcome:
   * the conflict, if the write ran into one; else the control they used, if it is still there and usable;
   * else `fallback`, else the claim's heading. Never the page body, where the next Tab starts at the top.
   */
  private async withFocus(write: () => Promise<boolean>, fallback?: FocusTarget): Promise<boolean> {
    const before = document.activeElement;
    const conflictBefore = this.review.conflict();
    const done = await write();
    afterNextRender(
      () => {
        const conflict = this.review.conflict();
        if (conflict && conflict !== conflictBefore) {
          this.conflictHeading()?.nativeElement.focus();
          return;
        }
        restoreFocus(before, () => fallback?.() ?? this.claimHeading()?.nativeElement);
      },
      { injector: this.injector },
    );
    return done;
  }
}
