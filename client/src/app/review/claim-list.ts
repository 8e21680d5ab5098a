import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  effect,
  input,
  output,
  untracked,
  viewChild,
} from '@angular/core';
import {
  CLAIM_STATES,
  CLAIM_STATE_INFO,
  CLAIM_TYPES,
  CLAIM_TYPE_INFO,
  type ClaimDto,
  type ClaimState,
  type ClaimType,
} from '@claimdesk/shared';

import { scoreLabel } from './claim-score';
import { claimSelector } from './highlights';
import { ownScrollBox } from '../core/scroll-box';
import { ClaimFilters } from './review.store';

/** The claim panel's list: filters, then the claims in article order; choosing one selects it. */
@Component({
  selector: 'cd-claim-list',
  template: `
    <fieldset class="filters">
      <legend>Filter claims</legend>
      <label>
        State
        <select (change)="setState($event)" [value]="filters().states.length ? filters().states[0] : ''">
          <option value="">All states</option>
          @for (state of states; track state) {
            <option [value]="state">{{ stateInfo[state].label }}</option>
          }
        </select>
      </label>
      <label>
        Type
        <select (change)="setType($event)" [value]="filters().types.length ? filters().types[0] : ''">
          <option value="">All types</option>
          @for (type of types; track type) {
            <option [value]="type">{{ typeInfo[type].label }}</option>
          }
        </select>
      </label>
      <label>
        Minimum score
        <select (change)="setScore($event)" [value]="filters().minScore">
          @for (score of scores; track score) {
            <option [value]="score">{{ score === 0 ? 'Any' : score * 100 + '%' }}</option>
          }
        </select>
      </label>
      <label class="mine">
        <input type="checkbox" [checked]="filters().mineOnly" (change)="setMine($event)" />
        Only mine
      </label>
    </fieldset>
    <p class="count" aria-live="polite">{{ claims().length }} of {{ total() }} claims shown</p>
    <ul class="claims" #list aria-label="Claims in article order">
      @for (claim of claims(); track claim.id) {
        <li [class.with-check]="selectableIds() !== null">
          @if (selectableIds()?.has(claim.id)) {
            <input
              type="checkbox"
              class="pick"
              [attr.aria-label]="'Select claim: ' + (claim.checkedText || claim.text)"
              [checked]="checkedIds().has(claim.id)"
              (change)="onCheck(claim.id, $event)"
            />
          }
          <button
            type="button"
            [attr.data-claim]="claim.id"
            [attr.aria-pressed]="claim.id === selectedId()"
            [class.selected]="claim.id === selectedId()"
            (click)="claimSelected.emit(claim.id)"
          >
            <span class="state-chip" [style.color]="'var(--cd-' + stateInfo[claim.state].colorToken + ')'">{{
              stateInfo[claim.state].label
            }}</span>
            <span class="text">{{ claim.checkedText || claim.text }}</span>
            <span class="meta"
              >{{ typeInfo[claim.type].label }} · {{ scoreLabel(claim)
              }}{{ claim.assigneeId === myId() ? ' · mine' : '' }}</span
            >
          </button>
        </li>
      } @empty {
        @if (total() === 0) {
          <li class="empty">
            This article has no claims yet.{{
              canAddClaims() ? ' To add one, select its words in the article text and choose Add claim.' : ''
            }}
          </li>
        } @else {
          <li class="empty">No claims match these filters.</li>
        }
      }
    </ul>
  `,
  styleUrl: './claim-list.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ClaimList {
  readonly claims = input.required<readonly ClaimDto[]>();
  readonly total = input.required<number>();
  readonly selectedId = input<string | null>(null);
  readonly myId = input<string | null>(null);
  readonly filters = input.required<ClaimFilters>();
  /** Whether this user may add claims from the article text, to say how when there are none. */
  readonly canAddClaims = input(false);
  /** Claims that may be ticked for a bulk step; null hides the checkboxes (no 'claims.assign'). */
  readonly selectableIds = input<ReadonlySet<string> | null>(null);
  readonly checkedIds = input<ReadonlySet<string>>(new Set());
  readonly claimSelected = output<string>();
  readonly checkedChange = output<{ claimId: string; checked: boolean }>();
  readonly filtersChange = output<Partial<ClaimFilters>>();

  protected readonly states = CLAIM_STATES;
  protected readonly types = CLAIM_TYPES;
  protected readonly scores = [0, 0.25, 0.5, 0.75, 0.9];
  protected readonly stateInfo = CLAIM_STATE_INFO;
  protected readonly typeInfo = CLAIM_TYPE_INFO;
  protected readonly scoreLabel = scoreLabel;
  private readonly list = viewChild.required<ElementRef<HTMLElement>>('list');

  constructor() {
    effect(() => {
      const id = this.selectedId();
      if (!id) return;
      untracked(() => {
        const button = this.list().nativeElement.querySelector<HTMLElement>(`button${claimSelector(id)}`);
        // Only inside the list's own scroll box; where the page scrolls as one, the page shows the details.
        if (button && ownScrollBox(button)) button.scrollIntoView?.({ block: 'nearest' });
      });
    });
  }

  protected onCheck(claimId: string, event: Event): void {
    this.checkedChange.emit({ claimId, checked: (event.target as HTMLInputElement).checked });
  }

  protected setState(event: Event): void {
    const value = (event.target as HTMLSelectElement).value as ClaimState | '';
    this.filtersChange.emit({ states: value ? [value] : [] });
  }

  protected setType(event: Event): void {
    const value = (event.target as HTMLSelectElement).value as ClaimType | '';
    this.filtersChange.emit({ types: value ? [value] : [] });
  }

  protected setScore(event: Event): void {
    this.filtersChange.emit({ minScore: Number((event.target as HTMLSelectElement).value) });
  }

  protected setMine(event: Event): void {
    this.filtersChange.emit({ mineOnly: (event.target as HTMLInputElement).checked });
  }
}
