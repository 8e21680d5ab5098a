import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { FormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import type { ImportResultDto } from '@claimdesk/shared';

import { httpUrlValidator } from '../ui/validators';
import { ArticlesStore } from './articles.store';

export type ImportMode = 'paste' | 'file' | 'url';

const ACCEPTED_FILES = '.txt,.md,.html,.htm,.docx';

@Component({
  selector: 'cd-import-dialog',
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatDialogModule,
    MatFormFieldModule,
    MatInputModule,
    MatProgressBarModule,
  ],
  templateUrl: './import-dialog.html',
  styleUrl: './import-dialog.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ImportDialog {
  protected readonly store = inject(ArticlesStore);
  private readonly dialogRef = inject<MatDialogRef<ImportDialog, string>>(MatDialogRef);
  protected readonly accept = ACCEPTED_FILES;
  protected readonly mode = signal<ImportMode>('paste');
  protected readonly file = signal<File | null>(null);
  protected readonly dragging = signal(false);
  protected readonly fileError = signal<string | null>(null);
  protected readonly working = computed(() => ['sending', 'extracting'].includes(this.store.importPhase()));
  protected readonly progressText = computed(() => {
    switch (this.store.importPhase()) {
      case 'sending':
        return this.mode() === 'url' ? 'Fetching the page…' : 'Sending the article…';
      case 'extracting':
        return this.mode() === 'url'
          ? 'Fetching the page and extracting claims…'
          : 'Extracting claims… this takes a few seconds for a long article.';
      default:
        return '';
    }
  });

  private readonly fb = inject(FormBuilder).nonNullable;
  protected readonly pasteForm = this.fb.group({
    title: ['', Validators.maxLength(500)],
    outlet: [''],
    text: ['', Validators.required],
  });
  protected readonly urlForm = this.fb.group({ url: ['', [Validators.required, httpUrlValidator]] });

  protected setMode(mode: ImportMode): void {
    this.mode.set(mode);
    this.store.resetImport();
  }

  protected onFileChosen(event: Event): void {
    const input = event.target as HTMLInputElement;
    this.pickFile(input.files?.[0] ?? null);
  }

  protected onDragOver(event: DragEvent): void {
    event.preventDefault();
    this.dragging.set(true);
  }

  protected onDrop(event: DragEvent): void {
    event.preventDefault();
    this.dragging.set(false);
    this.pickFile(event.dataTransfer?.files?.[0] ?? null);
  }

  protected async submit(): Promise<void> {
    if (this.working()) return;
    const result = await this.send();
    if (result) this.dialogRef.close(result.article.id);
  }

  private pickFile(file: File | null): void {
    this.fileError.set(null);
    if (file && !ACCEPTED_FILES.split(',').some((ext) => file.name.toLowerCase().endsWith(ext))) {
      this.fileError.set(`“${file.name}” is not a supported file. Use .txt, .md, .html or .docx.`);
      this.file.set(null);
      return;
    }
    this.file.set(file);
  }

  private send(): Promise<ImportResultDto | null> {
    const mode = this.mode();
    switch (mode) {
      case 'paste': {
        if (this.pasteForm.invalid) return this.refuse(() => this.pasteForm.markAllAsTouched());
        const { title, outlet, text } = this.pasteForm.getRawValue();
        // The server takes the first line as the title when none is given.
        return this.store.importPasted({
          text,
          ...(title.trim() ? { title: title.trim() } : {}),
          ...(outlet.trim() ? { outlet: outlet.trim() } : {}),
        });
      }
      case 'file': {
        const file = this.file();
        if (!file) return this.refuse(() => this.fileError.set('Choose a file or drop one here.'));
        return this.store.importFile(file);
      }
      case 'url': {
        if (this.urlForm.invalid) return this.refuse(() => this.urlForm.markAllAsTouched());
        return this.store.importUrl(this.urlForm.getRawValue().url.trim());
      }
      default: {
        const unhandled: never = mode;
        throw new Error(`Unhandled import mode: ${String(unhandled)}`);
      }
    }
  }

  private refuse(show: () => void): Promise<null> {
    show();
    return Promise.resolve(null);
  }
}
