import { ChangeDetectionStrategy, Component, computed, input, output, signal } from '@angular/core';
import type { AvailableAction, ClaimAction } from '@claimdesk/shared';

export interface ActionRequest {
  action: ClaimAction;
  reason?: string;
}

/**
 * The workflow buttons for this user: allowed ones enabled, refused ones disabled with the rule's reason
 * in words beside them. Actions that need a reason ask for it first; the verdict has its own form.
 */
@Component({
  selector: 'cd-claim-actions',
  template: `
    <div class="actions" role="group" aria-label="Claim actions">
      @if (canTake()) {
        <button type="button" class="primary" [disabled]="busy()" (click)="take.emit()">Assign to me</button>
      }
      @if (canRelease()) {
        <button type="button" [disabled]="busy()" (click)="release.emit()">Unassign</button>
      }
      @for (item of actions(); track item.action) {
        <div class="action">
          <button
            type="button"
            [class.primary]="item.allowed"
            [disabled]="!item.allowed || busy()"
            [attr.aria-describedby]="item.allowed ? null : 'why-' + item.action"
            (click)="choose(item)"
          >
            {{ item.action === 'submit_verdict' ? 'Write verdict' : item.label }}
          </button>
          @if (!item.allowed && item.reason) {
            <span class="why" [id]="'why-' + item.action">{{ item.reason }}</span>
          }
        </div>
      } @empty {
        <p class="why">No workflow step applies to this claim now.</p>
      }
    </div>
    @if (asking(); as pending) {
      <form class="reason" (submit)="confirm($event)">
        <label for="action-reason">Reason to {{ pending.label.toLowerCase() }}</label>
        <textarea
          id="action-reason"
          rows="2"
          required
          [value]="reason()"
          (input)="onReason($event)"
          (keydown)="onReasonKeydown($event)"
        ></textarea>
        <div class="buttons">
          <button type="submit" class="primary" [disabled]="!reason().trim() || busy()">
            {{ pending.label }}
          </button>
          <button type="button" (click)="asking.set(null)">Cancel</button>
        </div>
      </form>
    }
  `,
  styleUrl: './claim-actions.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ClaimActions {
  readonly actions = input.required<readonly AvailableAction[]>();
  readonly canTake = input(false);
  readonly canRelease = input(false);
  readonly busy = input(false);
  readonly act = output<ActionRequest>();
  readonly take = output<void>();
  readonly release = output<void>();
  readonly verdictRequested = output<void>();

  protected readonly asking = signal<AvailableAction | null>(null);
  protected readonly reason = signal('');
  protected readonly anyAllowed = computed(() => this.actions().some((item) => item.allowed));

  protected choose(item: AvailableAction): void {
    if (item.action === 'submit_verdict') {
      this.verdictRequested.emit();
      return;
    }
    if (item.needsInput.includes('reason')) {
      this.reason.set('');
      this.asking.set(item);
      return;
    }
    this.act.emit({ action: item.action });
  }

  protected onReason(event: Event): void {
    this.reason.set((event.target as HTMLTextAreaElement).value);
  }

  // Enter confirms (Shift+Enter for a new line), as in every other short form of the panel.
  protected onReasonKeydown(event: KeyboardEvent): void {
    if (event.key === 'Enter' && !event.shiftKey) this.confirm(event);
  }

  protected confirm(event: Event): void {
    event.preventDefault();
    const pending = this.asking();
    if (!pending || !this.reason().trim()) return;
    this.act.emit({ action: pending.action, reason: this.reason().trim() });
    this.asking.set(null);
  }
}
