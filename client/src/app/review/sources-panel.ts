import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  Injector,
  afterNextRender,
  inject,
  input,
  output,
  signal,
  viewChild,
} from '@angular/core';
import { FormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import {
  SOURCE_KINDS,
  SOURCE_STANCES,
  type SourceDto,
  type SourceKind,
  type SourceStance,
} from '@claimdesk/shared';

import { httpUrlValidator, isHttpUrl } from '../ui/validators';
import { SourceInput } from './claim-detail.store';

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

  protected readonly kinds = SOURCE_KINDS;
  protected readonly stances = SOURCE_STANCES;
  protected readonly kindLabels = KIND_LABELS;
  protected readonly stanceLabels = STANCE_LABELS;
  protected readonly editing = signal<string | 'new' | null>(null);
  private readonly firstField = viewChild<ElementRef<HTMLInputElement>>('firstField');
  private readonly injector = inject(Injector);

  protected readonly form = inject(FormBuilder).nonNullable.group({
    url: ['', httpUrlValidator],
    title: ['', [Validators.required, Validators.maxLength(500)]],
    publisher: [''],
    kind: ['other' as SourceKind, Validators.required],
    stance: ['supports' as SourceStance, Validators.required],
    excerpt: [''],
  });

  protected safeUrl(url: string | null): string | null {
    return url && isHttpUrl(url) ? url : null;
  }

  /** Keyboard "s" and the Add button. */
  openAddForm(): void {
    this.form.reset();
    this.editing.set('new');
    this.focusFirstField();
  }

  protected openEditForm(source: SourceDto): void {
    this.form.reset({
      url: source.url ?? '',
      title: source.title,
      publisher: source.publisher ?? '',
      kind: source.kind,
      stance: source.stance,
      excerpt: source.excerpt ?? '',
    });
    this.editing.set(source.id);
    this.focusFirstField();
  }

  private focusFirstField(): void {
    afterNextRender(() => this.firstField()?.nativeElement.focus(), { injector: this.injector });
  }

  /** Called by the page once the server accepted the source. */
  close(): void {
    this.editing.set(null);
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
