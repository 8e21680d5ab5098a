import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
  signal,
  viewChild,
} from '@angular/core';
import { CLAIM_STATE_INFO, CLAIM_TYPE_INFO, can, type ClaimDto } from '@claimdesk/shared';

import { PeopleStore } from '../core/people.store';
import { AssignPicker } from './assign-picker';
import { CheckedBefore } from './checked-before';
import { ActionRequest, ClaimActions } from './claim-actions';
import { ClaimDetailStore } from './claim-detail.store';
import { ClaimEditor } from './claim-edit';
import { CommentEdit, CommentsPanel } from './comments-panel';
import { HistoryTimeline } from './history-timeline';
import { ClaimEdit, ReviewStore } from './review.store';
import { SourceSave, SourcesPanel } from './sources-panel';
import { VerdictForm, VerdictSubmission } from './verdict-form';

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
  /** The claim as it was when editing began; a save sends its version. */
  protected readonly editing = signal<ClaimDto | null>(null);

  private readonly sourcesPanel = viewChild(SourcesPanel);
  private readonly verdictForm = viewChild(VerdictForm);
  private readonly commentsPanel = viewChild(CommentsPanel);

  protected readonly claim = this.review.selectedClaim;
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

  constructor() {
    effect(() => void this.detail.show(this.claim()));
    void this.people.load();
  }

  /** Keyboard "a". */
  takeSelected(): void {
    const claim = this.claim();
    if (claim && this.canTake()) void this.review.take(claim);
  }

  /** Keyboard "s". */
  addSource(): void {
    this.sourcesPanel()?.openAddForm();
  }

  /** Keyboard "v". */
  writeVerdict(): void {
    this.verdictForm()?.focus();
  }

  protected async onAct(request: ActionRequest): Promise<void> {
    const claim = this.claim();
    if (claim) await this.review.act(claim, request.action, request.reason ? { reason: request.reason } : {});
  }

  protected async onSubmitVerdict(verdict: VerdictSubmission): Promise<void> {
    const claim = this.claim();
    if (!claim) return;
    if (await this.review.act(claim, 'submit_verdict', verdict)) this.verdictForm()?.reset();
  }

  protected async onSaveSource(save: SourceSave): Promise<void> {
    const saved = save.sourceId
      ? await this.detail.updateSource(save.sourceId, save.input)
      : await this.detail.addSource(save.input);
    if (saved) this.sourcesPanel()?.close();
  }

  protected async onPostComment(body: string): Promise<void> {
    if (await this.detail.addComment(body)) this.commentsPanel()?.clear();
  }

  protected async onEditComment(change: CommentEdit): Promise<void> {
    if (await this.detail.editComment(change.comment, change.body)) this.commentsPanel()?.closeEdit();
  }

  protected startEditing(): void {
    this.editing.set(this.claim());
  }

  protected async onSaveEdit(change: ClaimEdit): Promise<void> {
    const base = this.editing();
    if (base && (await this.review.edit(base, change))) this.editing.set(null);
  }

  protected async onSplit(at: number): Promise<void> {
    const base = this.editing();
    if (base && (await this.review.split(base, at))) this.editing.set(null);
  }

  protected async onMerge(): Promise<void> {
    const base = this.editing();
    if (base && (await this.review.mergeWithNext(base))) this.editing.set(null);
  }

  protected useTheirs(): void {
    this.review.acceptTheirs();
    this.editing.set(null);
  }

  protected async keepMine(): Promise<void> {
    if (await this.review.keepMine()) this.editing.set(null);
  }
}
