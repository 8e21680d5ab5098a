import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  Injector,
  OnInit,
  computed,
  inject,
  viewChild,
  viewChildren,
} from '@angular/core';
import { VERDICT_SCALE, type VerdictRating } from '@claimdesk/shared';

import { focusAddedClaim } from '../claims/focus-added-claim';
import { restoreFocusAfterRender } from '../core/focus';
import type { ActionRequest } from '../review/claim-actions';
import { BulkClaims } from './bulk-claims';
import { DeskClaimCard } from './desk-claim-card';
import { EditorDeskStore } from './editor-desk.store';
import type { DeskAction, DeskFilters, DeskView } from './review-queue';

/** The editor's desk: verdicts waiting for a second pair of eyes, and bulk assignment by article. */
@Component({
  selector: 'cd-editor-desk-page',
  imports: [BulkClaims, DeskClaimCard],
  providers: [EditorDeskStore],
  template: `
    <h1>Review queue</h1>
    <p class="muted">{{ order() }}</p>
    <div class="views" role="group" aria-label="Which claims">
      <button
        type="button"
        [class.primary]="store.view() === 'in_review'"
        [attr.aria-pressed]="store.view() === 'in_review'"
        (click)="show('in_review')"
      >
        In review
      </button>
      <button
        type="button"
        [class.primary]="store.view() === 'approved'"
        [attr.aria-pressed]="store.view() === 'approved'"
        (click)="show('approved')"
      >
        Approved (to reopen)
      </button>
    </div>
    <form class="filters" aria-label="Filter the queue" (submit)="$event.preventDefault()">
      <label>
        Article
        <select [value]="store.filters().articleId" (change)="filter('articleId', $event)">
          <option value="">All articles</option>
          @for (article of store.queueArticles(); track article.id) {
            <option [value]="article.id">{{ article.title }} ({{ article.count }})</option>
          }
        </select>
      </label>
      <label>
        Checker
        <select [value]="store.filters().checkerId" (change)="filter('checkerId', $event)">
          <option value="">Anyone</option>
          @for (user of store.checkers(); track user.id) {
            <option [value]="user.id">{{ user.displayName }}</option>
          }
        </select>
      </label>
      <label>
        Rating
        <select [value]="store.filters().rating" (change)="filter('rating', $event)">
          <option value="">Any rating</option>
          @for (rating of ratings; track rating.id) {
            <option [value]="rating.id">{{ rating.label }}</option>
          }
        </select>
      </label>
    </form>
    <p class="visually-hidden" aria-live="polite">{{ store.notice() }}</p>
    @if (store.error(); as error) {
      <p class="error" role="alert">{{ error.message }}</p>
    }
    <h2 tabindex="-1" #queueHeading>{{ heading() }}</h2>
    @if (store.loading()) {
      <p role="status">Loading the queue…</p>
    } @else {
      @for (entry of store.entries(); track entry.claim.id) {
        <cd-desk-claim-card
          [entry]="entry"
          [articleTitle]="store.articleTitle(entry.claim.articleId)"
          [names]="store.names()"
          [busy]="store.busy()"
          [problem]="store.problemFor(entry.claim.id)"
          (decided)="decide($event)"
        />
      }
      @if (store.total() === 0) {
        <p>Nothing here: no claim matches.</p>
      } @else if (store.total(); as total) {
        <p class="muted" role="status" tabindex="-1" #progress>
          Showing {{ store.entries().length }} of {{ total }} verdicts
        </p>
        @if (store.hasMore()) {
          <!-- aria-disabled, not disabled: the button keeps focus while the next page loads. -->
          <button type="button" [attr.aria-disabled]="store.loadingMore()" (click)="more()">
            {{ store.loadingMore() ? 'Loading…' : 'Show more verdicts' }}
          </button>
        }
      }
    }
    <cd-bulk-claims [checkers]="store.checkers()" />
  `,
  styleUrl: './controls.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class EditorDeskPage implements OnInit {
  protected readonly store = inject(EditorDeskStore);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);
  private readonly progress = viewChild<ElementRef<HTMLElement>>('progress');
  private readonly queueHeading = viewChild<ElementRef<HTMLElement>>('queueHeading');
  private readonly cards = viewChildren(DeskClaimCard);
  protected readonly ratings = VERDICT_SCALE;

  /** Says which end of the queue comes first, as the server orders it. */
  protected readonly order = computed(() =>
    this.store.view() === 'in_review'
      ? "The editor's desk: verdicts waiting for a second editor, oldest first."
      : "The editor's desk: approved verdicts to reopen if need be, most recently approved first.",
  );

  /** Counts every verdict that matches, not only those shown; no count while it is unknown. */
  protected readonly heading = computed(() => {
    const name = this.store.view() === 'in_review' ? 'Waiting for approval' : 'Approved verdicts';
    const total = this.store.total();
    return this.store.loading() || total === null ? name : `${name} (${total})`;
  });

  ngOnInit(): void {
    void this.store.load();
  }

  protected show(view: DeskView): void {
    void this.store.show(view);
  }

  protected filter(key: keyof DeskFilters, event: Event): void {
    const value = (event.target as HTMLSelectElement).value;
    void this.store.filterBy({ [key]: value as VerdictRating | '' });
  }

  /**
   * Loads the next page and moves focus to its first card (or to the count, when nothing new came); after a
   * failure focus stays on the button, to try again.
   */
  protected async more(): Promise<void> {
    if (this.store.loadingMore()) return;
    const added = await this.store.loadMore();
    if (this.store.error()) return;
    focusAddedClaim(
      this.host.nativeElement,
      this.injector,
      added.map((entry) => entry.claim),
      this.progress()?.nativeElement,
    );
  }

  /**
   * Decides, then keeps keyboard users in the queue: on the card if it is still there (the control used, else
   * the card), else on the card that took its place, the one before it, or the queue's heading.
   */
  protected async decide(request: ActionRequest & { claimId: string }): Promise<void> {
    const before = document.activeElement;
    const index = this.store.entries().findIndex((entry) => entry.claim.id === request.claimId);
    const done = await this.store.decide(request.claimId, request.action as DeskAction, request.reason);
    if (done)
      this.cards()
        .find((card) => card.entry().claim.id === request.claimId)
        ?.closeReason();
    restoreFocusAfterRender(this.injector, before, () => {
      const cards = Array.from(
        this.host.nativeElement.querySelectorAll<HTMLElement>('article[data-claim-id]'),
      );
      return (
        cards.find((candidate) => candidate.dataset['claimId'] === request.claimId) ??
        cards[index] ??
        cards.at(-1) ??
        this.queueHeading()?.nativeElement
      );
    });
  }
}
