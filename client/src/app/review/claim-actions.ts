import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  Injector,
  computed,
  inject,
  input,
  output,
  signal,
  viewChild,
} from '@angular/core';
import type { AvailableAction, ClaimAction } from '@claimdesk/shared';

import { canTakeFocus, focusAfterRender } from '../core/focus';

export interface ActionRequest {
  action: ClaimAction;
  reason?: string;
}

/** The four-eyes refusal as the author of the verdict reads it, wherever it is shown to them. */
export const OWN_VERDICT_REASON = 'A second editor must approve your own verdict';

/** The actions with the four-eyes refusal worded for the verdict's author (the shared rule speaks to anyone). */
export function asVerdictAuthor<T extends AvailableAction>(actions: readonly T[]): T[] {
  return actions.map((action) =>
    action.code === 'FOUR_EYES_REQUIRED' ? { ...action, reason: OWN_VERDICT_REASON } : action,
  );
}

/** Several cards on one page each have their own actions: ids must not collide. */
let instances = 0;

/**
 * The workflow buttons for this user: allowed ones enabled, refused ones disabled with the rule's reason
 * in words beside them. Actions that need a reason ask for it first; the verdict has its own form.
 */
@Component({
  selector: 'cd-claim-actions',
  template: `
    <div class="actions" role="group" aria-label="Claim actions">
      @if (canTake()) {
        <button type="button" class="primary" data-action="take" [disabled]="busy()" (click)="take.emit()">
          Assign to me
        </button>
      }
      @if (canRelease()) {
        <button type="button" data-action="release" [disabled]="busy()" (click)="release.emit()">
          Unassign
        </button>
      }
      @for (item of actions(); track item.action) {
        <div class="action">
          <button
            type="button"
            [attr.data-action]="item.action"
            [class.primary]="item.allowed"
            [disabled]="!item.allowed || busy()"
            [attr.aria-describedby]="item.allowed ? null : ids + '-why-' + item.action"
            [attr.aria-expanded]="
              item.needsInput.includes('reason') ? asking()?.action === item.action : null
            "
            (click)="choose(item)"
          >
            {{ item.action === 'submit_verdict' ? 'Write verdict' : item.label }}
          </button>
          @if (!item.allowed && item.reason) {
            <span class="why" [id]="ids + '-why-' + item.action">{{ item.reason }}</span>
          }
        </div>
      } @empty {
        <p class="why">No workflow step applies to this claim now.</p>
      }
    </div>
    @if (asking(); as pending) {
      <form class="reason" (submit)="confirm($event)">
        <label [for]="ids + '-reason'">Reason to {{ pending.label.toLowerCase() }}</label>
        <textarea
          #reasonField
          [id]="ids + '-reason'"
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
          <button type="button" (click)="cancel()">Cancel</button>
        </div>
      </form>
    }
    @if (problem(); as message) {
      <p class="problem" role="alert">{{ message }}</p>
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
  /** Why the last step taken here was refused, shown beside the buttons. */
  readonly problem = input<string | null>(null);
  readonly act = output<ActionRequest>();
  readonly take = output<void>();
  readonly release = output<void>();
  readonly verdictRequested = output<void>();

  protected readonly ids = `claim-actions-${++instances}`;
  protected readonly asking = signal<AvailableAction | null>(null);
  protected readonly reason = signal('');
  protected readonly anyAllowed = computed(() => this.actions().some((item) => item.allowed));
  /** A reason is being typed: the page's single-key shortcuts keep quiet meanwhile. */
  readonly askingReason = computed(() => this.asking() !== null);

  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);
  private readonly reasonField = viewChild<ElementRef<HTMLTextAreaElement>>('reasonField');

  /** Called once the step that asked for a reason went through; a refused one keeps what was typed. */
  closeReason(): void {
    this.asking.set(null);
  }

  /** The button of a step (or 'take' / 'release'), for focus to return to; null when it is gone. */
  buttonFor(action: ClaimAction | 'take' | 'release'): HTMLButtonElement | null {
    return this.host.nativeElement.querySelector<HTMLButtonElement>(`button[data-action="${action}"]`);
  }

  protected choose(item: AvailableAction): void {
    if (item.action === 'submit_verdict') {
      this.verdictRequested.emit();
      return;
    }
    if (item.needsInput.includes('reason')) {
      this.reason.set('');
      this.asking.set(item);
      // Typing goes into the reason at once, never to the page's single-key shortcuts.
      focusAfterRender(this.injector, () => this.reasonField()?.nativeElement);
      return;
    }
    this.act.emit({ action: item.action });
  }

  protected cancel(): void {
    const pending = this.asking();
    this.asking.set(null);
    if (!pending) return;
    focusAfterRender(this.injector, () => {
      const opener = this.buttonFor(pending.action);
      return canTakeFocus(opener) ? opener : this.firstUsableButton();
    });
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
    if (!pending || !this.reason().trim() || this.busy()) return;
    this.act.emit({ action: pending.action, reason: this.reason().trim() });
  }

  private firstUsableButton(): HTMLButtonElement | null {
    const buttons = this.host.nativeElement.querySelectorAll<HTMLButtonElement>('.actions button');
    return Array.from(buttons).find((button) => canTakeFocus(button)) ?? null;
  }
}
