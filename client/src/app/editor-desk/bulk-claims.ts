import { ChangeDetectionStrategy, Component, inject, input, signal } from '@angular/core';
import { CLAIM_STATE_INFO, type UserDto } from '@claimdesk/shared';

import { ArticlePicker } from '../ui/article-picker';
import { BulkClaimsStore } from './bulk-claims.store';

/** Assign or dismiss several claims of one article at once (any article, found by title); lives on the desk. */
@Component({
  selector: 'cd-bulk-claims',
  imports: [ArticlePicker],
  providers: [BulkClaimsStore],
  template: `
    <section class="card" aria-labelledby="bulk-heading">
      <h2 id="bulk-heading">Assign or dismiss in bulk</h2>
      <cd-article-picker
        label="Article to assign"
        [articleId]="store.articleId()"
        (articleIdChange)="pickArticle($event)"
      />
      @if (store.claims().length > 0) {
        <table>
          <caption class="visually-hidden">
            Open claims of the article
          </caption>
          <thead>
            <tr>
              <th scope="col">
                <input
                  type="checkbox"
                  aria-label="Select all claims"
                  [checked]="store.selected().size === store.claims().length"
                  (change)="store.selectAll(checked($event))"
                />
              </th>
              <th scope="col">Claim</th>
              <th scope="col">State</th>
              <th scope="col">Assigned to</th>
            </tr>
          </thead>
          <tbody>
            @for (claim of store.claims(); track claim.id) {
              <tr>
                <td>
                  <input
                    type="checkbox"
                    [attr.aria-label]="'Select: ' + claim.text"
                    [checked]="store.selected().has(claim.id)"
                    (change)="store.toggle(claim.id, checked($event))"
                  />
                </td>
                <td>{{ claim.text }}</td>
                <td>{{ stateLabel(claim.state) }}</td>
                <td>{{ nameOf(claim.assigneeId) }}</td>
              </tr>
            }
          </tbody>
        </table>
        <div class="filters" role="group" aria-label="Bulk actions">
          <label>
            Assign to
            <select [value]="assignee()" (change)="assignee.set(value($event))">
              <option value="">Choose a checker</option>
              @for (user of checkers(); track user.id) {
                @if (user.active) {
                  <option [value]="user.id">{{ user.displayName }} ({{ user.role }})</option>
                }
              }
            </select>
          </label>
          <button
            type="button"
            class="primary"
            [disabled]="!assignee() || store.selected().size === 0 || store.busy()"
            (click)="store.assign(assignee())"
          >
            Assign {{ store.selected().size }} selected
          </button>
          <label>
            Reason to dismiss
            <input type="text" [value]="reason()" (input)="reason.set(value($event))" />
          </label>
          <button
            type="button"
            [disabled]="!reason().trim() || store.selected().size === 0 || store.busy()"
            (click)="store.dismiss(reason().trim())"
          >
            Dismiss {{ store.selected().size }} selected
          </button>
        </div>
      } @else if (store.articleId()) {
        <p>No open claims in this article.</p>
      }
      <p role="status">{{ store.result() }}</p>
      @if (store.error(); as error) {
        <p class="error" role="alert">{{ error.message }}</p>
      }
    </section>
  `,
  styleUrl: './controls.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class BulkClaims {
  readonly checkers = input.required<readonly UserDto[]>();
  protected readonly store = inject(BulkClaimsStore);
  protected readonly assignee = signal('');
  protected readonly reason = signal('');

  protected pickArticle(articleId: string): void {
    void this.store.loadArticle(articleId);
  }

  protected stateLabel(state: keyof typeof CLAIM_STATE_INFO): string {
    return CLAIM_STATE_INFO[state].label;
  }

  protected nameOf(userId: string | null): string {
    if (!userId) return 'Nobody';
    return this.checkers().find((user) => user.id === userId)?.displayName ?? 'Someone else';
  }

  protected value(event: Event): string {
    return (event.target as HTMLInputElement | HTMLSelectElement).value;
  }

  protected checked(event: Event): boolean {
    return (event.target as HTMLInputElement).checked;
  }
}
