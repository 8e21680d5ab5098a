import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import type { ClaimDto, UserDto } from '@claimdesk/shared';

import { AssignPicker } from './assign-picker';
import { ReviewBulkStore } from './review-bulk.store';

/** Under the claim list, for editors: the ticked claims go to one person, or are dismissed with one reason. */
@Component({
  selector: 'cd-review-bulk-bar',
  imports: [AssignPicker],
  template: `
    <div class="bulk" role="group" aria-label="Bulk actions on selected claims">
      <label class="inline">
        <input
          type="checkbox"
          [checked]="allChecked()"
          [disabled]="selectable().length === 0"
          (change)="bulk.selectAll(selectable(), checked($event))"
        />
        Select all shown claims
      </label>
      <p class="meta">{{ count() }} selected</p>
      @if (count() > 0) {
        <cd-assign-picker
          label="Assign selected claims to"
          [buttonLabel]="'Assign ' + count() + ' selected'"
          [people]="people()"
          [disabled]="bulk.busy()"
          (assign)="bulk.assign($event)"
        />
        <form class="dismiss" (submit)="dismiss($event)">
          <label>
            Dismissal reason for the selected claims
            <input type="text" [value]="reason()" (input)="reason.set(text($event))" />
          </label>
          <button type="submit" [disabled]="!reason().trim() || bulk.busy()">
            Dismiss {{ count() }} selected
          </button>
        </form>
      }
      <p role="status">{{ bulk.result() }}</p>
      @if (bulk.error(); as error) {
        <p class="error" role="alert">{{ error.message }}</p>
      }
    </div>
  `,
  styles: `
    .bulk {
      display: flex;
      flex-direction: column;
      gap: 0.5rem;
      padding: 0.5rem 0;
      border-bottom: 1px solid var(--cd-border, #ccc);
    }
    .dismiss {
      display: flex;
      flex-wrap: wrap;
      align-items: end;
      gap: 0.5rem;
    }
    .dismiss label {
      display: flex;
      flex-direction: column;
      gap: 0.25rem;
    }
    p {
      margin: 0;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ReviewBulkBar {
  /** The claims the list shows that can still be assigned or dismissed. */
  readonly selectable = input.required<readonly ClaimDto[]>();
  readonly people = input.required<readonly UserDto[]>();
  protected readonly bulk = inject(ReviewBulkStore);
  protected readonly reason = signal('');
  protected readonly count = computed(() => this.bulk.selectedClaims().length);
  protected readonly allChecked = computed(
    () =>
      this.selectable().length > 0 && this.selectable().every((claim) => this.bulk.selected().has(claim.id)),
  );

  protected async dismiss(event: Event): Promise<void> {
    event.preventDefault();
    if (!this.reason().trim()) return;
    await this.bulk.dismiss(this.reason().trim());
    if (!this.bulk.error()) this.reason.set('');
  }

  protected text(event: Event): string {
    return (event.target as HTMLInputElement).value;
  }

  protected checked(event: Event): boolean {
    return (event.target as HTMLInputElement).checked;
  }
}
