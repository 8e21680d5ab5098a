import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, DestroyRef, inject, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { Router, RouterLink } from '@angular/router';

import { ClaimProgress } from '../ui/claim-progress';
import { ArticlesStore } from './articles.store';
import { ImportDialog } from './import-dialog';

const SEARCH_DELAY_MS = 250;

@Component({
  selector: 'cd-articles-page',
  imports: [DatePipe, RouterLink, MatButtonModule, MatProgressBarModule, ClaimProgress],
  template: `
    <div class="heading">
      <h1>Articles</h1>
      <button mat-flat-button type="button" (click)="openImport()">Import article</button>
    </div>
    <div class="search" role="search">
      <label for="article-search">Search articles</label>
      <input id="article-search" type="search" [value]="search()" (input)="onSearch($event)" />
    </div>
    @if (store.loading()) {
      <mat-progress-bar mode="indeterminate" aria-label="Loading articles" />
    }
    @if (store.error(); as error) {
      <p role="alert" class="error">{{ error.message }}</p>
    }
    @if (!store.loading() && store.articles().length === 0 && !store.error()) {
      <p>
        {{ search() ? 'No article matches “' + search() + '”.' : 'No articles yet. Import one to start.' }}
      </p>
    }
    <ul class="articles" aria-label="Articles">
      @for (article of store.articles(); track article.id) {
        <li class="article">
          <div class="meta">
            <a class="title" [routerLink]="['/articles', article.id]">{{ article.title }}</a>
            <span class="byline">
              {{ article.outlet || 'Unknown outlet' }}
              @if (article.author) {
                · {{ article.author }}
              }
              · imported {{ article.importedAt | date: 'medium' }}
            </span>
          </div>
          <cd-claim-progress [counts]="article.claimCounts" />
        </li>
      }
    </ul>
  `,
  styles: `
    .heading {
      display: flex;
      align-items: center;
      justify-content: space-between;
      gap: 1rem;
    }
    .search {
      display: flex;
      gap: 0.75rem;
      align-items: center;
      margin: 0.5rem 0 1rem;
    }
    .search input {
      flex: 1;
      max-width: 28rem;
      padding: 0.5rem 0.75rem;
      font: inherit;
      border: 1px solid var(--mat-sys-outline);
      border-radius: var(--mat-sys-corner-small);
      background: var(--mat-sys-surface);
      color: inherit;
    }
    .articles {
      list-style: none;
      margin: 0;
      padding: 0;
      display: grid;
      gap: 0.5rem;
    }
    .article {
      display: flex;
      flex-wrap: wrap;
      justify-content: space-between;
      align-items: center;
      gap: 1rem;
      padding: 0.75rem 1rem;
      border: 1px solid var(--mat-sys-outline-variant);
      border-radius: var(--mat-sys-corner-medium);
    }
    .meta {
      display: grid;
      gap: 0.25rem;
    }
    .title {
      font: var(--mat-sys-title-medium);
    }
    .byline {
      font: var(--mat-sys-body-small);
      color: var(--mat-sys-on-surface-variant);
    }
    .error {
      color: var(--mat-sys-error);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ArticlesPage {
  protected readonly store = inject(ArticlesStore);
  private readonly dialog = inject(MatDialog);
  private readonly router = inject(Router);
  protected readonly search = signal('');
  private searchTimer: ReturnType<typeof setTimeout> | undefined;

  constructor() {
    void this.store.load();
    inject(DestroyRef).onDestroy(() => clearTimeout(this.searchTimer));
  }

  protected onSearch(event: Event): void {
    const value = (event.target as HTMLInputElement).value;
    this.search.set(value);
    clearTimeout(this.searchTimer);
    this.searchTimer = setTimeout(() => void this.store.load(value), SEARCH_DELAY_MS);
  }

  protected openImport(): void {
    this.store.resetImport();
    const ref = this.dialog.open<ImportDialog, void, string>(ImportDialog, {
      width: '40rem',
      maxWidth: '95vw',
      autoFocus: 'first-tabbable',
    });
    ref.afterClosed().subscribe((articleId) => {
      if (articleId) void this.router.navigate(['/articles', articleId]);
    });
  }
}
