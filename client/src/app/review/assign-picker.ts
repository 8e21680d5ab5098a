import { ChangeDetectionStrategy, Component, input, output, signal } from '@angular/core';
import type { UserDto } from '@claimdesk/shared';

/** A labelled list of people a claim can be given to, and the button that gives it. */
@Component({
  selector: 'cd-assign-picker',
  template: `
    <div class="assign-picker">
      <label>
        {{ label() }}
        <select [value]="assigneeId()" (change)="onPick($event)">
          <option value="">Choose a checker</option>
          @for (person of people(); track person.id) {
            <option [value]="person.id" [disabled]="person.id === currentId()">
              {{ person.displayName }} ({{ person.role }})
            </option>
          }
        </select>
      </label>
      <button type="button" [disabled]="!assigneeId() || disabled()" (click)="send()">
        {{ buttonLabel() }}
      </button>
    </div>
  `,
  styles: `
    .assign-picker {
      display: flex;
      flex-wrap: wrap;
      align-items: end;
      gap: 0.5rem;
    }
    label {
      display: flex;
      flex-direction: column;
      gap: 0.25rem;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AssignPicker {
  readonly people = input.required<readonly UserDto[]>();
  readonly label = input('Assign to');
  readonly buttonLabel = input('Assign');
  /** The person who has the claim now, who cannot be picked again. */
  readonly currentId = input<string | null>(null);
  readonly disabled = input(false);
  readonly assign = output<string>();
  protected readonly assigneeId = signal('');

  protected onPick(event: Event): void {
    this.assigneeId.set((event.target as HTMLSelectElement).value);
  }

  protected send(): void {
    if (!this.assigneeId()) return;
    this.assign.emit(this.assigneeId());
    this.assigneeId.set('');
  }
}
