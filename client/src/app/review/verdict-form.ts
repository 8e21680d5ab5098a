import { DatePipe } from '@angular/common';
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
import {
  VERDICT_SCALE,
  verdictInfo,
  type AvailableAction,
  type ClaimDto,
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

/** A verdict sent back to research, and the editor's words for why. */
export interface SentBack {
  verdict: VerdictDto;
  kind: 'changes_requested' | 'reopened';
  reason: string;
}

/** The claim's latest verdict when an editor sent it back (changes requested, or reopened after approval). */
export function sentBack(claim: ClaimDto | null, verdicts: readonly VerdictDto[]): SentBack | null {
  const latest = verdicts.at(-1);
  if (!claim || !latest || latest.claimId !== claim.id) return null;
  if (claim.state !== 'changes_requested' && claim.state !== 'in_research') return null;
  if (latest.reopenReason) return { verdict: latest, kind: 'reopened', reason: latest.reopenReason };
  if (latest.changesRequestedReason) {
    return { verdict: latest, kind: 'changes_requested', reason: latest.changesRequestedReason };
  }
  return null;
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
  /** The claim the verdict is for: another claim starts another verdict. */
  readonly claim = input<ClaimDto | null>(null);
  /** The submit_verdict entry of the allowed actions, if the claim's state has one. */
  readonly submitAction = input<AvailableAction | null>(null);
  /** Oldest revision first. */
  readonly verdicts = input.required<readonly VerdictDto[]>();
  readonly busy = input(false);
  /** Why the server refused the last submission, shown beside the Submit button. */
  readonly refusal = input<string | null>(null);
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
  /** Shown above the form, and the revision starts from the verdict sent back rather than from nothing. */
  protected readonly sentBack = computed(() => sentBack(this.claim(), this.verdicts()));
  private readonly firstRating = viewChild<ElementRef<HTMLInputElement>>('firstRating');
  private formFor: string | null = null;
  private revisedFrom: string | null = null;

  constructor() {
    effect(() => {
      const claimId = this.claim()?.id ?? null;
      const previous = this.sentBack()?.verdict ?? null;
      untracked(() => {
        if (claimId !== this.formFor) {
          this.formFor = claimId;
          this.revisedFrom = null;
          this.reset();
        }
        if (previous && previous.id !== this.revisedFrom) {
          this.revisedFrom = previous.id;
          this.startFrom(previous);
        }
      });
    });
  }

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

  /** The checker revises the verdict sent back: its rating, rationale and the sources it relied on. */
  private startFrom(previous: VerdictDto): void {
    this.rating.set(previous.rating);
    this.rationale.set(previous.rationale);
    this.problem.set(null);
    // Sources added since stay ticked; those the verdict left out stay left out.
    const reliedOn = new Set(previous.sourceIds);
    this.excluded.set(
      new Set(
        this.sources()
          .filter((source) => !reliedOn.has(source.id) && source.createdAt <= previous.createdAt)
          .map((source) => source.id),
      ),
    );
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
