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
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { FormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import {
  SOURCE_KINDS,
  SOURCE_STANCES,
  type SourceDto,
  type SourceKind,
  type SourceStance,
  type SourceUsageDto,
} from '@claimdesk/shared';
import { debounceTime } from 'rxjs';

import { focusAfterRender } from '../core/focus';
import { httpUrlValidator, isHttpUrl } from '../ui/validators';
import { SourceInput, SourceUrlUsage } from './claim-detail.store';

export const KIND_LABELS: Record<SourceKind, string> = {
  primary_document: 'Primary document',
  official_statistics: 'Official statistics',
  expert: 'Expert',
  news_report: 'News report',
  other: 'Other',
};

export const STANCE_LABELS: Record<SourceStance, string> = {
  supports: 'Supports the claim',
  refutes: 'Refutes the claim',
  context: 'Gives context',
};

export interface SourceSave {
  sourceId: string | null;
  input: SourceInput;
}

@Component({
  selector: 'cd-sources-panel',
  imports: [ReactiveFormsModule],
  templateUrl: './sources-panel.html',
  styleUrl: './forms.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SourcesPanel {
  readonly sources = input.required<readonly SourceDto[]>();
  readonly canWrite = input(false);
  readonly busy = input(false);
  readonly save = output<SourceSave>();
  readonly remove = output<string>();
  /** Where the typed URL was already cited, as the page last heard from the server. */
  readonly usage = input<SourceUrlUsage | null>(null);
  /** A valid URL to look up after a pause in typing or on leaving the field; '' when there is none. */
  readonly urlLookup = output<string>();
  /** The claim the sources belong to, so a URL it cites already is told apart from other claims'. */
  readonly claimId = input<string | null>(null);
  /** Why the server refused the last save or removal, shown beside the form (or the list). */
  readonly problem = input<string | null>(null);
  /** The form opened or closed: a refusal shown for the last one no longer applies. */
  readonly formToggled = output<void>();

  protected readonly kinds = SOURCE_KINDS;
  protected readonly stances = SOURCE_STANCES;
  protected readonly kindLabels = KIND_LABELS;
  protected readonly stanceLabels = STANCE_LABELS;
  protected readonly editing = signal<string | 'new' | null>(null);
  private readonly firstField = viewChild<ElementRef<HTMLInputElement>>('firstField');
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);

  protected readonly form = inject(FormBuilder).nonNullable.group({
    url: ['', httpUrlValidator],
    title: ['', [Validators.required, Validators.maxLength(500)]],
    publisher: [''],
    kind: ['other' as SourceKind, Validators.required],
    stance: ['supports' as SourceStance, Validators.required],
    excerpt: [''],
  });

  private readonly typedUrl = signal('');
  /** null after the form opens: what was cited may have changed since (this claim's last save, say). */
  private lastLookup: string | null = null;
  /** Where the typed URL is cited already: on this claim, and on how many others (not counting the source being edited). */
  protected readonly citedOn = computed(() => {
    const usage = this.usage();
    if (!usage || usage.url !== this.typedUrl()) return { thisClaim: false, others: 0 };
    const editing = this.editing();
    const claimIds = usage.documents
      .flatMap((document) => document.citations)
      .filter((citation) => citation.sourceId !== editing)
      .map((citation) => citation.claimId);
    const thisClaim = claimIds.includes(this.claimId() ?? '');
    return { thisClaim, others: new Set(claimIds.filter((id) => id !== this.claimId())).size };
  });
  protected readonly citedOnWords = computed(() => {
    const { thisClaim, others } = this.citedOn();
    const noun = others === 1 ? 'claim' : 'claims';
    if (thisClaim && others > 0) return `Already cited on this claim, and on ${others} other ${noun}`;
    if (thisClaim) return 'Already cited on this claim';
    return others > 0 ? `Already cited on ${others} ${noun}` : null;
  });
  /** Only another claim's citation is worth copying from; this claim's own is the same source again. */
  protected readonly earlier = computed(() =>
    this.citedOn().others > 0 ? this.usage()?.documents[0] : null,
  );

  constructor() {
    this.form.controls.url.valueChanges.pipe(takeUntilDestroyed()).subscribe((url) => {
      this.typedUrl.set(url.trim());
    });
    this.form.controls.url.valueChanges
      .pipe(debounceTime(400), takeUntilDestroyed())
      .subscribe(() => this.lookUpUrl());
  }

  protected lookUpUrl(): void {
    const url = this.form.controls.url.value.trim();
    const wanted = isHttpUrl(url) ? url : '';
    if (wanted === this.lastLookup) return;
    this.lastLookup = wanted;
    this.urlLookup.emit(wanted);
  }

  protected fillFromEarlier(document: SourceUsageDto): void {
    this.form.patchValue({ title: document.title, publisher: document.publisher ?? '', kind: document.kind });
  }

  protected safeUrl(url: string | null): string | null {
    return url && isHttpUrl(url) ? url : null;
  }

  /** Keyboard "s" and the Add button. */
  openAddForm(): void {
    this.lastLookup = null;
    this.form.reset();
    this.editing.set('new');
    this.formToggled.emit();
    this.focusFirstField();
  }

  protected openEditForm(source: SourceDto): void {
    this.lastLookup = null;
    this.form.reset({
      url: source.url ?? '',
      title: source.title,
      publisher: source.publisher ?? '',
      kind: source.kind,
      stance: source.stance,
      excerpt: source.excerpt ?? '',
    });
    this.editing.set(source.id);
    this.formToggled.emit();
    this.focusFirstField();
  }

  private focusFirstField(): void {
    focusAfterRender(this.injector, () => this.firstField()?.nativeElement);
  }

  /** Called by the page once the server accepted the source. */
  close(): void {
    this.editing.set(null);
  }

  /** Cancel: back to the button that opened the form. */
  protected cancel(): void {
    const editing = this.editing();
    this.editing.set(null);
    this.formToggled.emit();
    focusAfterRender(this.injector, () => {
      const root = this.host.nativeElement;
      const opener =
        editing && editing !== 'new'
          ? root.querySelector<HTMLElement>(`button[data-edit-source="${editing}"]`)
          : null;
      return opener ?? root.querySelector<HTMLElement>('button[data-add-source]');
    });
  }

  protected submit(): void {
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    const value = this.form.getRawValue();
    const editing = this.editing();
    this.save.emit({
      sourceId: editing === 'new' ? null : editing,
      input: {
        url: value.url.trim() || null,
        title: value.title.trim(),
        publisher: value.publisher.trim() || null,
        kind: value.kind,
        stance: value.stance,
        excerpt: value.excerpt.trim() || null,
      },
    });
  }

  protected submitOnCtrlEnter(event: KeyboardEvent): void {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      this.submit();
    }
  }
}
