import { ChangeDetectionStrategy, Component } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatDialogModule } from '@angular/material/dialog';

export interface Shortcut {
  keys: string;
  description: string;
}

export const REVIEW_SHORTCUTS: readonly Shortcut[] = [
  { keys: 'j', description: 'Next claim' },
  { keys: 'k', description: 'Previous claim' },
  { keys: 'a', description: 'Assign the selected claim to me' },
  { keys: 's', description: 'Add a source to the selected claim' },
  { keys: 'v', description: 'Write the verdict of the selected claim' },
  { keys: 'Enter', description: 'Submit the form you are in (Ctrl+Enter in a multi-line box)' },
  { keys: '?', description: 'Show these shortcuts' },
  { keys: 'Esc', description: 'Close a dialog' },
];

/**
 * Where single keys are left alone: form fields, forms being filled in (a reason, a source, the verdict) and
 * dialogs. A letter typed there is text or belongs to the dialog, never a step on a claim.
 */
const NOT_FOR_SHORTCUTS = 'input, textarea, select, form, dialog, [role="dialog"], [role="alertdialog"]';

/** Single keys act only outside forms and dialogs and without modifier keys, so typing is never hijacked. */
export function isShortcutTarget(event: KeyboardEvent): boolean {
  if (event.ctrlKey || event.metaKey || event.altKey) return false;
  const target = event.target;
  if (!(target instanceof Element)) return true;
  if (target instanceof HTMLElement && target.isContentEditable) return false;
  return target.closest(NOT_FOR_SHORTCUTS) === null;
}

@Component({
  selector: 'cd-shortcuts-dialog',
  imports: [MatButtonModule, MatDialogModule],
  template: `
    <h2 mat-dialog-title>Keyboard shortcuts</h2>
    <mat-dialog-content>
      <table>
        <thead>
          <tr>
            <th scope="col">Key</th>
            <th scope="col">Action</th>
          </tr>
        </thead>
        <tbody>
          @for (shortcut of shortcuts; track shortcut.keys) {
            <tr>
              <td>
                <kbd>{{ shortcut.keys }}</kbd>
              </td>
              <td>{{ shortcut.description }}</td>
            </tr>
          }
        </tbody>
      </table>
    </mat-dialog-content>
    <mat-dialog-actions align="end">
      <button mat-button mat-dialog-close>Close</button>
    </mat-dialog-actions>
  `,
  styles: `
    table {
      border-collapse: collapse;
    }
    th,
    td {
      padding: 0.25rem 0.75rem;
      text-align: left;
    }
    kbd {
      padding: 0.125rem 0.375rem;
      border: 1px solid var(--mat-sys-outline);
      border-radius: 4px;
      font-family: ui-monospace, monospace;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ShortcutsDialog {
  protected readonly shortcuts = REVIEW_SHORTCUTS;
}
