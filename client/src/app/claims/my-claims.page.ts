import { ChangeDetectionStrategy, Component, ElementRef, Injector, inject, viewChild } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { RouterLink } from '@angular/router';
import { CLAIM_STATE_INFO, CLAIM_TYPE_INFO } from '@claimdesk/shared';

import { focusAddedClaim } from './focus-added-claim';
import { MyClaimsStore } from './my-claims.store';

@Component({
  selector: 'cd-my-claims-page',
  imports: [RouterLink, MatButtonModule],
  template: `
    <h1>My claims</h1>
    @if (store.loading()) {
      <p role="status">Loading your claims…</p>
    } @else if (store.loaded() === 0 && store.error(); as error) {
      <p role="alert" class="error">{{ error.message }}</p>
    } @else if (store.total() === 0) {
      <p>No claims are assigned to you. Open an article and take a claim to start.</p>
    }
    @for (group of store.groups(); track group.state) {
      <section class="group" [attr.aria-labelledby]="'group-' + group.state">
        <h2 [id]="'group-' + group.state">
          <span class="state-chip" [style.color]="colour(group.state)"
            >{{ group.label }} ({{ group.count }})</span
          >
        </h2>
        <ul>
          @for (claim of group.claims; track claim.id) {
            <li>
              <a
                [routerLink]="['/articles', claim.articleId]"
                [queryParams]="{ claim: claim.id }"
                [attr.data-claim-id]="claim.id"
                >{{ claim.checkedText || claim.text }}</a
              >
              <span class="meta"
                >{{ store.articleTitle(claim.articleId) }} · {{ typeLabel(claim.type) }}</span
              >
            </li>
          }
        </ul>
      </section>
    }
    @if (store.total() > 0 && !store.loading()) {
      <p class="more" role="status" tabindex="-1" #progress>
        Showing {{ store.loaded() }} of {{ store.total() }} claims
      </p>
      @if (store.changedSinceLoad()) {
        <p class="changed">
          Your claims changed while this list was being read, so it may miss some.
          <button mat-button type="button" (click)="store.load()">Reload the list</button>
        </p>
      }
      @if (store.loaded() > 0 && store.error(); as error) {
        <p role="alert" class="error">{{ error.message }}</p>
      }
      @if (store.hasMore()) {
        <!-- disabledInteractive: the button keeps focus while the next page loads. -->
        <button
          mat-stroked-button
          type="button"
          disabledInteractive
          [disabled]="store.loadingMore()"
          (click)="more()"
        >
          {{ store.loadingMore() ? 'Loading…' : 'Show more claims' }}
        </button>
      }
    }
  `,
  styles: `
    .group h2 {
      display: flex;
      gap: 0.5rem;
      align-items: center;
      font: var(--mat-sys-title-medium);
    }
    ul {
      display: grid;
      gap: 0.5rem;
      padding-left: 1.25rem;
    }
    li {
      display: grid;
      gap: 0.125rem;
    }
    .meta {
      font: var(--mat-sys-body-small);
      color: var(--mat-sys-on-surface-variant);
    }
    .more {
      font: var(--mat-sys-body-small);
      color: var(--mat-sys-on-surface-variant);
    }
    .changed {
      font: var(--mat-sys-body-medium);
    }
    .error {
      color: var(--mat-sys-error);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class MyClaimsPage {
  protected readonly store = inject(MyClaimsStore);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);
  private readonly progress = viewChild<ElementRef<HTMLElement>>('progress');

  constructor() {
    void this.store.load();
  }

  /** Loads the next page and moves focus to its first claim (or to the count, when nothing came). */
  protected async more(): Promise<void> {
    if (this.store.loadingMore()) return;
    const added = await this.store.loadMore();
    focusAddedClaim(this.host.nativeElement, this.injector, added, this.progress()?.nativeElement);
  }

  protected colour(state: keyof typeof CLAIM_STATE_INFO): string {
    return `var(--cd-${CLAIM_STATE_INFO[state].colorToken})`;
  }

  protected typeLabel(type: keyof typeof CLAIM_TYPE_INFO): string {
    return CLAIM_TYPE_INFO[type].label;
  }
}
