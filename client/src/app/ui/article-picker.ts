import { DatePipe } from '@angular/common';
import { HttpClient } from '@angular/common/http';
import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  computed,
  effect,
  inject,
  input,
  output,
  signal,
  untracked,
  viewChild,
} from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { MatAutocompleteModule, type MatAutocompleteSelectedEvent } from '@angular/material/autocomplete';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import type { ArticleDto, ArticleSummaryDto, Page } from '@claimdesk/shared';
import { EMPTY, Subject, catchError, map, of, switchMap, timer } from 'rxjs';

import { toApiError, type ApiError } from '../core/api-error';

/** How long typing pauses before the picker asks the server. */
export const ARTICLE_SEARCH_DEBOUNCE_MS = 250;
/** How many articles one search offers. */
export const ARTICLE_SEARCH_LIMIT = 20;

interface ChosenArticle {
  id: string;
  title: string;
}

interface SearchAnswer {
  items: ArticleSummaryDto[];
  error: ApiError | null;
}

interface LookupAnswer {
  id: string;
  article: ArticleDto | null;
  error: ApiError | null;
}

/**
 * Choose one article of the whole newsroom by typing part of its title: the server searches (newest import
 * first), so no article is out of reach however many there are. Given an id whose title it does not know
 * (a deep link), it asks the server for the title.
 */
