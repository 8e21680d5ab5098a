import { DatePipe } from '@angular/common';
import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  computed,
  input,
  output,
  signal,
  viewChild,
} from '@angular/core';
import {
  VERDICT_SCALE,
  verdictInfo,
  type AvailableAction,
  type SourceDto,
  type VerdictDto,
  type VerdictRating,
} from '@claimdesk/shared';

import { MarkdownView } from '../ui/markdown-view';

export interface VerdictSubmission {
  rating: VerdictRating;
  rationale: string;
  /** The claim's sources the verdict relies on. */
  sourceIds: string[];
}

/** The verdict: the rating scale with each rating's meaning, a Markdown rationale with preview, and past verdicts. */
@Component({
  selector: 'cd-verdict-form',
  imports: [DatePipe, MarkdownView],
  templateUrl: './verdict-form.html',
  styleUrls: ['./forms.scss', './verdict-form.scss'],
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class VerdictForm {
  /** The submit_verdict entry of the allowed actions, if the claim's state has one. */
  readonly submitAction = input<AvailableAction | null>(null);
  readonly verdicts = input.required<readonly VerdictDto[]>();
  readonly busy = input(false);
  /** The claim's sources; all count for the verdict unless the checker unticks one. */
  readonly sources = input<readonly SourceDto[]>([]);
  readonly submitVerdict = output<VerdictSubmission>();

  protected readonly scale = VERDICT_SCALE;
  protected readonly rating = signal<VerdictRating | null>(null);
  protected readonly rationale = signal('');
  protected readonly tab = signal<'write' | 'preview'>('write');
  protected readonly problem = signal<string | null>(null);
  /** Unticked rather than ticked ids, so a source added while writing counts by default. */
  protected readonly excluded = signal<ReadonlySet<string>>(new Set());
  protected readonly reliedOn = computed(() =>
    this.sources()
      .map((source) => source.id)
      .filter((id) => !this.excluded().has(id)),
  );
  protected readonly history = computed(() => [...this.verdicts()].reverse());
  private readonly firstRating = viewChild<ElementRef<HTMLInputElement>>('firstRating');

  protected label(rating: VerdictRating): string {
    return verdictInfo(rating).label;
  }

  /** Keyboard "v" and the Submit verdict action. */
  focus(): void {
    this.tab.set('write');
    const field = this.firstRating()?.nativeElement;
    field?.scrollIntoView?.({ block: 'center' });
    field?.focus();
  }

  /** Called by the page once the server accepted the verdict. */
  reset(): void {
    this.rating.set(null);
    this.rationale.set('');
    this.problem.set(null);
    this.excluded.set(new Set());
  }

  protected toggleSource(sourceId: string, event: Event): void {
    const on = (event.target as HTMLInputElement).checked;
    this.excluded.update((current) => {
      const next = new Set(current);
      if (on) next.delete(sourceId);
      else next.add(sourceId);
      return next;
    });
  }

  protected chooseRating(rating: VerdictRating): void {
    this.rating.set(rating);
  }

  protected onRationale(event: Event): void {
    this.rationale.set((event.target as HTMLTextAreaElement).value);
  }

  protected submit(event?: Event): void {
    event?.preventDefault();
    const rating = this.rating();
    if (!rating) return this.problem.set('Choose a rating.');
    if (!this.rationale().trim()) return this.problem.set('Explain the verdict in a rationale.');
    this.problem.set(null);
    this.submitVerdict.emit({ rating, rationale: this.rationale().trim(), sourceIds: this.reliedOn() });
  }

  protected submitOnCtrlEnter(event: KeyboardEvent): void {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) this.submit(event);
  }
}
