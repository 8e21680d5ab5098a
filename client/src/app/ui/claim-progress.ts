import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { CLAIM_STATES, CLAIM_STATE_INFO, type ClaimState } from '@claimdesk/shared';

interface ProgressSegment {
  state: ClaimState;
  count: number;
  percent: number;
  colour: string;
}

/** A stacked bar of an article's claims by state, with the same numbers in words for screen readers. */
@Component({
  selector: 'cd-claim-progress',
  template: `
    <div class="bar" role="img" [attr.aria-label]="summary()">
      @for (segment of segments(); track segment.state) {
        <span class="segment" [style.width.%]="segment.percent" [style.background]="segment.colour"></span>
      }
    </div>
    <span class="caption">{{ caption() }}</span>
  `,
  styles: `
    :host {
      display: grid;
      gap: 0.25rem;
      min-width: 10rem;
    }
    .bar {
      display: flex;
      height: 0.625rem;
      border-radius: var(--mat-sys-corner-full);
      overflow: hidden;
      background: var(--mat-sys-surface-container-highest);
      outline: 1px solid var(--mat-sys-outline-variant);
    }
    .caption {
      font: var(--mat-sys-body-small);
      color: var(--mat-sys-on-surface-variant);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ClaimProgress {
  readonly counts = input.required<Record<ClaimState, number>>();

  private readonly total = computed(() =>
    CLAIM_STATES.reduce((sum, state) => sum + (this.counts()[state] ?? 0), 0),
  );

  protected readonly segments = computed<ProgressSegment[]>(() => {
    const total = this.total();
    if (total === 0) return [];
    return CLAIM_STATES.filter((state) => (this.counts()[state] ?? 0) > 0).map((state) => ({
      state,
      count: this.counts()[state],
      percent: (this.counts()[state] / total) * 100,
      colour: `var(--cd-${CLAIM_STATE_INFO[state].colorToken})`,
    }));
  });

  protected readonly summary = computed(() => {
    const total = this.total();
    if (total === 0) return 'No claims';
    const parts = this.segments().map(
      (segment) => `${segment.count} ${CLAIM_STATE_INFO[segment.state].label.toLowerCase()}`,
    );
    return `${total} claims: ${parts.join(', ')}`;
  });

  protected readonly caption = computed(() => {
    const total = this.total();
    if (total === 0) return 'No claims';
    const done = (this.counts().approved ?? 0) + (this.counts().dismissed ?? 0);
    return `${done} of ${total} claims done`;
  });
}
