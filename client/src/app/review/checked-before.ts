import { DatePipe, PercentPipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import { verdictInfo, type SimilarClaimDto, type VerdictRating } from '@claimdesk/shared';

/**
 * Earlier fact-checks (approved claims of other articles) that read like the selected claim, so a checker can
 * reuse the research and keep the ratings consistent when a claim comes round again.
 */
@Component({
  selector: 'cd-checked-before',
  imports: [DatePipe, PercentPipe, RouterLink],
  template: `
    @let found = similar();
    @if (found === null) {
      <p class="none">Looking for earlier fact-checks…</p>
    } @else if (found === 'failed') {
      <p class="none">
        Earlier fact-checks could not be looked up just now; this does not mean there are none.
      </p>
    } @else if (found.length === 0) {
      <p class="none">No earlier fact-check reads like this claim.</p>
    } @else {
      <ul>
        @for (entry of found; track entry.claim.id) {
          <li>
            <span class="rating" [style.border-color]="ratingColour(entry.rating)">{{
              ratingLabel(entry.rating)
            }}</span>
            <a
              [routerLink]="['/articles', entry.claim.articleId]"
              [queryParams]="{ claim: entry.claim.id }"
              >{{ entry.claim.checkedText || entry.claim.text }}</a
            >
            <span class="meta"
              >{{ entry.articleTitle }} · approved {{ entry.approvedAt | date: 'mediumDate' }} ·
              {{ entry.similarity | percent }} alike</span
            >
          </li>
        }
      </ul>
    }
  `,
  styles: `
    ul {
      display: grid;
      gap: 0.75rem;
      margin: 0;
      padding: 0;
      list-style: none;
    }
    li {
      display: grid;
      gap: 0.25rem;
      justify-items: start;
    }
    .rating {
      padding: 0.125rem 0.5rem;
      border: 2px solid;
      border-radius: var(--mat-sys-corner-small);
      font: var(--mat-sys-label-medium);
    }
    .meta,
    .none {
      font: var(--mat-sys-body-small);
      color: var(--mat-sys-on-surface-variant);
      margin: 0;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CheckedBefore {
  /** null while being looked up, 'failed' when the look-up failed. */
  readonly similar = input.required<readonly SimilarClaimDto[] | null | 'failed'>();

  protected ratingLabel(rating: VerdictRating): string {
    return verdictInfo(rating).label;
  }

  protected ratingColour(rating: VerdictRating): string {
    return `var(--cd-${verdictInfo(rating).colorToken})`;
  }
}
