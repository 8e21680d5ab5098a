import { ChangeDetectionStrategy, Component, OnInit, inject } from '@angular/core';
import { VERDICT_SCALE, type VerdictRating } from '@claimdesk/shared';

import type { ActionRequest } from '../review/claim-actions';
import { BulkClaims } from './bulk-claims';
import { DeskClaimCard } from './desk-claim-card';
import { DeskAction, DeskFilters, DeskView, EditorDeskStore } from './editor-desk.store';

/** The editor's desk: verdicts waiting for a second pair of eyes, and bulk assignment by article. */
@Component({
  selector: 'cd-editor-desk-page',
  imports: [BulkClaims, DeskClaimCard],
  providers: [EditorDeskStore],
  template: `
    <h1>Review queue</h1>
    <p class="muted">The editor's desk: verdicts waiting for a second editor, oldest first.</p>
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
            <option [value]="article.id">{{ article.title }}</option>
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
    <h2>
      {{ store.view() === 'in_review' ? 'Waiting for approval' : 'Approved verdicts' }} ({{
        store.visibleEntries().length
      }})
    </h2>
    @if (store.loading()) {
      <p role="status">Loading the queue…</p>
    } @else {
      @for (entry of store.visibleEntries(); track entry.claim.id) {
        <cd-desk-claim-card
          [entry]="entry"
          [articleTitle]="store.articleTitle(entry.claim.articleId)"
          [names]="store.names()"
          [busy]="store.busy()"
          (decided)="decide($event)"
        />
      } @empty {
        <p>Nothing here: no claim matches.</p>
      }
    }
    <cd-bulk-claims [articles]="store.articles()" [checkers]="store.checkers()" />
  `,
  styleUrl: './controls.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class EditorDeskPage implements OnInit {
  protected readonly store = inject(EditorDeskStore);
  protected readonly ratings = VERDICT_SCALE;

  ngOnInit(): void {
    void this.store.load();
  }

  protected show(view: DeskView): void {
    void this.store.show(view);
  }

  protected filter(key: keyof DeskFilters, event: Event): void {
    const value = (event.target as HTMLSelectElement).value;
    this.store.filters.update((filters) => ({ ...filters, [key]: value as VerdictRating | '' }));
  }

  protected decide(request: ActionRequest & { claimId: string }): void {
    void this.store.decide(request.claimId, request.action as DeskAction, request.reason);
  }
}
