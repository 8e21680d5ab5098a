import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  Injector,
  computed,
  effect,
  inject,
  input,
  untracked,
} from '@angular/core';
import { FormBuilder, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { Router, RouterLink } from '@angular/router';
import {
  CLAIM_STATES,
  CLAIM_STATE_INFO,
  CLAIM_TYPES,
  CLAIM_TYPE_INFO,
  type ClaimState,
  type ClaimType,
} from '@claimdesk/shared';

import { focusAddedClaim } from './focus-added-claim';
import { ANY_CLAIM, ClaimSearchStore, type ClaimSearch, type ClaimSearchSort } from './claim-search.store';

const SORTS: readonly { value: ClaimSearchSort; label: string }[] = [
  { value: 'updatedAt', label: 'Recently changed' },
  { value: 'score', label: 'Check-worthiness' },
];

function oneOf<T extends string>(values: readonly T[], value: string | undefined, fallback: T | ''): T | '' {
  return value !== undefined && (values as readonly string[]).includes(value) ? (value as T) : fallback;
}

function sameSearch(a: ClaimSearch, b: ClaimSearch): boolean {
  return (Object.keys(ANY_CLAIM) as (keyof ClaimSearch)[]).every((key) => a[key] === b[key]);
}

/** Only what narrows the search goes into the address; the default order is left out. */
function toQueryParams(search: ClaimSearch): Record<string, string | null> {
  return {
    q: search.q || null,
    speaker: search.speaker || null,
    state: search.state || null,
    type: search.type || null,
    sort: search.sort === ANY_CLAIM.sort ? null : search.sort,
  };
}

/**
 * Every claim in every article, searched by words, speaker, state and type: "has anyone checked this before?"
 * The search lives in the address (?q=…&speaker=…), so it can be bookmarked, shared and gone back to.
 */
@Component({
  selector: 'cd-claim-search-page',
  imports: [ReactiveFormsModule, RouterLink, MatButtonModule, MatFormFieldModule, MatInputModule],
  providers: [ClaimSearchStore],
  template: `
    <h1>Search claims</h1>
    <form role="search" aria-label="Claims" [formGroup]="form" (ngSubmit)="submit()">
      <mat-form-field appearance="outline" class="words">
        <mat-label>Text in the claim</mat-label>
        <input matInput formControlName="q" type="search" maxlength="500" />
        <mat-hint>Found as typed, in the claim or its checked wording</mat-hint>
      </mat-form-field>
      <mat-form-field appearance="outline">
        <mat-label>Speaker</mat-label>
        <input matInput formControlName="speaker" maxlength="300" />
        <mat-hint>The full name, as in the claim</mat-hint>
      </mat-form-field>
      <mat-form-field appearance="outline">
        <mat-label>State</mat-label>
        <select matNativeControl formControlName="state">
          <option value="">Any state</option>
          @for (state of states; track state) {
            <option [value]="state">{{ stateLabel(state) }}</option>
          }
        </select>
      </mat-form-field>
      <mat-form-field appearance="outline">
        <mat-label>Type</mat-label>
        <select matNativeControl formControlName="type">
          <option value="">Any type</option>
          @for (type of types; track type) {
            <option [value]="type">{{ typeLabel(type) }}</option>
          }
        </select>
      </mat-form-field>
      <mat-form-field appearance="outline">
        <mat-label>Order</mat-label>
        <select matNativeControl formControlName="sort">
          @for (sort of sorts; track sort.value) {
            <option [value]="sort.value">{{ sort.label }}</option>
          }
        </select>
      </mat-form-field>
      <button mat-flat-button type="submit">Search</button>
    </form>

    @if (store.error(); as error) {
      <p role="alert" class="error">{{ error.message }}</p>
    }
    <p role="status" class="summary">{{ summary() }}</p>
    @if (store.results().length > 0) {
      <ul class="results" aria-label="Matching claims">
        @for (claim of store.results(); track claim.id) {
          <li>
            <a
              [routerLink]="['/articles', claim.articleId]"
              [queryParams]="{ claim: claim.id }"
              [attr.data-claim-id]="claim.id"
              >{{ claim.checkedText || claim.text }}</a
            >
            <span class="meta">
              <span class="state-chip" [style.color]="stateColour(claim.state)">{{
                stateLabel(claim.state)
              }}</span>
              · {{ store.articleTitle(claim.articleId) }} · {{ typeLabel(claim.type) }}
              @if (claim.speaker) {
                · {{ claim.speaker }}
              }
            </span>
          </li>
        }
      </ul>
    }
    @if (store.hasMore()) {
      <button
        mat-stroked-button
        type="button"
        disabledInteractive
        [disabled]="store.loading()"
        (click)="more()"
      >
        {{ store.loading() ? 'Loading…' : 'Show more claims' }}
      </button>
    }
  `,
  styles: `
    form {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5rem 1rem;
      align-items: baseline;
    }
    .words {
      flex: 1 1 20rem;
    }
    .results {
      display: grid;
      gap: 0.75rem;
      padding-left: 1.25rem;
    }
    li {
      display: grid;
      gap: 0.125rem;
    }
    .meta,
    .summary {
      font: var(--mat-sys-body-small);
      color: var(--mat-sys-on-surface-variant);
    }
    .state-chip {
      font-weight: 600;
    }
    .error {
      color: var(--mat-sys-error);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ClaimSearchPage {
  protected readonly store = inject(ClaimSearchStore);
  private readonly router = inject(Router);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);
  protected readonly states = CLAIM_STATES;
  protected readonly types = CLAIM_TYPES;
  protected readonly sorts = SORTS;

  /** Query parameters, bound by the router. */
  readonly q = input<string>();
  readonly speaker = input<string>();
  readonly state = input<string>();
  readonly type = input<string>();
  readonly sort = input<string>();

  private readonly criteria = computed<ClaimSearch>(() => ({
    q: this.q() ?? '',
    speaker: this.speaker() ?? '',
    state: oneOf<ClaimState>(CLAIM_STATES, this.state(), ''),
    type: oneOf<ClaimType>(CLAIM_TYPES, this.type(), ''),
    sort: (oneOf<ClaimSearchSort>(['updatedAt', 'score'], this.sort(), '') ||
      ANY_CLAIM.sort) as ClaimSearchSort,
  }));

  protected readonly form = inject(FormBuilder).nonNullable.group({ ...ANY_CLAIM });

  protected readonly summary = computed(() => {
    if (this.store.loading() && this.store.results().length === 0) return 'Searching…';
    if (this.store.searched() === null) return '';
    const count = this.store.results().length;
    if (count === 0) return 'No claims match.';
    const claims = count === 1 ? '1 claim' : `${count} claims`;
    return this.store.hasMore() ? `Showing the first ${claims}; there are more.` : `${claims} found.`;
  });

  constructor() {
    // The address is the search: arriving, going back and submitting all run the search it names.
    effect(() => {
      const criteria = this.criteria();
      untracked(() => {
        this.form.setValue(criteria);
        void this.store.search(criteria);
      });
    });
  }

  protected submit(): void {
    const raw = this.form.getRawValue();
    const next: ClaimSearch = { ...raw, q: raw.q.trim(), speaker: raw.speaker.trim() };
    // The address already says this (a refresh): search again; otherwise the new address runs it.
    if (sameSearch(next, this.criteria())) void this.store.search(next);
    else void this.router.navigate([], { queryParams: toQueryParams(next) });
  }

  /** Loads the next page and moves focus to its first claim, so keyboard users carry on from there. */
  protected async more(): Promise<void> {
    if (this.store.loading()) return;
    const added = await this.store.loadMore();
    focusAddedClaim(this.host.nativeElement, this.injector, added);
  }

  protected stateLabel(state: ClaimState): string {
    return CLAIM_STATE_INFO[state].label;
  }

  protected stateColour(state: ClaimState): string {
    return `var(--cd-${CLAIM_STATE_INFO[state].colorToken})`;
  }

  protected typeLabel(type: ClaimType): string {
    return CLAIM_TYPE_INFO[type].label;
  }
}
