import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  afterNextRender,
  computed,
  effect,
  input,
  output,
  signal,
  viewChild,
} from '@angular/core';
import { CLAIM_TYPES, CLAIM_TYPE_INFO, type ClaimDto, type ClaimType } from '@claimdesk/shared';

import { ClaimEdit } from './review.store';

export interface SplitPoint {
  at: number;
  label: string;
}

/** Offsets after each word gap inside the claim where it can be split, labelled with the words either side. */
export function splitPoints(claim: ClaimDto): SplitPoint[] {
  const points: SplitPoint[] = [];
  for (const match of claim.text.matchAll(/\s+/g)) {
    const at = match.index + match[0].length;
    if (at <= 0 || at >= claim.text.length) continue;
    const before = claim.text.slice(Math.max(0, match.index - 20), match.index);
    const after = claim.text.slice(at, at + 20);
    points.push({ at: claim.start + at, label: `…${before} | ${after}…` });
  }
  return points;
}

/** The "claim as checked" wording, type and speaker; and split / merge with the next claim. */
@Component({
  selector: 'cd-claim-edit',
  template: `
    <form class="panel-form" (submit)="save($event)" aria-label="Edit claim">
      <label for="checked-text">Claim as checked</label>
      <textarea
        #firstField
        id="checked-text"
        rows="3"
        [value]="checkedText()"
        (input)="checkedText.set(value($event))"
      ></textarea>
      <label for="claim-type">Type</label>
      <select id="claim-type" [value]="type()" (change)="type.set(asType(value($event)))">
        @for (option of types; track option) {
          <option [value]="option" [selected]="option === type()">{{ typeInfo[option].label }}</option>
        }
      </select>
      <label for="claim-speaker">Speaker</label>
      <input id="claim-speaker" [value]="speaker()" (input)="speaker.set(value($event))" />
      <div class="row-buttons">
        <button type="submit" class="primary" [disabled]="busy()">Save claim</button>
        <button type="button" (click)="done.emit()">Cancel</button>
      </div>
    </form>
    <form class="panel-form" (submit)="doSplit($event)" aria-label="Split claim">
      <label for="split-at">Split this claim at</label>
      <select id="split-at" [value]="splitAt()" (change)="splitAt.set(value($event))">
        <option value="">Choose where…</option>
        @for (point of points(); track point.at) {
          <option [value]="point.at">{{ point.label }}</option>
        }
      </select>
      <div class="row-buttons">
        <button type="submit" [disabled]="!splitAt() || busy()">Split claim</button>
        <button type="button" [disabled]="!hasNext() || busy()" (click)="merge.emit()">
          Merge with next claim
        </button>
      </div>
    </form>
    @if (problem(); as message) {
      <p class="field-error" role="alert">{{ message }}</p>
    }
  `,
  styleUrl: './forms.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ClaimEditor {
  readonly claim = input.required<ClaimDto>();
  readonly hasNext = input(false);
  readonly busy = input(false);
  /** Why the server refused the last save, split or merge, shown below the forms. */
  readonly problem = input<string | null>(null);
  readonly saveEdit = output<ClaimEdit>();
  readonly split = output<number>();
  readonly merge = output<void>();
  readonly done = output<void>();

  protected readonly types = CLAIM_TYPES;
  protected readonly typeInfo = CLAIM_TYPE_INFO;
  protected readonly checkedText = signal('');
  protected readonly type = signal<ClaimType>('other');
  protected readonly speaker = signal('');
  protected readonly splitAt = signal('');
  protected readonly points = computed(() => splitPoints(this.claim()));
  private readonly firstField = viewChild.required<ElementRef<HTMLTextAreaElement>>('firstField');

  constructor() {
    // Opened from a button: typing goes into the form, never to the page's single-key shortcuts.
    afterNextRender(() => this.firstField().nativeElement.focus());
    // The form starts from the claim as it was when editing began; later changes by others surface as a conflict.
    let loadedId: string | null = null;
    effect(() => {
      const claim = this.claim();
      if (claim.id === loadedId) return;
      loadedId = claim.id;
      this.checkedText.set(claim.checkedText ?? '');
      this.type.set(claim.type);
      this.speaker.set(claim.speaker ?? '');
      this.splitAt.set('');
    });
  }

  protected value(event: Event): string {
    return (event.target as HTMLInputElement).value;
  }

  protected asType(value: string): ClaimType {
    return (CLAIM_TYPES as readonly string[]).includes(value) ? (value as ClaimType) : 'other';
  }

  protected save(event: Event): void {
    event.preventDefault();
    this.saveEdit.emit({
      checkedText: this.checkedText().trim() || null,
      type: this.type(),
      speaker: this.speaker().trim() || null,
    });
  }

  protected doSplit(event: Event): void {
    event.preventDefault();
    if (this.splitAt()) this.split.emit(Number(this.splitAt()));
  }
}
