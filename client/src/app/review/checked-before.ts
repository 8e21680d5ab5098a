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
    @if (similar().length === 0) {
      <p class="none">No earlier fact-check reads like this claim.</p>
    } @else {
      <ul>
        @for (entry of similar(); track entry.claim.id) {
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
  readonly similar = input.required<readonly SimilarClaimDto[]>();

  protected ratingLabel(rating: VerdictRating): string {
    return verdictInfo(rating).label;
  }

  protected ratingColour(rating: VerdictRating): string {
    return `var(--cd-${verdictInfo(rating).colorToken})`;
  }
}
