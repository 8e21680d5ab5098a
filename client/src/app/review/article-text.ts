import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  computed,
  effect,
  input,
  output,
  signal,
  untracked,
  viewChild,
} from '@angular/core';
import { CLAIM_STATE_INFO, CLAIM_TYPE_INFO, type ClaimDto } from '@claimdesk/shared';

import { ownScrollBox } from '../core/scroll-box';
import { scoreLabel } from './claim-score';
import { TextSegment, claimSelector, offsetOf } from './highlights';

export interface TextSelection {
  start: number;
  end: number;
  text: string;
}

/**
 * The article as text nodes and <mark> runs built from claim offsets. Angular interpolation only ever
 * creates text nodes, so nothing in the article can become markup or run.
 */
@Component({
  selector: 'cd-article-text',
  templateUrl: './article-text.html',
  styleUrl: './article-text.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: { '(document:selectionchange)': 'onSelectionChange()' },
})
export class ArticleText {
  readonly segments = input.required<readonly TextSegment[]>();
  readonly selectedId = input<string | null>(null);
  readonly canAddClaims = input(false);
  readonly claimSelected = output<string>();
  readonly addClaim = output<TextSelection>();

  private readonly body = viewChild.required<ElementRef<HTMLElement>>('body');
  protected readonly hovered = signal<{ claim: ClaimDto; top: number; left: number } | null>(null);
  protected readonly selection = signal<TextSelection | null>(null);
  protected readonly stateInfo = CLAIM_STATE_INFO;
  protected readonly typeInfo = CLAIM_TYPE_INFO;
  protected readonly tooltipText = computed(() => {
    const claim = this.hovered()?.claim;
    if (!claim) return '';
    const speaker = claim.speaker ? ` · speaker: ${claim.speaker}` : '';
    const score = claim.origin === 'manual' ? scoreLabel(claim) : `Score ${scoreLabel(claim)}`;
    return `${score} · ${CLAIM_TYPE_INFO[claim.type].label}${speaker} · ${CLAIM_STATE_INFO[claim.state].label}`;
  });

  constructor() {
    // Selecting in the panel (or with j/k) brings the claim into view in the article.
    effect(() => {
      const id = this.selectedId();
      if (!id) return;
      untracked(() => this.scrollToClaim(id));
    });
  }

  protected colour(claim: ClaimDto): string {
    return CLAIM_STATE_INFO[claim.state].colorToken;
  }

  protected onClick(event: MouseEvent): void {
    const mark = (event.target as HTMLElement).closest<HTMLElement>('mark[data-claim]');
    // A drag that selected text is a selection, not a click on a claim.
    if (!mark || !document.getSelection()?.isCollapsed) return;
    this.claimSelected.emit(mark.dataset['claim'] as string);
  }

  protected onKeydown(event: KeyboardEvent): void {
    const mark = (event.target as HTMLElement).closest<HTMLElement>('mark[data-claim]');
    if (!mark || (event.key !== 'Enter' && event.key !== ' ')) return;
    event.preventDefault();
    this.claimSelected.emit(mark.dataset['claim'] as string);
  }

  protected showTooltip(event: Event, claim: ClaimDto | null): void {
    if (!claim) return;
    const target = event.target as HTMLElement;
    const host = this.body().nativeElement;
    const box = target.getBoundingClientRect();
    const origin = host.getBoundingClientRect();
    this.hovered.set({
      claim,
      top: box.bottom - origin.top + host.scrollTop + 4,
      left: box.left - origin.left,
    });
  }

  protected hideTooltip(): void {
    this.hovered.set(null);
  }

  protected onSelectionChange(): void {
    const selection = document.getSelection();
    const root = this.body().nativeElement;
    if (!selection || selection.isCollapsed || selection.rangeCount === 0) {
      this.selection.set(null);
      return;
    }
    const range = selection.getRangeAt(0);
    const a = offsetOf(range.startContainer, range.startOffset, root);
    const b = offsetOf(range.endContainer, range.endOffset, root);
    if (a === null || b === null || a === b) {
      this.selection.set(null);
      return;
    }
    this.selection.set({ start: Math.min(a, b), end: Math.max(a, b), text: selection.toString() });
  }

  protected add(): void {
    const chosen = this.selection();
    if (!chosen) return;
    this.addClaim.emit(chosen);
    document.getSelection()?.removeAllRanges();
    this.selection.set(null);
  }

  private scrollToClaim(id: string): void {
    const mark = this.body().nativeElement.querySelector<HTMLElement>(`mark${claimSelector(id)}`);
    // Only where the article scrolls in its own pane; where the page scrolls as one, the page shows the details.
    if (!mark || !ownScrollBox(mark)) return;
    // jsdom has no scrollIntoView.
    mark.scrollIntoView?.({ block: 'center', behavior: 'smooth' });
  }
}
