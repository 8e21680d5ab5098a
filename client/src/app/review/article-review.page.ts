import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  Injector,
  afterNextRender,
  computed,
  effect,
  inject,
  input,
  untracked,
  viewChild,
} from '@angular/core';
import { MatDialog } from '@angular/material/dialog';
import { RouterLink } from '@angular/router';
import { can } from '@claimdesk/shared';

import { ASSIGNABLE } from '../core/claim-batch';
import { ownScrollBox } from '../core/scroll-box';
import { PeopleStore } from '../core/people.store';
import { ArticleText, TextSelection } from './article-text';
import { ClaimDetail } from './claim-detail';
import { ClaimDetailStore } from './claim-detail.store';
import { ClaimList } from './claim-list';
import { LiveEvents } from './live-events';
import { ReviewBulkBar } from './review-bulk-bar';
import { ReviewBulkStore } from './review-bulk.store';
import { ReviewStore } from './review.store';
import { ShortcutsDialog, isShortcutTarget } from './shortcuts';

/** The reviewer's workspace: the article with its claims highlighted, and the claim panel. */
@Component({
  selector: 'cd-article-review-page',
  imports: [RouterLink, ArticleText, ClaimDetail, ClaimList, ReviewBulkBar],
  providers: [ReviewStore, ReviewBulkStore, ClaimDetailStore, LiveEvents],
  templateUrl: './article-review.page.html',
  styleUrl: './article-review.page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: { '(document:keydown)': 'onKeydown($event)' },
})
export class ArticleReviewPage {
  protected readonly store = inject(ReviewStore);
  protected readonly live = inject(LiveEvents);
  protected readonly bulk = inject(ReviewBulkStore);
  protected readonly people = inject(PeopleStore);
  private readonly detail = inject(ClaimDetailStore);
  private readonly dialog = inject(MatDialog);
  /** Route parameter and ?claim= query parameter, bound by the router. */
  readonly articleId = input.required<string>();
  readonly claim = input<string | undefined>();

  private readonly claimDetail = viewChild(ClaimDetail);
  private readonly claimDetailHost = viewChild(ClaimDetail, { read: ElementRef });
  private readonly injector = inject(Injector);
  protected readonly canAddClaims = computed(() => {
    const role = this.store.me()?.role;
    return role ? can(role, 'claims.create') : false;
  });

  /** A claim added from the article text that the server refused; said above the article, where it was asked. */
  protected readonly addClaimError = computed(() => this.store.writeErrorIn('article'));

  protected readonly canAssign = computed(() => {
    const role = this.store.me()?.role;
    return role ? can(role, 'claims.assign') : false;
  });
  /** Shown claims an editor may tick for a bulk assign or dismiss. */
  protected readonly selectable = computed(() =>
    this.canAssign() ? this.store.visibleClaims().filter((claim) => ASSIGNABLE.includes(claim.state)) : [],
  );
  protected readonly selectableIds = computed(() =>
    this.canAssign() ? new Set(this.selectable().map((claim) => claim.id)) : null,
  );

  constructor() {
    effect(() => {
      const articleId = this.articleId();
      untracked(() => void this.open(articleId));
    });
    // Where the page scrolls as one (a phone), a chosen claim's details are what to show.
    effect(() => {
      if (!this.store.selectedId()) return;
      afterNextRender(
        () => {
          const detail = this.claimDetailHost()?.nativeElement as HTMLElement | undefined;
          if (detail && !ownScrollBox(detail)) detail.scrollIntoView?.({ block: 'start' });
        },
        { injector: this.injector },
      );
    });
  }

  protected onAddClaim(selection: TextSelection): void {
    void this.store.createClaim(selection.start, selection.end);
  }

  protected onKeydown(event: KeyboardEvent): void {
    if (!isShortcutTarget(event) || this.dialog.openDialogs.length > 0) return;
    const detail = this.claimDetail();
    // A reason half typed belongs to the step it was asked for, wherever focus went meanwhile.
    if (detail?.askingReason()) return;
    switch (event.key) {
      case 'j':
        this.store.step(1);
        break;
      case 'k':
        this.store.step(-1);
        break;
      case 'a':
        detail?.takeSelected();
        break;
      case 's':
        detail?.addSource();
        break;
      case 'v':
        detail?.writeVerdict();
        break;
      case '?':
        this.dialog.open(ShortcutsDialog, { autoFocus: 'dialog' });
        break;
      default:
        return;
    }
    event.preventDefault();
  }

  private async open(articleId: string): Promise<void> {
    await this.store.load(articleId);
    const wanted = this.claim();
    if (wanted && this.store.claims().some((claim) => claim.id === wanted)) this.store.select(wanted);
    this.live.connect(
      articleId,
      (event) => {
        this.store.applyEvent(event);
        const selected = this.store.selectedId();
        const changesResearch = event.type.startsWith('source.') || event.type === 'verdict.updated';
        if (event.claimId && event.claimId === selected && changesResearch) {
          void this.detail.reload(selected);
        }
        if (event.type.startsWith('comment.') && event.data) {
          this.detail.applyComment(event.data as Parameters<ClaimDetailStore['applyComment']>[0]);
        }
      },
      // Back after a gap: what changed meanwhile came as events nobody heard.
      () => {
        void this.store.refreshClaims(articleId);
        const selected = this.store.selectedId();
        if (selected) void this.detail.reload(selected);
      },
    );
  }
}