@Component({
  selector: 'cd-article-picker',
  imports: [DatePipe, MatAutocompleteModule, MatButtonModule, MatFormFieldModule, MatInputModule],
  template: `
    <mat-form-field appearance="outline" subscriptSizing="dynamic">
      <mat-label>{{ label() }}</mat-label>
      <input
        #field
        matInput
        type="text"
        autocomplete="off"
        placeholder="Type part of the title"
        [value]="text()"
        [matAutocomplete]="panel"
        (input)="typed($event)"
        (focus)="focused()"
      />
      @if (text()) {
        <button matIconButton matSuffix type="button" aria-label="Clear the chosen article" (click)="clear()">
          <span aria-hidden="true">✕</span>
        </button>
      }
      <mat-autocomplete
        #panel="matAutocomplete"
        autoActiveFirstOption
        [displayWith]="titleOf"
        (optionSelected)="picked($event)"
        (opened)="open.set(true)"
        (closed)="closed()"
      >
        @for (article of shown(); track article.id) {
          <mat-option [value]="article">
            <span class="title">{{ article.title }}</span>
            <span class="meta">
              @if (article.outlet) {
                {{ article.outlet }} ·
              }
              imported {{ article.importedAt | date: 'mediumDate' }}</span
            >
          </mat-option>
        } @empty {
          <mat-option disabled class="note">{{ emptyText() }}</mat-option>
        }
      </mat-autocomplete>
    </mat-form-field>
    <p class="status" role="status" [class.error]="problem()">{{ status() }}</p>
  `,
  styles: `
    :host {
      display: block;
      width: min(100%, 36rem);
    }
    mat-form-field {
      width: 100%;
    }
    .title,
    .meta {
      display: block;
    }
    .meta {
      font: var(--mat-sys-body-small);
      color: var(--mat-sys-on-surface-variant);
    }
    .status {
      margin: 0.25rem 0 0;
      font: var(--mat-sys-body-small);
      // Kept in the accessibility tree when empty (no display: none), so a message that appears is announced.
      &:empty {
        margin: 0;
      }
    }
    .error {
      color: var(--mat-sys-error);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ArticlePicker {
  /** The chosen article's id; '' for none. */
  readonly articleId = input('');
  /** The field's visible label, e.g. "Article to export". */
  readonly label = input.required<string>();
  /** The id the reader chose; '' once they clear the field. */
  readonly articleIdChange = output<string>();

  private readonly http = inject(HttpClient);
  private readonly field = viewChild.required<ElementRef<HTMLInputElement>>('field');
  private readonly searches = new Subject<{ term: string; delay: number }>();
  private readonly lookups = new Subject<string>();

  /** What the field shows: the chosen title, or what the reader is typing. */
  protected readonly text = signal('');
  protected readonly open = signal(false);
  private readonly chosen = signal<ChosenArticle | null>(null);
  private readonly term = signal('');
  private readonly results = signal<ArticleSummaryDto[]>([]);
  private readonly searching = signal(false);
  private readonly searched = signal(false);
  private readonly searchError = signal<ApiError | null>(null);
  /** Why the chosen article cannot be shown (a deep link to a deleted article, say). */
  private readonly notice = signal('');

  /**
   * The options: the server's answer for the latest term, or while it is on its way the last answer narrowed
   * to the new term (the server matches titles the same way), so a quick Enter never picks a stale match.
   */
  protected readonly shown = computed(() => {
    const results = this.results();
    if (!this.searching()) return results;
    const term = this.term().toLocaleLowerCase();
    return results.filter((article) => article.title.toLocaleLowerCase().includes(term));
  });

  protected readonly emptyText = computed(() => {
    if (this.searching() || !this.searched()) return 'Searching…';
    const error = this.searchError();
    if (error) return `Search failed: ${error.message}`;
    return this.term() ? 'No article matches' : 'No articles yet';
  });

  protected readonly problem = computed(() => !!this.notice() || (this.open() && !!this.searchError()));

  /** Said to screen readers: what the options alone would not tell. */
  protected readonly status = computed(() => {
    if (this.notice()) return this.notice();
    if (!this.open() || this.searching() || !this.searched()) return '';
    const error = this.searchError();
    if (error) return `Could not search the articles: ${error.message}`;
    if (this.results().length > 0) return '';
    return this.term() ? `No article matches “${this.term()}”.` : 'No articles yet.';
  });

  protected readonly titleOf = (article: ArticleSummaryDto | null): string => article?.title ?? '';

  constructor() {
    this.searches
      .pipe(
        switchMap(({ term, delay }) =>
          (delay > 0 ? timer(delay) : of(0)).pipe(
            switchMap(() => {
              const params: Record<string, string | number> = { limit: ARTICLE_SEARCH_LIMIT };
              if (term) params['q'] = term;
              return this.http.get<Page<ArticleSummaryDto>>('/api/articles', { params });
            }),
            map((page): SearchAnswer => ({ items: page.items, error: null })),
            catchError((error: unknown) => of<SearchAnswer>({ items: [], error: toApiError(error) })),
          ),
        ),
        takeUntilDestroyed(),
      )
      .subscribe(({ items, error }) => {
        this.results.set(items);
        this.searchError.set(error);
        this.searching.set(false);
        this.searched.set(true);
      });

    this.lookups
      .pipe(
        switchMap((id) =>
          id
            ? this.http.get<ArticleDto>(`/api/articles/${encodeURIComponent(id)}`).pipe(
                map((article): LookupAnswer => ({ id, article, error: null })),
                catchError((error: unknown) =>
                  of<LookupAnswer>({ id, article: null, error: toApiError(error) }),
                ),
              )
            : EMPTY,
        ),
        takeUntilDestroyed(),
      )
      .subscribe((answer) => this.looked(answer));

    effect(() => {
      const id = this.articleId();
      untracked(() => this.follow(id));
    });
  }

  protected focused(): void {
    if (!this.searched() && !this.searching()) this.search('', 0);
  }

  protected typed(event: Event): void {
    const value = (event.target as HTMLInputElement).value;
    this.text.set(value);
    this.notice.set('');
    if (!value.trim() && (this.chosen() || this.articleId())) this.choose(null);
    this.search(value.trim(), ARTICLE_SEARCH_DEBOUNCE_MS);
  }

  protected picked(event: MatAutocompleteSelectedEvent): void {
    this.choose(event.option.value as ArticleSummaryDto);
  }

  /** Closing the list without picking keeps the choice: the field shows its title again. */
  protected closed(): void {
    this.open.set(false);
    this.text.set(this.chosen()?.title ?? '');
  }

  protected clear(): void {
    this.text.set('');
    this.notice.set('');
    this.choose(null);
    this.search('', 0);
    this.field().nativeElement.focus();
  }

  private choose(article: ChosenArticle | null): void {
    const before = this.chosen()?.id ?? this.articleId();
    this.lookups.next('');
    this.chosen.set(article ? { id: article.id, title: article.title } : null);
    if (article) {
      this.text.set(article.title);
      this.notice.set('');
    }
    const id = article?.id ?? '';
    if (id !== before) this.articleIdChange.emit(id);
  }

  private search(term: string, delay: number): void {
    this.term.set(term);
    this.searching.set(true);
    this.searches.next({ term, delay });
  }

  /** The host chose an article (or none): show its title, asking the server when it is not among the options. */
  private follow(id: string): void {
    const chosen = this.chosen();
    if (id === (chosen?.id ?? '')) {
      this.lookups.next('');
      return;
    }
    if (!id) {
      this.lookups.next('');
      this.chosen.set(null);
      this.text.set('');
      return;
    }
    this.notice.set('');
    const known = this.results().find((article) => article.id === id);
    if (known) {
      this.lookups.next('');
      this.chosen.set({ id, title: known.title });
      this.text.set(known.title);
      return;
    }
    this.chosen.set(null);
    this.text.set('');
    this.lookups.next(id);
  }

  private looked({ id, article, error }: LookupAnswer): void {
    if (article) {
      this.chosen.set({ id, title: article.title });
      if (!this.text()) this.text.set(article.title);
      this.notice.set('');
    } else if (error?.status === 404 || error?.status === 400) {
      // 400: the id is not even an article id (a mistyped link), so no article has it either.
      this.notice.set('That article no longer exists; choose another.');
      this.articleIdChange.emit('');
    } else {
      this.notice.set(`Could not show the chosen article: ${error?.message ?? 'unknown error'}`);
    }
  }
}
